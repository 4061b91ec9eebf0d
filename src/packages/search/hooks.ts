/**
 * The search subpackage's data for its pages (they import this, never engine.ts): kept here, not in
 * src/hooks, so the search index stays out of the main package.
 */
import { useMemo } from 'react'
import type { ProvinceIndexFile } from '../../../types/region-data'
import { pickerSections } from '../../domain/region-picker'
import type { SearchAnswer } from '../../domain/search/answer'
import { useCurrentRegionId, useRecentRegionIds, useRegionStoreVersion } from '../../hooks'
import { availableOffline } from '../../services/region-store'
import { answerFor, suggestedTerms, type SearchFile, type SearchFiles } from './engine'

/** What the search page shows for the text typed (domain/search/answer.ts). */
export function useSearchAnswer(text: string, files: SearchFiles, regionId: string): SearchAnswer {
  return useMemo(() => answerFor(text, files, regionId), [text, files, regionId])
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
