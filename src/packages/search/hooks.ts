/**
 * The search subpackage's data for its page (it imports this, never engine.ts): kept here, not in
 * src/hooks, so the search index stays out of the main package.
 */
import { useMemo } from 'react'
import type { SearchResult } from '../../domain/search/engine'
import { pickerSections } from '../../domain/region-picker'
import type { RouteAnswer } from '../../domain/search/route'
import type { EventHit, SearchHit } from '../../domain/search/types'
import { useCurrentRegionId, useRecentRegionIds, useRegionStoreVersion } from '../../hooks'
import { nearbyItems, provinceRegions, regionAvailableOffline, routeFor, searchEvents, searchRegions, suggestedTerms } from './engine'

/** Hits for the text typed, the region's items first; total counts the hits beyond the limit too. */
export function useSearchResults(text: string, regionId: string, limit = 50): SearchResult {
  return useMemo(() => searchRegions(text, regionId, limit), [text, regionId, limit])
}

/** Everyday names to suggest for the region. */
export function useSuggestedTerms(regionId: string): string[] {
  return useMemo(() => suggestedTerms(regionId), [regionId])
}

/** The region picker's lists for a query: the current region, recent ones, then cities with their counties. */
export function useRegionPicker(query: string) {
  const currentId = useCurrentRegionId()
  const recentIds = useRecentRegionIds()
  const version = useRegionStoreVersion()
  return useMemo(() => {
    const regions = provinceRegions()
    return { sections: pickerSections(regions, currentId, recentIds, query), offline: (id: string) => regionAvailableOffline(id) }
    // version: a region finished downloading, so its offline state changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentId, recentIds, query, version])
}

/** Life events (一件事) matching the text, the region's first. */
export function useEventResults(text: string, regionId: string): EventHit[] {
  return useMemo(() => searchEvents(text, regionId), [text, regionId])
}

/** Which door to knock on: another department, or a 人社 need the region's catalogue lacks (domain/search/route.ts). */
export function useSearchRoute(text: string, regionId: string): RouteAnswer {
  return useMemo(() => routeFor(text, regionId), [text, regionId])
}

/** 你可能要找: the region's items closest to the text by partial match (asked for only when nothing matched). */
export function useNearbyItems(text: string, regionId: string, wanted: boolean): SearchHit[] {
  return useMemo(() => (wanted ? nearbyItems(text, regionId) : []), [text, regionId, wanted])
}
