/**
 * The search subpackage's data for its pages (they import this, never engine.ts): kept here, not in
 * src/hooks, so the search index stays out of the main package.
 */
import { useMemo } from 'react'
import type { ProvinceIndexFile } from '../../../types/region-data'
import type { SearchResult } from '../../domain/search/engine'
import { pickerSections } from '../../domain/region-picker'
import type { RouteAnswer } from '../../domain/search/route'
import type { EventHit, SearchHit } from '../../domain/search/types'
import { useCurrentRegionId, useRecentRegionIds, useRegionStoreVersion } from '../../hooks'
import { availableOffline } from '../../services/region-store'
import { nearbyItems, routeFor, searchEvents, searchRegions, suggestedTerms, type SearchFile, type SearchFiles } from './engine'

/** Hits for the text typed, the region's items first; total counts the hits beyond the limit too. */
export function useSearchResults(text: string, files: SearchFiles, regionId: string, limit = 50): SearchResult {
  return useMemo(() => searchRegions(text, files, regionId, limit), [text, files, regionId, limit])
}

/** Everyday names to suggest for the region. */
export function useSuggestedTerms(file: SearchFile): string[] {
  return useMemo(() => suggestedTerms(file), [file])
}

/** The region picker's lists for a query: the current region, recent ones, then cities with their counties. */
export function useRegionPicker(query: string, province: ProvinceIndexFile) {
  const currentId = useCurrentRegionId()
  const recentIds = useRecentRegionIds()
  const version = useRegionStoreVersion()
  return useMemo(() => {
    return { sections: pickerSections(province.regions, currentId, recentIds, query), offline: (id: string) => availableOffline(id) }
    // version: a region finished downloading, so its offline state changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [province, currentId, recentIds, query, version])
}

/** Life events (一件事) matching the text, the region's first. */
export function useEventResults(text: string, province: ProvinceIndexFile, regionId: string): EventHit[] {
  return useMemo(() => searchEvents(text, province, regionId), [text, province, regionId])
}

/** Which door to knock on: another department, or a 人社 need the region's catalogue lacks (domain/search/route.ts). */
export function useSearchRoute(text: string, files: SearchFiles): RouteAnswer {
  return useMemo(() => routeFor(text, files), [text, files])
}

/** 你可能要找: the region's items closest to the text by partial match (asked for only when nothing matched). */
export function useNearbyItems(text: string, files: SearchFiles, regionId: string, wanted: boolean): SearchHit[] {
  return useMemo(() => (wanted ? nearbyItems(text, files, regionId) : []), [text, files, regionId, wanted])
}
