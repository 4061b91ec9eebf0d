/**
 * Traditional Chinese tables (a site's 繁體 button, or a saved copy of it) to Simplified, by opencc-js.
 * A table is Traditional when at least 5 of its Chinese characters, and at least 3% of them, change
 * under the Traditional-to-mainland conversion; a Simplified table barely changes (至多 a 著 or 乾).
 * The variant (Taiwan tw, Hong Kong hk, OpenCC standard t) is the one that changes the most characters.
 */
import * as OpenCC from 'opencc-js'
import type { Table } from './types'

export type TraditionalVariant = 'tw' | 'hk' | 't'

export interface Conversion {
  from: TraditionalVariant
  /** Characters changed. */
  changed: number
  /** Pinyin annotations of a crawled copy removed ("會(huì)" → "会"). */
  pinyinRemoved: number
}

const converters = new Map<TraditionalVariant, (s: string) => string>()
function converter(from: TraditionalVariant): (s: string) => string {
  let c = converters.get(from)
  if (!c) {
    c = OpenCC.Converter({ from, to: 'cn' })
    converters.set(from, c)
  }
  return c
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g

function changedCount(a: string, b: string): number {
  let n = 0
  const x = [...a]
  const y = [...b]
  // opencc's character and phrase tables keep the length of Chinese text, so positions line up.
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++
  return n
}

export function detectTraditional(text: string): Conversion | null {
  const total = (text.match(CJK) ?? []).length // the pinyin brackets hold no Chinese
  if (total === 0) return null
  const { text: plain, removed } = stripPinyin(text)
  let best: Conversion | null = null
  for (const from of ['tw', 'hk', 't'] as const) {
    const changed = changedCount(plain, converter(from)(plain))
    if (!best || changed > best.changed) best = { from, changed, pinyinRemoved: removed }
  }
  return best && best.changed >= 5 && best.changed >= total * 0.03 ? best : null
}

export function toSimplified(text: string, from: TraditionalVariant): string {
  return converter(from)(stripPinyin(text).text)
}

/**
 * Crawled Traditional copies print pinyin after some characters ("社會(huì)", "項(xiàng)"): a bracket right after a
 * Chinese character holding one tone-marked Latin syllable is the crawler's, never the bureau's.
 */
const PINYIN = /([\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/g
export function stripPinyin(text: string): { text: string; removed: number } {
  let removed = 0
  const out = text.replace(PINYIN, (_m, ch: string) => {
    removed++
    return ch
  })
  return { text: out, removed }
}

const tableText = (t: Table) => [t.title ?? '', ...t.rows.flatMap((r) => r.map((c) => c.text))].join('\n')

/** The tables in Simplified Chinese, and the conversion made (null when they were Simplified already). */
export function simplifyTables(tables: Table[]): { tables: Table[]; conversion: Conversion | null } {
  const conversion = detectTraditional(tables.map(tableText).join('\n'))
  if (!conversion) return { tables, conversion: null }
  const to = (s: string) => toSimplified(s, conversion.from)
  return {
    conversion,
    tables: tables.map((t) => ({
      ...t,
      ...(t.title !== undefined ? { title: to(t.title) } : {}),
      rows: t.rows.map((r) => r.map((c) => ({ ...c, text: to(c.text) }))),
    })),
  }
}
