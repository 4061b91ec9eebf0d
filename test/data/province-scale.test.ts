/**
 * The synthetic province (scripts/scale/generate.ts) and the per-region data files with their
 * manifest (scripts/data/region-files.ts): determinism, validation, digests, the province index's
 * size and deduplication, and region-only search files.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as v from 'valibot'
import { deriveCatalogueIndex } from '../../scripts/data/build'
import { deriveRegionData, guideGroupsOf, writeRegionData, type RegionDataOutput } from '../../scripts/data/region-files'
import { formatProblem, validateData, type Dataset } from '../../scripts/data/validate'
import { loadDataFiles } from '../../scripts/data/load'
import { asDataFiles, generateProvince, provinceDigest, realData, writeProvince, type GeneratedProvince } from '../../scripts/scale/generate'
import { createSearchEngine } from '../../src/domain/search/engine'
import { createProvinceSearch } from '../../src/domain/search/province'
import type { CatalogueIndex } from '../../types/generated'
import {
  DataManifestSchema,
  ProvinceIndexFileSchema,
  RegionGuidesFileSchema,
  RegionIndexFileSchema,
  RegionSearchFileSchema,
  type ProvinceIndexFile,
  type RegionGuidesFile,
  type RegionIndexFile,
  type RegionSearchFile,
} from '../../types/region-data'

jest.setTimeout(180_000)

let province: GeneratedProvince
let dataset: Dataset
let index: CatalogueIndex
let output: RegionDataOutput
const parse = <T>(o: RegionDataOutput, file: string) => JSON.parse(o.files.get(file)!) as T

beforeAll(() => {
  const real = realData()
  province = generateProvince(real.dataset, real.files)
  const { dataset: generated, problems } = validateData(asDataFiles(province))
  if (!generated) throw new Error(problems.slice(0, 20).map(formatProblem).join('\n'))
  dataset = generated
  index = deriveCatalogueIndex(dataset)
  output = deriveRegionData(dataset, index, { bundled: ['hami', 'bijie'] })
})

describe('the synthetic province', () => {
  test('is the same, byte for byte, on a second run', () => {
    const real = realData()
    const again = generateProvince(real.dataset, real.files)
    expect(provinceDigest(again)).toBe(provinceDigest(province))
    // A different seed gives a different province, so the digest does depend on the generation.
    const small = (seed: number) => provinceDigest(generateProvince(real.dataset, real.files, { cities: 1, seed }))
    expect(small(1)).not.toBe(small(2))
    expect(small(1)).toBe(small(1))
  })

  test('has about a hundred regions, ten thousand items, and passes the same validation as mock-data/', () => {
    expect(province.regions).toBeGreaterThanOrEqual(95)
    expect(province.regions).toBeLessThanOrEqual(115)
    expect(province.items).toBeGreaterThanOrEqual(9000)
    expect(province.items).toBeLessThanOrEqual(11000)
    expect(dataset.catalogues).toHaveLength(province.regions)
    expect(dataset.guides.size).toBeGreaterThan(5000)
  })

  test('marks every generated region synthetic, names it as a sample, and groups counties under cities', () => {
    const synthetic = dataset.catalogues.filter((c) => c.region.id !== 'hami' && c.region.id !== 'bijie')
    expect(synthetic.length).toBe(province.regions - 2)
    const ids = new Set(dataset.catalogues.map((c) => c.region.id))
    for (const c of synthetic) {
      expect(c.region.synthetic).toBe(true)
      expect(c.region.name).toMatch(/^示例市\d{2}(·示例县\d{2})?$/)
      if (c.region.parent) {
        expect(ids.has(c.region.parent)).toBe(true)
        expect(c.region.name.startsWith(dataset.catalogues.find((p) => p.region.id === c.region.parent)!.region.name)).toBe(true)
      }
      expect(c.hotlines.map((h) => h.number)).toEqual(['12333'])
    }
    const cities = synthetic.filter((c) => !c.region.parent)
    expect(cities.length).toBe(12)
    for (const city of cities) expect(synthetic.filter((c) => c.region.parent === city.region.id).length).toBeGreaterThanOrEqual(7)
    // The real regions are copied unchanged and stay unmarked.
    expect(dataset.catalogues.filter((c) => c.region.synthetic).length).toBe(synthetic.length)
  })

  test('synthetic files name no real place and dial only 12333', () => {
    for (const [file, text] of province.files) {
      if (!file.startsWith('sx')) continue
      expect({ file, place: /哈密|毕节|新疆|贵州/.test(text) }).toEqual({ file, place: false })
      const numbers = new Set(text.match(/(?<![\d-])(0\d{2,3}-?\d{7,8}|1\d{4,10})(?![\d])/g) ?? [])
      expect({ file, numbers: [...numbers].filter((n) => n !== '12333') }).toEqual({ file, numbers: [] })
    }
  })

  test('written to a folder, it reads back as the same files under mock-data/ paths (the data build reads any data root)', () => {
    const real = realData()
    const small = generateProvince(real.dataset, real.files, { cities: 1, seed: 7 })
    const dir = mkdtempSync(path.join(tmpdir(), 'scale-data-'))
    try {
      writeProvince(small, dir)
      const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
      expect(loadDataFiles(dir).sort(byPath)).toEqual(asDataFiles(small).sort(byPath))
      expect(validateData(loadDataFiles(dir)).problems).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a county whose parent is not a city-level region is a validation problem', () => {
    const real = realData()
    const small = generateProvince(real.dataset, real.files, { cities: 1, seed: 7 })
    const files = asDataFiles(small).map((f) => {
      if (f.path === 'mock-data/sx01-k2/catalogue.json') return { ...f, text: f.text.replace('"parent": "sx01"', '"parent": "sx01-k1"') }
      if (f.path === 'mock-data/sx01-k3/catalogue.json') return { ...f, text: f.text.replace('"parent": "sx01"', '"parent": "nowhere"') }
      return f
    })
    expect(validateData(files).problems.map(formatProblem)).toEqual([
      'mock-data/sx01-k2/catalogue.json region.parent: "sx01-k1" is not a city-level region',
      'mock-data/sx01-k3/catalogue.json region.parent: "nowhere" is not a city-level region',
    ])
  })

  test('guides are built from the real ones with deterministic variation, not copied', () => {
    const real = realData().dataset
    const sizes = [...dataset.guides.values()].filter((g) => g.itemId.startsWith('sx')).map((g) => JSON.stringify(g).length)
    const realSizes = [...real.guides.values()].map((g) => JSON.stringify(g).length)
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    expect(mean(sizes) / mean(realSizes)).toBeGreaterThan(0.8)
    expect(mean(sizes) / mean(realSizes)).toBeLessThan(1.2)
    expect(new Set(sizes).size).toBeGreaterThan(100)
  })
})

describe('per-region data files and the manifest', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'region-data-'))
    writeRegionData(dir, output)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const verify = (ref: { path: string; bytes: number; sha256: string }) => {
    expect(ref.path.endsWith(`${ref.sha256.slice(0, 16)}.json`)).toBe(true)
    const bytes = readFileSync(path.join(dir, ref.path))
    expect({ path: ref.path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({
      path: ref.path,
      bytes: ref.bytes,
      sha256: ref.sha256,
    })
  }

  test('every file the manifest and the region indexes list matches its bytes and SHA-256; and nothing else is written', () => {
    const manifest = v.parse(DataManifestSchema, JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')))
    expect(manifest.regions.map((r) => r.id)).toEqual(index.regions.map((r) => r.id))
    const listed = new Set<string>([manifest.province.path])
    verify(manifest.province)
    for (const region of manifest.regions) {
      verify(region.files.index)
      verify(region.files.search)
      const indexFile = v.parse(RegionIndexFileSchema, JSON.parse(readFileSync(path.join(dir, region.files.index.path), 'utf8')))
      v.parse(RegionSearchFileSchema, JSON.parse(readFileSync(path.join(dir, region.files.search.path), 'utf8')))
      listed.add(region.files.index.path).add(region.files.search.path)
      for (const group of indexFile.guides) {
        verify(group)
        const text = readFileSync(path.join(dir, group.path), 'utf8')
        v.parse(RegionGuidesFileSchema, JSON.parse(text))
        listed.add(group.path)
      }
      expect(region.bytes).toBe(region.files.index.bytes + region.files.search.bytes + indexFile.guides.reduce((n, g) => n + g.bytes, 0))
    }
    expect([...output.files.keys()].sort()).toEqual([...listed].sort())
  })

  test('bundled flags follow the build option, and an unknown bundled region is refused', () => {
    expect(
      output.manifest.regions
        .filter((r) => r.bundled)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['bijie', 'hami'])
    expect(() => deriveRegionData(dataset, index, { bundled: ['nowhere'] })).toThrow(/nowhere/)
    const one = deriveRegionData(dataset, { regions: index.regions.slice(0, 3) }, { bundled: ['hami'] })
    expect(one.manifest.regions.map((r) => [r.id, r.bundled])).toEqual(index.regions.slice(0, 3).map((r) => [r.id, r.id === 'hami']))
    // A change in any file changes the manifest's data version.
    expect(one.manifest.dataVersion).not.toBe(output.manifest.dataVersion)
  })

  test('each item is in exactly one small guide group, which holds its details and its guide', () => {
    for (const [k, region] of output.manifest.regions.entries()) {
      const groups = guideGroupsOf(output, region)
      const items = new Map(index.regions[k].items.map((i) => [i.id, i]))
      const seen = groups.flatMap((g) => g.itemIds)
      expect(seen).toEqual(index.regions[k].items.map((i) => i.id))
      for (const group of groups) {
        const file = parse<RegionGuidesFile>(output, group.path)
        expect(file.regionId).toBe(region.id)
        expect(Object.keys(file.items)).toEqual(group.itemIds)
        expect(Object.keys(file.guides)).toEqual(group.guideIds)
        expect(group.guideIds.length).toBeLessThanOrEqual(8)
        if (group.itemIds.length > 1) expect(group.bytes).toBeLessThanOrEqual(34 * 1024)
        for (const id of group.itemIds) {
          const guideId = items.get(id)!.guideId
          if (guideId && file.guides[guideId] !== undefined) expect(JSON.stringify(file.guides[guideId])).toBe(JSON.stringify(dataset.guides.get(guideId)))
          if (guideId) expect(file.guides[guideId]).toBeDefined()
        }
      }
    }
  })

  test('a region search file holds that region only, and finds its items', () => {
    for (const region of output.manifest.regions) {
      const file = parse<RegionSearchFile>(output, region.files.search.path)
      const own = index.regions.find((r) => r.id === region.id)!.items.map((i) => i.id)
      expect(file.search.regions).toEqual([region.id])
      expect(file.search.docs.map((d) => d.id)).toEqual(own)
      for (const alias of file.search.aliases) {
        expect(alias.ids.length).toBeGreaterThan(0)
        for (const id of alias.ids) expect(id).toBeLessThan(file.search.docs.length)
      }
    }
    const sx = output.manifest.regions.find((r) => r.id === 'sx01')!
    const engine = createSearchEngine(parse<RegionSearchFile>(output, sx.files.search.path).search)
    const hits = engine.search('shiye', { regionId: 'sx01' }).hits
    expect(hits.length).toBeGreaterThan(0)
    expect(new Set(hits.map((h) => h.regionId))).toEqual(new Set(['sx01']))
  })

  test('the region index file is the RegionIndex of the data build', () => {
    for (const [k, region] of output.manifest.regions.entries()) {
      const file = parse<RegionIndexFile>(output, region.files.index.path)
      expect(file.region).toEqual(index.regions[k])
      expect(file.dataVersion).toBe(index.regions[k].dataVersion)
    }
  })
})

describe('the province index', () => {
  let file: ProvinceIndexFile
  let bytes: number
  beforeAll(() => {
    const text = output.files.get(output.manifest.province.path)!
    bytes = Buffer.byteLength(text)
    file = v.parse(ProvinceIndexFileSchema, JSON.parse(text))
  })

  test('stores each distinct item name once, and each region as a list of name indexes by row', () => {
    const names = file.names.map((n) => n.t)
    expect(new Set(names).size).toBe(names.length)
    const allNames = new Set(index.regions.flatMap((r) => r.items.map((i) => i.name)))
    expect(names.length).toBe(allNames.size)
    expect(names.length).toBeLessThan(province.items / 10)
    const details = new Map(dataset.catalogues.flatMap((c) => c.items.map((i) => [i.id, i] as const)))
    for (const [k, region] of file.regions.entries()) {
      const items = index.regions[k].items
      expect(region.names).toHaveLength(items.length)
      for (const item of items) {
        const row = details.get(item.id)!.row
        expect(`${region.idPrefix}-${String(row).padStart(3, '0')}`).toBe(item.id)
        expect(names[region.names[row - 1]]).toBe(item.name)
      }
    }
  })

  test('has pinyin keys, parents and sizes for the region picker', () => {
    const hami = file.regions.find((r) => r.id === 'hami')!
    expect([hami.p, hami.i, hami.parent]).toEqual(['ha mi shi', 'hms', null])
    const county = file.regions.find((r) => r.id === 'sx01-k3')!
    expect([county.name, county.p, county.i, county.parent]).toEqual(['示例市01·示例县03', 'shi li shi 0 1 shi li xian 0 3', 'sls01slx03', 'sx01'])
    for (const region of file.regions) expect(region.bytes).toBe(output.manifest.regions.find((r) => r.id === region.id)!.bytes)
  })

  test('stays small: under 2 KB per region raw, and well under the size of one region’s data', () => {
    expect(bytes / file.regions.length).toBeLessThan(2048)
    const median = [...output.manifest.regions.map((r) => r.bytes)].sort((a, b) => a - b)[Math.floor(file.regions.length / 2)]
    expect(bytes).toBeLessThan(median / 2)
  })

  test('the cross-region pass finds other regions’ items by Chinese, pinyin and initials', () => {
    const search = createProvinceSearch(file)
    for (const q of ['创业补贴', 'chuangyebutie', 'cybt']) {
      const { hits, total } = search.search(q, { excludeRegionId: 'hami', limit: 20 })
      expect(hits.length).toBe(20)
      expect(total).toBeGreaterThan(20)
      expect(hits.some((h) => h.regionId === 'hami')).toBe(false)
      for (const h of hits) expect(index.regions.find((r) => r.id === h.regionId)!.items.find((i) => i.id === h.itemId)!.name).toBe(h.name)
    }
    expect(search.search('失业金').hits.length).toBeGreaterThan(0)
    expect(search.search('火星').total).toBe(0)
  })
})
