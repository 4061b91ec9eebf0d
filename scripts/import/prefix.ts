/** A new region's item-id prefix: the pinyin initials of its name without 市/县/区 (哈密市 → hm, 毕节市 → bj). */
import { pinyin } from 'pinyin-pro'

export function regionPrefix(name: string): string {
  const core = name.trim().replace(/(市|县|区|州|盟|旗|自治县|自治州|地区|镇|乡|街道)$/, '') || name
  const initials = pinyin(core, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  return initials.length >= 2 ? initials.slice(0, 6) : `${initials}x`.padEnd(2, 'x')
}
