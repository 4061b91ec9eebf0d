/**
 * The app's search answers on the real data, for the bench and tests: the region search files and the
 * province index exactly as the data build ships them (deriveRegionData), composed by the same domain
 * function the search page calls (src/domain/search/answer.ts).
 */
import type { ProvinceIndexFile, RegionSearchFile } from '../../types/region-data'
import { answerSearch, answerSources, type AnswerSources, type SearchAnswer } from '../../src/domain/search/answer'
import { deriveCatalogueIndex } from './build'
import { deriveRegionData } from './region-files'
import type { Dataset } from './validate'

export interface AppSearch {
  answer(query: string, regionId: string): SearchAnswer
  sources(regionId: string): AnswerSources
  province: ProvinceIndexFile
  /** Item names by id, for reports. */
  names: Map<string, string>
}

export function appSearch(dataset: Dataset): AppSearch {
  const index = deriveCatalogueIndex(dataset)
  const { manifest, files } = deriveRegionData(dataset, index, { bundled: [], version: 1, expires: '2099-12-31' })
  const read = <T>(path: string) => JSON.parse(files.get(path)!) as T
  const province = read<ProvinceIndexFile>(manifest.province.path)
  const sources = new Map(manifest.regions.map((r) => [r.id, answerSources(read<RegionSearchFile>(r.files.search.path).search, province)] as const))
  const names = new Map(index.regions.flatMap((r) => r.items.map((i) => [i.id, i.name] as const)))
  return {
    answer: (query, regionId) => answerSearch(query, sources.get(regionId)!, regionId),
    sources: (regionId) => sources.get(regionId)!,
    province,
    names,
  }
}
