/**
 * npm run bench:scale — figures for the synthetic province's data origin (npm run scale:build first,
 * or pass another origin folder: `npm run bench:scale -- dist/data`). One figure per line:
 * regions and items; largest and median region download (index + guide groups + search, raw and
 * gzip, each file gzipped on its own as a server would); manifest and province index bytes; search
 * p95 in the region nearest 100 items (its own search file) and across the province index
 * (createProvinceSearch over the deduplicated names). Budget (issue 11): both p95 <= 2 ms in Node.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { createSearchEngine } from '../../src/domain/search/engine'
import { createProvinceSearch } from '../../src/domain/search/province'
import type { DataManifest, ProvinceIndexFile, RegionIndexFile, RegionSearchFile, SignedManifest } from '../../types/region-data'
import { measureWeapp } from '../check-weapp'
import { ROOT } from '../data/load'
import { QUERY_MIX } from './search'

const ROUNDS = 20

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** p50 and p95 of ROUNDS rounds of the query mix, after one warm-up round. */
function measure(run: (q: string) => void): { p50: number; p95: number; timings: number } {
  for (const q of QUERY_MIX) run(q)
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) for (const q of QUERY_MIX) times.push(timeMs(() => run(q)))
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), timings: times.length }
}

function main(): void {
  const origin = path.resolve(ROOT, process.argv[2] ?? '.scale/origin')
  const manifestPath = path.join(origin, 'manifest.json')
  if (!existsSync(manifestPath)) {
    console.error(`${path.relative(ROOT, manifestPath)} is missing: run npm run scale:build first.`)
    process.exit(1)
  }
  const read = (file: string) => readFileSync(path.join(origin, file))
  const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length
  const manifestBytes = readFileSync(manifestPath)
  // manifest.json is signed (README 数据签名): the manifest is its `manifest` text.
  const manifest = JSON.parse((JSON.parse(manifestBytes.toString('utf8')) as SignedManifest).manifest) as DataManifest

  const sizes = manifest.regions.map((region) => {
    const indexText = read(region.files.index.path)
    const index = JSON.parse(indexText.toString('utf8')) as RegionIndexFile
    const parts = [indexText, read(region.files.search.path), ...index.guides.map((g) => read(g.path))]
    return { id: region.id, items: index.region.items.length, raw: parts.reduce((n, b) => n + b.length, 0), gzip: parts.reduce((n, b) => n + gz(b), 0) }
  })
  const byRaw = [...sizes].sort((a, b) => a.raw - b.raw)
  const largest = byRaw[byRaw.length - 1]
  const median = byRaw[Math.floor((byRaw.length - 1) / 2)]
  const items = sizes.reduce((n, s) => n + s.items, 0)

  const provinceBytes = read(manifest.province.path)
  const province = JSON.parse(provinceBytes.toString('utf8')) as ProvinceIndexFile

  // The region nearest 100 items (first in manifest order among equals).
  const target = sizes.reduce((best, s) => (Math.abs(s.items - 100) < Math.abs(best.items - 100) ? s : best))
  const targetRegion = manifest.regions.find((r) => r.id === target.id)!
  const searchText = read(targetRegion.files.search.path)
  const regionEngine = createSearchEngine((JSON.parse(searchText.toString('utf8')) as RegionSearchFile).search)
  const inRegion = measure((q) => regionEngine.search(q, { regionId: target.id }))
  const loadMs = timeMs(() => createProvinceSearch(JSON.parse(provinceBytes.toString('utf8')) as ProvinceIndexFile))
  const provinceSearch = createProvinceSearch(province)
  const across = measure((q) => provinceSearch.search(q, { excludeRegionId: target.id, limit: 20 }))

  // Data to open one shared guide of that region cold: manifest, the region index, the group holding the item.
  const targetIndex = JSON.parse(read(targetRegion.files.index.path).toString('utf8')) as RegionIndexFile
  const firstGuide = targetIndex.guides.find((g) => g.guideIds.length > 0)!
  const coldOpen = [manifestBytes, read(targetRegion.files.index.path), read(firstGuide.path)]

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  const ms = (n: number) => `${n.toFixed(3)} ms`
  console.log(`origin: ${path.relative(ROOT, origin) || '.'} (manifest ${manifest.dataVersion})`)
  console.log(
    `regions: ${manifest.regions.length} (synthetic ${manifest.regions.filter((r) => r.synthetic).length}, bundled ${manifest.regions
      .filter((r) => r.bundled)
      .map((r) => r.id)
      .join(', ')})`,
  )
  console.log(`items: ${items}`)
  console.log(`region data largest (${largest.id}, ${largest.items} items) raw: ${kb(largest.raw)}`)
  console.log(`region data largest gzip: ${kb(largest.gzip)}`)
  console.log(`region data median (${median.id}, ${median.items} items) raw: ${kb(median.raw)}`)
  console.log(`region data median gzip: ${kb(median.gzip)}`)
  console.log(`all region data raw: ${kb(sizes.reduce((n, s) => n + s.raw, 0))}`)
  console.log(`manifest raw: ${kb(manifestBytes.length)}`)
  console.log(`manifest gzip: ${kb(gz(manifestBytes))}`)
  console.log(`province index raw: ${kb(provinceBytes.length)}`)
  console.log(`province index gzip: ${kb(gz(provinceBytes))}`)
  console.log(`province index raw bytes per region: ${Math.round(provinceBytes.length / manifest.regions.length)}`)
  console.log(`province index distinct item names: ${province.names.length} (of ${items} items)`)
  console.log(`province index parse + engine load: ${ms(loadMs)}`)
  console.log(`cold open of a guide in ${target.id} (manifest + region index + 1 guide group) raw: ${kb(coldOpen.reduce((n, b) => n + b.length, 0))}`)
  console.log(
    `cold open of a guide in ${target.id} gzip: ${kb(coldOpen.reduce((n, b) => n + gz(b), 0))} (index ${kb(gz(coldOpen[1]))}, group ${kb(gz(coldOpen[2]))})`,
  )
  console.log(`search input: ${QUERY_MIX.length} queries x ${ROUNDS} rounds after 1 warm-up round`)
  console.log(`search in region ${target.id} (${target.items} items, search file ${kb(searchText.length)}) p50: ${ms(inRegion.p50)}`)
  console.log(`search in region ${target.id} p95: ${ms(inRegion.p95)}`)
  console.log(
    `search across province index (${province.names.length} names, ${manifest.regions.length} regions, ${kb(provinceBytes.length)}) p50: ${ms(across.p50)}`,
  )
  console.log(`search across province index p95: ${ms(across.p95)}`)
  // App packages, when scale:build has built them (and the two-region build in dist/ for the ratio).
  const scaleWeapp = path.join(ROOT, '.scale/dist/weapp')
  if (existsSync(path.join(scaleWeapp, 'app.json'))) {
    const packages = measureWeapp(scaleWeapp)
    const limit = 2 * 1024 * 1024
    console.log(`weapp main package (.scale/dist/weapp): ${kb(packages.mainBytes)}`)
    for (const sp of packages.subpackages) console.log(`weapp subpackage ${sp.root}: ${kb(sp.bytes)}`)
    console.log(`weapp total: ${kb(packages.totalBytes)}`)
    console.log(`weapp every package <= 2 MB: ${[packages.mainBytes, ...packages.subpackages.map((sp) => sp.bytes)].every((b) => b <= limit) ? 'yes' : 'NO'}`)
    if (existsSync(path.join(ROOT, 'dist/weapp/app.json'))) {
      console.log(
        `weapp main package ratio province / two-region (dist/weapp): ${(packages.mainBytes / measureWeapp(path.join(ROOT, 'dist/weapp')).mainBytes).toFixed(2)}`,
      )
    }
  }
  console.log(`budget search p95 <= 2 ms in region: ${inRegion.p95 <= 2 ? 'yes' : 'NO'}; across province: ${across.p95 <= 2 ? 'yes' : 'NO'}`)
}

if (require.main === module) main()
