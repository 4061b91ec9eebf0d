/** The search engine over the build-time index; loaded only with the search page. */
import { createEventSearch } from '../../domain/search/events'
import type { EventHit, SearchIndexFile } from '../../domain/search/types'
import { createSearchEngine, type SearchEngine } from '../../domain/search/engine'
import index from '../../generated/search-index.json'

let engine: SearchEngine | undefined

export function searchEngine(): SearchEngine {
  engine ??= createSearchEngine(index as unknown as SearchIndexFile)
  return engine
}

/** Everyday names to suggest: those whose best answer is an item of the region, in the aliases file's order. */
export function suggestedTerms(regionId: string, count = 8): string[] {
  const file = index as unknown as SearchIndexFile
  const region = file.regions.indexOf(regionId)
  return file.aliases.filter((a) => file.docs[a.ids[0]]?.r === region).slice(0, count).map((a) => a.t)
}

let eventSearch: ReturnType<typeof createEventSearch> | undefined

/** Life events (一件事) whose name or everyday words match: a separate small list, current region first. */
export function searchEvents(query: string, regionId: string): EventHit[] {
  eventSearch ??= createEventSearch(index as unknown as SearchIndexFile)
  return eventSearch(query, regionId)
}
