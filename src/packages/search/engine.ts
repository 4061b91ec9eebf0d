/** The search engine over the build-time index; loaded only with the search page. */
import type { SearchIndexFile } from '../../domain/search/types'
import { createSearchEngine, type SearchEngine } from '../../domain/search/engine'
import index from '../../generated/search-index.json'

let engine: SearchEngine | undefined

export function searchEngine(): SearchEngine {
  engine ??= createSearchEngine(index as unknown as SearchIndexFile)
  return engine
}

/** Everyday names to suggest: the first few of the aliases list. */
export function suggestedTerms(count = 8): string[] {
  return (index as unknown as SearchIndexFile).aliases.slice(0, 40).filter((_, i) => i % 5 === 0).slice(0, count).map((a) => a.t)
}
