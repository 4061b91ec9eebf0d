/**
 * Life events (一件事) in search: a small separate list, matched on the event's name and on the
 * everyday words people use (失业, 创业, 毕业, 去世, 退休, 招人), in Chinese or pinyin like aliases.
 * The query is cut into terms as for items (segment.ts: filler dropped, synonyms brought along), and an
 * event is shown when a term matches one of its words. Ranking: the current region first (the others
 * are labelled with their region); then more terms matched; then a term typed exactly (失业 is an
 * everyday word of 失业了) before a name containing it, before an everyday word containing it; then
 * data order.
 */
import { matchAnywhere, type Target } from './match'
import { createSegmenter, type QueryTerm } from './segment'
import type { EventHit, EventIndexEntry, SearchLanguage } from './types'

export interface EventSource {
  regions: readonly string[]
  events?: readonly EventIndexEntry[]
}

export function createEventSearch(index: EventSource, lang?: SearchLanguage): (query: unknown, regionId?: string) => EventHit[] {
  const events = (index.events ?? []).map((e) => ({
    id: e.id,
    regionId: index.regions[e.r],
    terms: e.terms.map((t): Target => ({ text: t.t, syllables: t.p.split(' ') })),
  }))
  const segmenter = createSegmenter(lang, () => undefined)

  /** Whether a query term matches an event word: either contains the other (two characters at least), or by pinyin. */
  const matches = (target: Target, term: QueryTerm) =>
    (term.latin && (target.text.includes(term.text) || matchAnywhere(target, term.text) !== null)) ||
    term.forms.some((f) => target.text.includes(f) || (target.text.length >= 2 && f.includes(target.text)))

  return (query, regionId) => {
    const parsed = segmenter.parse(query)
    const terms = parsed.terms.filter((t) => t.latin || t.forms.length > 0)
    if (terms.length === 0) return []
    const hits: (EventHit & { rank: number })[] = []
    for (const e of events) {
      // Which of the event's words each query term matches (0 is the name); -1 when none does.
      const at = terms.map((term) => e.terms.findIndex((t) => matches(t, term)))
      const matched = at.filter((i) => i >= 0)
      if (matched.length === 0) continue
      const exact = e.terms.findIndex((t) => t.text === parsed.text || terms.some((term) => term.text === t.text))
      const best = exact >= 0 ? exact : Math.min(...matched)
      const how = exact >= 0 ? 0 : best === 0 ? 1 : 2
      const rank = (e.regionId === regionId ? 0 : 1000) + (terms.length - matched.length) * 10 + how
      hits.push({ id: e.id, regionId: e.regionId, matched: e.terms[best].text, byName: best === 0, name: e.terms[0].text, rank })
    }
    return hits.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...hit }) => hit)
  }
}
