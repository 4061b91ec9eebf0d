/**
 * The search subpackage's data for its pages (they import this, never engine.ts): kept here, not in
 * src/hooks, so the search index stays out of the main package.
 */
import { useMemo } from 'react'
import type { ProvinceIndexFile } from '../../../types/region-data'
import type { SearchResult } from '../../domain/search/engine'
import { pickerSections } from '../../domain/region-picker'
import type { EventHit } from '../../domain/search/types'
import { useCurrentRegionId, useRecentRegionIds, useRegionStoreVersion } from '../../hooks'
import { availableOffline } from '../../services/region-store'
import { searchEvents, searchRegions, suggestedTerms, type SearchFile } from './engine'

type Files = { search: SearchFile; province: ProvinceIndexFile }

/** Hits for the text typed, the region's items first; total counts the hits beyond the limit too. */
export function useSearchResults(text: string, files: Files, regionId: string, limit = 50): SearchResult {
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
export function useEventResults(text: string, file: SearchFile, regionId: string): EventHit[] {
  return useMemo(() => searchEvents(text, file, regionId), [text, file, regionId])
}
