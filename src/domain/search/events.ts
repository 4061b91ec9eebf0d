/**
 * Life events (一件事) in search: a small separate list, matched on the event's name and on the
 * everyday words people use (失业, 创业, 毕业, 去世, 退休, 招人), in Chinese or pinyin like aliases.
 * Every term of the query must match one of the event's terms. Ranking: the current region first;
 * then a term typed exactly (失业 is an everyday word of 失业了) before a name containing it, before
 * an everyday word containing it; then data order.
 */
import { matchAnywhere, type Target } from './match'
import { isLatin, parseQuery } from './normalize'
import type { EventHit, SearchIndexFile } from './types'

export function createEventSearch(index: SearchIndexFile): (query: unknown, regionId?: string) => EventHit[] {
  const events = (index.events ?? []).map((e) => ({
    id: e.id,
    regionId: index.regions[e.r],
    terms: e.terms.map((t): Target => ({ text: t.t, syllables: t.p.split(' ') })),
  }))
  const matches = (target: Target, term: string) => target.text.includes(term) || ([...term].some(isLatin) && matchAnywhere(target, term) !== null)

  return (query, regionId) => {
    const terms = parseQuery(query)
    if (terms.length === 0) return []
    const hits: (EventHit & { rank: number })[] = []
    for (const e of events) {
      // Which of the event's terms each query term matches (0 is the name); -1 when none does.
      const at = terms.map((term) => e.terms.findIndex((t) => matches(t, term)))
      if (at.some((i) => i < 0)) continue
      const exact = e.terms.findIndex((t) => terms.includes(t.text))
      const best = exact >= 0 ? exact : Math.min(...at)
      const how = exact >= 0 ? 0 : best === 0 ? 1 : 2
      hits.push({ id: e.id, regionId: e.regionId, matched: e.terms[best].text, byName: best === 0, rank: (e.regionId === regionId ? 0 : 10) + how })
    }
    return hits.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...hit }) => hit)
  }
}
