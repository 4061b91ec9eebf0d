/**
 * The cross-region pass ("其他地区也有") over the province index: the search engine runs on the
 * province's distinct item names (each once, however many regions share it), then each matching
 * name expands to the regions that have an item of that name. No region file is loaded.
 */
import type { ProvinceIndexFile } from '../../../types/region-data'
import { createSearchEngine, type SearchEngine } from './engine'
import { normalizeText } from './normalize'
import type { SearchIndexFile } from './types'

/** The distinct names as a one-region SearchIndexFile: doc i is name i; aliases point at names. */
export function provinceSearchIndex(file: ProvinceIndexFile): SearchIndexFile {
  return {
    version: 1,
    regions: ['province'],
    categories: [],
    aliases: file.aliases.map((a) => ({ t: normalizeText(a.t).text, p: a.p, ids: a.names })),
    docs: file.names.map((name, i) => ({ id: String(i), r: 0, n: normalizeText(name.t).text, p: name.p, c: -1, k: '' })),
  }
}

/** An item of another region: `${idPrefix}-${row}` padded as the catalogue's ids are. */
export interface ProvinceHit {
  regionId: string
  itemId: string
  name: string
  /** The engine's tier of the name (0 exact ... 3 contains; 2 everyday name). */
  tier: number
}

export interface ProvinceSearch {
  search(query: unknown, options?: { excludeRegionId?: string; limit?: number }): { hits: ProvinceHit[]; total: number }
  readonly names: number
}

export function createProvinceSearch(file: ProvinceIndexFile): ProvinceSearch {
  const engine: SearchEngine = createSearchEngine(provinceSearchIndex(file), file.lang)
  // name index -> the (region, row) pairs carrying it, in province order.
  const where: { region: number; row: number }[][] = file.names.map(() => [])
  file.regions.forEach((region, r) => region.names.forEach((n, k) => where[n].push({ region: r, row: k + 1 })))

  function search(query: unknown, options: { excludeRegionId?: string; limit?: number } = {}) {
    const limit = options.limit ?? 20
    const result = engine.search(query, { limit: file.names.length })
    const hits: ProvinceHit[] = []
    let total = 0
    for (const hit of result.hits) {
      const n = Number(hit.id)
      for (const { region, row } of where[n]) {
        const r = file.regions[region]
        if (r.id === options.excludeRegionId) continue
        total++
        if (hits.length < limit) hits.push({ regionId: r.id, itemId: `${r.idPrefix}-${String(row).padStart(3, '0')}`, name: file.names[n].t, tier: hit.tier })
      }
    }
    return { hits, total }
  }

  return { search, names: file.names.length }
}
