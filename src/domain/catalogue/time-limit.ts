/**
 * Reads the wording of a time limit ("20个工作日", "十五个工作日", "即时办结", "30日", "三个月") into a number and
 * a unit that date arithmetic can use. The catalogue validator checks every guide's wording with it,
 * so the structured value and the words a citizen reads can never disagree.
 */
import type { TimeUnit } from '../../../types/catalogue'

export interface ParsedTimeLimit {
  value: number | null
  unit: TimeUnit
}

const ON_THE_SPOT = /^(即时办结|当场办结|即办件?|立即办结|当场办理|即时办理)$/

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** Arabic or Chinese numerals up to 999: "20", "十五", "二十", "一百二十". */
export function parseCount(raw: string): number | null {
  if (/^\d{1,3}$/.test(raw)) return Number(raw)
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(raw)) return null
  let total = 0
  let current = 0
  for (const ch of raw) {
    if (ch === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (ch === '十') {
      total += (current || 1) * 10
      current = 0
    } else {
      current = DIGITS[ch]
    }
  }
  total += current
  return total > 0 ? total : null
}

/** Returns null when the wording is not a time limit this app can compute with. */
export function parseTimeLimitText(text: string): ParsedTimeLimit | null {
  const t = text.replace(/\s+/g, '')
  if (ON_THE_SPOT.test(t)) return { value: null, unit: 'on-the-spot' }
  // Months need 个: "3月" would read as March.
  const months = /^(\d{1,3}|[零〇一二两三四五六七八九十百]+)个月(内)?(办结)?$/.exec(t)
  if (months) {
    const value = parseCount(months[1])
    return value === null ? null : { value, unit: 'month' }
  }
  const m = /^(\d{1,3}|[零〇一二两三四五六七八九十百]+)个?(工作日|自然日|日|天)(内)?(办结)?$/.exec(t)
  if (!m) return null
  const value = parseCount(m[1])
  if (value === null) return null
  return { value, unit: m[2] === '工作日' ? 'workday' : 'natural-day' }
}
