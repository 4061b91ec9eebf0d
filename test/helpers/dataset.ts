/**
 * The real catalogue, validated and derived in memory exactly as scripts/data/build.ts does, so
 * tests never depend on src/generated/ having been built first.
 */
import { deriveCatalogueIndex } from '../../scripts/data/build'
import { loadDataFiles } from '../../scripts/data/load'
import { buildSearchIndex } from '../../scripts/data/search-index'
import { formatProblem, validateData, type Dataset } from '../../scripts/data/validate'

let cached: Dataset | undefined

export function realDataset(): Dataset {
  if (!cached) {
    const { dataset, problems } = validateData(loadDataFiles())
    if (!dataset) throw new Error(`mock-data/ is invalid:\n${problems.map(formatProblem).join('\n')}`)
    cached = dataset
  }
  return cached
}

export const realIndex = () => deriveCatalogueIndex(realDataset())
export const realSearchIndex = () => buildSearchIndex(realIndex(), realDataset())
