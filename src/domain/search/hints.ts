/**
 * What the home search box suggests: words that find something in the current region's own catalogue
 * (哈密's catalogue is employment only, so it never suggests 失业金 or 社保证明). The region's 一件事
 * everyday words that occur in one of its item names, one per 一件事, then its short service names.
 */
import type { RegionIndex } from '../../../types/generated'
import { normalizeText } from './normalize'

const HINTS = 2
const SHORT_NAME = 6

export function searchHints(region: Pick<RegionIndex, 'items' | 'lifeEvents'>): string[] {
  const names = region.items.map((i) => normalizeText(i.name).text)
  const hints: string[] = []
  for (const e of region.lifeEvents ?? []) {
    const word = e.everydayWords.find((w) => w.length >= 3 && !hints.includes(w) && names.some((n) => n.includes(normalizeText(w).text)))
    if (word) hints.push(word)
    if (hints.length === HINTS) return hints
  }
  for (const item of region.items) {
    if (item.kind !== 'service' || item.name.length > SHORT_NAME || hints.includes(item.name)) continue
    hints.push(item.name)
    if (hints.length === HINTS) break
  }
  return hints
}
