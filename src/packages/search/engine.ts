/**
 * Search over the region data in memory, loaded only with the search page: the current region from its
 * own keys (its search file: items), other regions through the province index's distinct names, life
 * events of every region and the words search understands (segmenter vocabulary, synonyms, routing)
 * from the province index. A query never loads another region's guides or keys. This subpackage carries
 * the bundled regions' search files and the province index (required here on weapp, lazily loaded
 * chunks on H5).
 */
import type { ProvinceIndexFile, ProvinceRegion } from '../../../types/region-data'
import { createSearchEngine, type SearchEngine, type SearchResult } from '../../domain/search/engine'
import { createEventSearch } from '../../domain/search/events'
import { createProvinceSearch, type ProvinceSearch } from '../../domain/search/province'
import { routeQuery, type RouteAnswer } from '../../domain/search/route'
import type { EventHit, SearchHit } from '../../domain/search/types'
import { bundledSearchFiles, bundledSearchFilesLazy } from '../../generated/bundle-search'
import { registerBundledFiles } from '../../services/region-data'
import { availableOffline, provinceEntry, searchEntry } from '../../services/region-store'

registerBundledFiles(bundledSearchFiles, bundledSearchFilesLazy)

const engines = new Map<string, { file: unknown; lang: unknown; engine: SearchEngine }>()
let province: { file: ProvinceIndexFile; search: ProvinceSearch; events: ReturnType<typeof createEventSearch> } | undefined

function provinceFile(): ProvinceIndexFile | undefined {
  const entry = provinceEntry()
  return entry.status === 'ready' ? entry.value : undefined
}

function regionEngine(regionId: string): SearchEngine | undefined {
  const entry = searchEntry(regionId)
  if (entry?.status !== 'ready') return undefined
  const lang = provinceFile()?.lang
  let known = engines.get(regionId)
  // Built again when the province index (the language) arrives after the region's keys.
  if (!known || known.file !== entry.value || known.lang !== lang) {
    known = { file: entry.value, lang, engine: createSearchEngine(entry.value.search, lang) }
    engines.set(regionId, known)
  }
  return known.engine
}

function provinceSearch() {
  const file = provinceFile()
  if (!file) return undefined
  if (province?.file !== file) {
    province = { file, search: createProvinceSearch(file), events: createEventSearch({ regions: file.regions.map((r) => r.id), events: file.events }, file.lang) }
  }
  return province
}

/** The region's hits first (with highlights and everyday names), then other regions' items of the same names. */
export function searchRegions(query: unknown, regionId: string, limit = 50): SearchResult {
  const local = regionEngine(regionId)?.search(query, { regionId, limit }) ?? { hits: [], total: 0 }
  const others = provinceSearch()?.search.search(query, { excludeRegionId: regionId, limit: Math.max(0, limit - local.hits.length) }) ?? { hits: [], total: 0 }
  const elsewhere: SearchHit[] = others.hits.map((h) => ({ id: h.itemId, regionId: h.regionId, tier: h.tier, field: 'name', nameRanges: [], name: h.name }))
  return { hits: [...local.hits, ...elsewhere], total: local.total + others.total }
}

/** 你可能要找: the region's items closest to the query by partial match, when nothing matched. */
export function nearbyItems(query: unknown, regionId: string): SearchHit[] {
  return regionEngine(regionId)?.nearby(query, { regionId, limit: 5 }) ?? []
}

/** Which department handles the need, or the 人社 need the region's catalogue lacks (see domain/search/route.ts). */
export function routeFor(query: unknown, regionId: string): RouteAnswer {
  const engine = regionEngine(regionId)
  if (!engine) return {}
  return routeQuery(engine.parse(query), provinceFile()?.lang, (word) => engine.nameContains(word), engine.spell)
}

/** Everyday names to suggest: the region's own, in the aliases file's order. */
export function suggestedTerms(regionId: string, count = 8): string[] {
  const entry = searchEntry(regionId)
  if (entry?.status !== 'ready') return []
  const file = entry.value.search
  return file.aliases.slice(0, count).map((a) => a.t)
}

/** Every region of the province, with the pinyin of its name (for the region picker); [] while loading. */
export function provinceRegions(): ProvinceRegion[] {
  return provinceFile()?.regions ?? []
}

export function regionAvailableOffline(regionId: string): boolean {
  return availableOffline(regionId)
}

/**
 * Life events (一件事) whose name or everyday words match, of every region (the province index lists
 * them all): the current region's first, the others labelled with their region.
 */
export function searchEvents(query: string, regionId: string): EventHit[] {
  return provinceSearch()?.events(query, regionId) ?? []
}
