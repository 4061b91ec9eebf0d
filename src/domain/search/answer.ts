/**
 * What the search page shows for a query, in order, as one plain value (the page only lays it out):
 * 1. calculators the query asks for (我哪年退休 -> 退休年龄计算);
 * 2. another department's business, when no 人社 reading matches (route.ts), and nothing else; otherwise
 *    "this region's catalogue lacks it" first, with 12333 and the region's own number, when no item of the
 *    region answers (by name, everyday name or same-need synonym) or a named 人社 gap is missing here;
 *    then the lines qualifying a shared word and a department aside;
 * 3. 一件事 of every region (this region's first);
 * 4. this region's items (what helps, when it lacks the need), then other regions' items, labelled;
 * 5. nothing matched: 你可能要找 (items sharing a word with the query).
 */
import type { ProvinceIndexFile } from '../../../types/region-data'
import { calculatorsFor, type Calculator } from './calculators'
import { answers, createSearchEngine, type SearchEngine } from './engine'
import { createEventSearch } from './events'
import { createProvinceSearch, type ProvinceSearch } from './province'
import { routeQuery, type DepartmentAnswer, type GapAnswer, type RouteAnswer } from './route'
import type { EventHit, SearchHit, SearchIndexFile } from './types'

export interface AnswerSources {
  /** The current region's engine (its own search file, the province's language). */
  engine: SearchEngine
  /** Other regions' items, through the province index's distinct names. */
  province: ProvinceSearch
  /** 一件事 of every region. */
  events: (query: unknown, regionId?: string) => EventHit[]
  lang: ProvinceIndexFile['lang']
}

/** The sources for a region's search file and the province index. */
export function answerSources(search: SearchIndexFile, province: ProvinceIndexFile): AnswerSources {
  return {
    engine: createSearchEngine(search, province.lang),
    province: createProvinceSearch(province),
    events: createEventSearch({ regions: province.regions.map((r) => r.id), events: province.events }, province.lang),
    lang: province.lang,
  }
}

export interface SearchAnswer {
  /** The query as typed, trimmed; '' shows history and suggestions. */
  text: string
  calculators: Calculator[]
  /** The need is another department's (named with 12345). */
  department?: DepartmentAnswer
  /** This region's catalogue lacks the need: said first, with 12333 and the region's own number. */
  lacking: boolean
  /** The named 人社 need missing here (社保卡申领、挂失、补换), when the lack is a known one. */
  gap?: GapAnswer
  notes: RouteAnswer['notes']
  /** A department named under the 人社 answer (part of the need is theirs). */
  aside?: DepartmentAnswer
  events: EventHit[]
  local: SearchHit[]
  others: SearchHit[]
  /** All matching items, of which local and others are the first `limit`. */
  total: number
  /** 你可能要找: the region's items sharing a word with the query, when nothing matched. */
  nearby: SearchHit[]
}

const EMPTY: Omit<SearchAnswer, 'text'> = { calculators: [], lacking: false, notes: [], events: [], local: [], others: [], total: 0, nearby: [] }

/** The region's items, then other regions' items of the same names (province index). */
export function searchItems(query: unknown, src: AnswerSources, regionId: string, limit = 50): { local: SearchHit[]; others: SearchHit[]; total: number } {
  const local = src.engine.search(query, { regionId, limit })
  const others = src.province.search(query, { excludeRegionId: regionId, limit: Math.max(0, limit - local.hits.length) })
  const elsewhere: SearchHit[] = others.hits.map((h) => ({ id: h.itemId, regionId: h.regionId, tier: h.tier, field: 'name', nameRanges: [], name: h.name }))
  return { local: local.hits.filter((h) => h.regionId === regionId), others: elsewhere, total: local.total + others.total }
}

export function answerSearch(query: unknown, src: AnswerSources, regionId: string, limit = 50): SearchAnswer {
  const text = typeof query === 'string' ? query.trim() : ''
  if (!text) return { text, ...EMPTY }
  const engine = src.engine
  const items = searchItems(text, src, regionId, limit)
  const events = src.events(text, regionId)
  const route = routeQuery(engine.parse(text), src.lang, {
    serviceNameContains: (w, anyRow) => engine.nameContains(w, regionId, !anyRow),
    spell: engine.spell,
    rensheReading: (rest) => {
      if (!engine.hasContent(rest)) return false
      if (src.events(rest, regionId).length > 0) return true
      const own = searchItems(rest, src, regionId, 5)
      return [...own.local, ...own.others].some(answers)
    },
  })
  // Another department's need: what matched here matched only its words or action words (申请, 补贴).
  if (route.department) return { text, ...EMPTY, calculators: calculatorsFor(text), department: route.department }
  const nothing = items.local.length === 0 && items.others.length === 0 && events.length === 0
  return {
    text,
    calculators: calculatorsFor(text),
    lacking: !!route.gap || !items.local.some(answers),
    gap: route.gap,
    notes: route.notes,
    aside: route.aside,
    events,
    local: items.local,
    others: items.others,
    total: items.total,
    nearby: nothing ? engine.nearby(text, { regionId, limit: 5 }) : [],
  }
}
