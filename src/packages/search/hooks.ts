/**
 * The search subpackage's data for its page (it imports this, never engine.ts): kept here, not in
 * src/hooks, so the search index stays out of the main package.
 */
import { useMemo } from 'react'
import type { SearchResult } from '../../domain/search/engine'
import type { EventHit } from '../../domain/search/types'
import { searchEngine, searchEvents, suggestedTerms } from './engine'

/** Hits for the text typed, the region's items first; total counts the hits beyond the limit too. */
export function useSearchResults(text: string, regionId: string, limit = 50): SearchResult {
  return useMemo(() => searchEngine().search(text, { regionId, limit }), [text, regionId, limit])
}

/** Everyday names to suggest for the region. */
export function useSuggestedTerms(regionId: string): string[] {
  return useMemo(() => suggestedTerms(regionId), [regionId])
}

/** Life events (一件事) matching the text, the region's first. */
export function useEventResults(text: string, regionId: string): EventHit[] {
  return useMemo(() => searchEvents(text, regionId), [text, regionId])
}
