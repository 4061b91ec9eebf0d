/**
 * Search over the region data in memory, loaded only with the search page: the current region from its
 * own keys (its search file: items and life events), other regions through the province index's
 * distinct names. A query never loads another region's guides or keys. This subpackage carries the
 * bundled regions' search files and the province index (required here on weapp, lazily loaded chunks
 * on H5).
 */
import type { ProvinceRegion } from '../../../types/region-data'
import { createSearchEngine, type SearchEngine, type SearchResult } from '../../domain/search/engine'
import { createEventSearch } from '../../domain/search/events'
import { createProvinceSearch, type ProvinceSearch } from '../../domain/search/province'
import type { EventHit, SearchHit } from '../../domain/search/types'
import { bundledSearchFiles, bundledSearchFilesLazy } from '../../generated/bundle-search'
import { registerBundledFiles } from '../../services/region-data'
import { availableOffline, provinceEntry, searchEntry } from '../../services/region-store'

registerBundledFiles(bundledSearchFiles, bundledSearchFilesLazy)

const engines = new Map<string, SearchEngine>()
let province: { file: unknown; search: ProvinceSearch } | undefined

function regionEngine(regionId: string): SearchEngine | undefined {
  const entry = searchEntry(regionId)
  if (entry?.status !== 'ready') return undefined
  let engine = engines.get(regionId)
  if (!engine) {
    engine = createSearchEngine(entry.value.search)
    engines.set(regionId, engine)
  }
  return engine
}

function provinceSearch(): ProvinceSearch | undefined {
  const entry = provinceEntry()
  if (entry.status !== 'ready') return undefined
  if (province?.file !== entry.value) province = { file: entry.value, search: createProvinceSearch(entry.value) }
  return province.search
}

/** The region's hits first (with highlights and everyday names), then other regions' items of the same names. */
export function searchRegions(query: unknown, regionId: string, limit = 50): SearchResult {
  const local = regionEngine(regionId)?.search(query, { regionId, limit }) ?? { hits: [], total: 0 }
  const others = provinceSearch()?.search(query, { excludeRegionId: regionId, limit: Math.max(0, limit - local.hits.length) }) ?? { hits: [], total: 0 }
  const elsewhere: SearchHit[] = others.hits.map((h) => ({ id: h.itemId, regionId: h.regionId, tier: h.tier, field: 'name', nameRanges: [], name: h.name }))
  return { hits: [...local.hits, ...elsewhere], total: local.total + others.total }
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
  const entry = provinceEntry()
  return entry.status === 'ready' ? entry.value.regions : []
}

export function regionAvailableOffline(regionId: string): boolean {
  return availableOffline(regionId)
}

const eventSearches = new Map<string, ReturnType<typeof createEventSearch>>()

/**
 * Life events (一件事) whose name or everyday words match: a separate small list, from the region's own
 * search file (events are per region, and a query never loads another region's files).
 */
export function searchEvents(query: string, regionId: string): EventHit[] {
  const entry = searchEntry(regionId)
  if (entry?.status !== 'ready') return []
  let search = eventSearches.get(regionId)
  if (!search) {
    search = createEventSearch(entry.value.search)
    eventSearches.set(regionId, search)
  }
  return search(query, regionId)
}
