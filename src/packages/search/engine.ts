/**
 * Search over the files a search page received: the current region from its own keys (its search
 * file: items and life events), other regions through the province index's distinct names. A query
 * never loads another region's guides or keys. This subpackage carries the bundled regions' search
 * files and the province index (required here on weapp, lazily loaded chunks on H5).
 */
import type { ProvinceIndexFile, RegionSearchFile } from '../../../types/region-data'
import { createSearchEngine, type SearchEngine, type SearchResult } from '../../domain/search/engine'
import { createEventSearch } from '../../domain/search/events'
import { createProvinceSearch, type ProvinceSearch } from '../../domain/search/province'
import type { EventHit, SearchHit, SearchIndexFile } from '../../domain/search/types'
import { bundledSearchFiles, bundledSearchFilesLazy } from '../../generated/bundle-search'
import { registerBundledFiles } from '../../services/region-data'

registerBundledFiles(bundledSearchFiles, bundledSearchFilesLazy)

export type SearchFile = RegionSearchFile<SearchIndexFile>

/** One engine per file, made on first use. */
function memo<F extends object, T>(make: (file: F) => T): (file: F) => T {
  const made = new WeakMap<F, T>()
  return (file) => {
    if (!made.has(file)) made.set(file, make(file))
    return made.get(file)!
  }
}
const regionEngine = memo<SearchFile, SearchEngine>((f) => createSearchEngine(f.search))
const provinceSearch = memo<ProvinceIndexFile, ProvinceSearch>(createProvinceSearch)
const eventSearch = memo((f: SearchFile) => createEventSearch(f.search))

/** The region's hits first (with highlights and everyday names), then other regions' items of the same names. */
export function searchRegions(query: unknown, files: { search: SearchFile; province: ProvinceIndexFile }, regionId: string, limit = 50): SearchResult {
  const local = regionEngine(files.search).search(query, { regionId, limit })
  const others = provinceSearch(files.province).search(query, { excludeRegionId: regionId, limit: Math.max(0, limit - local.hits.length) })
  const elsewhere: SearchHit[] = others.hits.map((h) => ({ id: h.itemId, regionId: h.regionId, tier: h.tier, field: 'name', nameRanges: [], name: h.name }))
  return { hits: [...local.hits, ...elsewhere], total: local.total + others.total }
}

/** Everyday names to suggest: the region's own, in the aliases file's order. */
export function suggestedTerms(file: SearchFile, count = 8): string[] {
  return file.search.aliases.slice(0, count).map((a) => a.t)
}

/**
 * Life events (一件事) whose name or everyday words match: a separate small list, from the region's own
 * search file (events are per region, and a query never loads another region's files).
 */
export function searchEvents(query: string, file: SearchFile, regionId: string): EventHit[] {
  return eventSearch(file)(query, regionId)
}
