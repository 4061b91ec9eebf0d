/**
 * Search over the files a search page received: the current region from its own keys (its search
 * file: items), other regions through the province index's distinct names, life events of every
 * region and the words search understands (segmenter vocabulary, synonyms, routing) from the province
 * index. A query never loads another region's guides or keys. This subpackage carries the bundled
 * regions' search files and the province index (required here on weapp, lazily loaded chunks on H5).
 * What a query is answered with is decided in src/domain/search/answer.ts.
 */
import type { ProvinceIndexFile, RegionSearchFile } from '../../../types/region-data'
import { answerSearch, answerSources, type AnswerSources, type SearchAnswer } from '../../domain/search/answer'
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
// A region's sources with the province's language: made again only when either file changes.
const sourcesOf = memo((province: ProvinceIndexFile) => memo((search: SearchFile): AnswerSources => answerSources(search.search, province)))

/** Everything the search page shows for a query (domain/search/answer.ts). */
export function answerFor(query: string, files: SearchFiles, regionId: string): SearchAnswer {
  return answerSearch(query, sourcesOf(files.province)(files.search), regionId)
}

/** Everyday names to suggest: the region's own, in the aliases file's order. */
export function suggestedTerms(file: SearchFile, count = 8): string[] {
  return file.search.aliases.slice(0, count).map((a) => a.t)
}
