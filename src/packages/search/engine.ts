/**
 * Search over the files a search page received: the current region from its own keys (its search
 * file: items), other regions through the province index's distinct names, life events of every
 * region and the words search understands (segmenter vocabulary, synonyms, routing) from the province
 * index. A query never loads another region's guides or keys. This subpackage carries the bundled
 * regions' search files and the province index (required here on weapp, lazily loaded chunks on H5).
 */
import type { ProvinceIndexFile, RegionSearchFile } from '../../../types/region-data'
import { createSearchEngine, type SearchEngine, type SearchResult } from '../../domain/search/engine'
import { createEventSearch } from '../../domain/search/events'
import { createProvinceSearch, type ProvinceSearch } from '../../domain/search/province'
import { routeQuery, type RouteAnswer } from '../../domain/search/route'
import type { EventHit, SearchHit } from '../../domain/search/types'
import { bundledSearchFiles, bundledSearchFilesLazy } from '../../generated/bundle-search'
import { registerBundledFiles } from '../../services/region-data'

registerBundledFiles(bundledSearchFiles, bundledSearchFilesLazy)

export type SearchFile = RegionSearchFile
/** What a search page received: its region's keys and the province index (with the language). */
export type SearchFiles = { search: SearchFile; province: ProvinceIndexFile }

/** One value per file, made on first use. */
function memo<F extends object, T>(make: (file: F) => T): (file: F) => T {
  const made = new WeakMap<F, T>()
  return (file) => {
    if (!made.has(file)) made.set(file, make(file))
    return made.get(file)!
  }
}
// A region's engine with the province's language: made again only when either file changes.
const enginesOf = memo((province: ProvinceIndexFile) => memo((search: SearchFile): SearchEngine => createSearchEngine(search.search, province.lang)))
const regionEngine = (files: SearchFiles) => enginesOf(files.province)(files.search)
const provinceSearch = memo<ProvinceIndexFile, ProvinceSearch>(createProvinceSearch)
const eventSearch = memo((file: ProvinceIndexFile) => createEventSearch({ regions: file.regions.map((r) => r.id), events: file.events }, file.lang))

/** The region's hits first (with highlights and everyday names), then other regions' items of the same names. */
export function searchRegions(query: unknown, files: SearchFiles, regionId: string, limit = 50): SearchResult {
  const local = regionEngine(files).search(query, { regionId, limit })
  const others = provinceSearch(files.province).search(query, { excludeRegionId: regionId, limit: Math.max(0, limit - local.hits.length) })
  const elsewhere: SearchHit[] = others.hits.map((h) => ({ id: h.itemId, regionId: h.regionId, tier: h.tier, field: 'name', nameRanges: [], name: h.name }))
  return { hits: [...local.hits, ...elsewhere], total: local.total + others.total }
}

/** 你可能要找: the region's items closest to the query by partial match, when nothing matched. */
export function nearbyItems(query: unknown, files: SearchFiles, regionId: string): SearchHit[] {
  return regionEngine(files).nearby(query, { regionId, limit: 5 })
}

/** Which department handles the need, or the 人社 need the region's catalogue lacks (see domain/search/route.ts). */
export function routeFor(query: unknown, files: SearchFiles): RouteAnswer {
  const engine = regionEngine(files)
  return routeQuery(engine.parse(query), files.province.lang, (word) => engine.nameContains(word), engine.spell)
}

/** Everyday names to suggest: the region's own, in the aliases file's order. */
export function suggestedTerms(file: SearchFile, count = 8): string[] {
  return file.search.aliases.slice(0, count).map((a) => a.t)
}

/**
 * Life events (一件事) whose name or everyday words match, of every region (the province index lists
 * them all): the current region's first, the others labelled with their region.
 */
export function searchEvents(query: string, province: ProvinceIndexFile, regionId: string): EventHit[] {
  return eventSearch(province)(query, regionId)
}
