/**
 * The region-data loader on the real catalogue's per-region files, with an in-memory origin and cache:
 * remote regions load, verify, cache, work offline, survive failed and tampered downloads, refresh on a
 * newer manifest at the next launch, evict least recently used regions, and a build without an origin
 * never fetches anything.
 */
import { deriveRegionData, type RegionDataOutput } from '../../scripts/data/region-files'
import { checkIntegrity, createBundledLoader, createRegionDataLoader, digestGroupOf, digestGroups, packManifest, withDigests, nobleSha256, planEviction, unpackManifest, RegionDataError, sha256Hex, utf8ToBytes, type DataCache, type FetchText } from '../../src/domain/region-data'
import type { DataManifest, ManifestRegion, PackedRemoteRest, RegionIndexFile } from '../../types/region-data'
import { realDataset, realIndex } from '../helpers/dataset'

/** How the app checks what it downloads: SHA-256, and the schema check when the data is not the build's own. */
const TRUST = { schemas: async () => import('../../src/domain/region-data/schemas'), sha256: nobleSha256 }

function output(bundled: string[] = []): RegionDataOutput {
  return deriveRegionData(realDataset(), realIndex(), { bundled })
}

class MemoryCache implements DataCache {
  files = new Map<string, string>()
  async read(key: string) {
    return this.files.get(key) ?? null
  }
  async write(key: string, text: string) {
    this.files.set(key, text)
  }
  async remove(key: string) {
    this.files.delete(key)
  }
  dataKeys() {
    return [...this.files.keys()].filter((k) => !k.startsWith('manifest.') && k !== 'usage.json')
  }
}

/** An origin serving the given files; a test can make it fail, tamper, or count requests. */
function origin(files: Map<string, string>, manifest: DataManifest) {
  const state = { requests: [] as string[], offline: false, tamper: undefined as ((path: string, text: string) => string) | undefined, manifest }
  const fetchText: FetchText = async (url) => {
    state.requests.push(url)
    if (state.offline) throw new Error('request:fail timeout')
    const path = url.replace('https://data.example.test/', '')
    const text = path === 'manifest.json' ? JSON.stringify(state.manifest) : files.get(path)
    if (text === undefined) throw new Error(`404 ${path}`)
    return state.tamper ? state.tamper(path, text) : text
  }
  return { state, fetchText }
}

const ORIGIN = 'https://data.example.test'
const noBundled = () => undefined

test('UTF-8 bytes as Node encodes them: ASCII, Chinese, an emoji (surrogate pair) and a lone surrogate', () => {
  for (const text of ['abc', '失业保险金申领', '（）《》', 'a😀b', 'x\ud800y', '']) expect(Buffer.from(utf8ToBytes(text))).toEqual(Buffer.from(text, 'utf8'))
})

test('sha256 and byte length are both checked, on the UTF-8 bytes', async () => {
  const text = '{"name":"失业保险金申领"}'
  const ref = { bytes: Buffer.byteLength(text), sha256: sha256Hex(text) }
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  expect(await checkIntegrity(text, ref, nobleSha256)).toBeNull()
  expect(await checkIntegrity(text.replace('失业', '就业'), ref, nobleSha256)).toBe('digest')
  expect(await checkIntegrity(`${text} `, ref, nobleSha256)).toBe('size')
})

test('a remote region loads, and a shared guide opens with only its index and one guide group', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache: new MemoryCache(), bundled: noBundled, ...TRUST })
  await loader.init()
  const group = await loader.itemGroup('bijie', 'bj-073')
  expect(group.items['bj-073'].name).toBe('市本级参保人员办理失业保险金申领')
  expect(group.guides['bj-073'].sections.materials?.items.length).toBeGreaterThan(0)
  expect(state.requests).toHaveLength(2)
  expect(state.requests[0]).toBe(`${ORIGIN}/${out.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path}`)
  await expect(loader.itemGroup('bijie', 'bj-999')).rejects.toMatchObject({ kind: 'unknown-item' })
  await expect(loader.regionIndex('nowhere')).rejects.toMatchObject({ kind: 'unknown-region' })
})

test('a cached region works offline, on the next launch too', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const first = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await first.init()
  expect(first.availableOffline('hami')).toBe(false)
  await first.prefetchRegion('hami')
  expect(first.availableOffline('hami')).toBe(true)

  state.offline = true
  const next = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await next.init()
  // Known to be on the phone before anything of it is read this launch (the region picker says so).
  expect(next.availableOffline('hami')).toBe(true)
  expect(next.availableOffline('bijie')).toBe(false)
  const before = state.requests.length
  expect((await next.itemGroup('hami', 'hm-013')).guides['hm-013'].itemId).toBe('hm-013')
  expect((await next.search('hami')).search.docs.length).toBe(31)
  expect(state.requests.length).toBe(before)
  await expect(next.regionIndex('bijie')).rejects.toMatchObject({ kind: 'download', retryable: true })
})

test('a tampered file is rejected, never cached, and a retry after the fault gets the real one', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await loader.init()
  state.tamper = (_path, text) => text.replace('失业保险金申领', '失业保险金申领（改）')
  const error = await loader.regionIndex('bijie').catch((e: RegionDataError) => e)
  expect(error).toBeInstanceOf(RegionDataError)
  expect((error as RegionDataError).kind).toBe('tampered')
  expect((error as RegionDataError).citizenMessage).toContain('校验未通过')
  expect(cache.dataKeys()).toEqual([])

  // Same length, different bytes: the digest catches it.
  state.tamper = (_path, text) => text.replace('bj-073', 'bj-074')
  await expect(loader.regionIndex('bijie')).rejects.toMatchObject({ kind: 'tampered' })

  state.tamper = undefined
  expect((await loader.regionIndex('bijie')).region.items).toHaveLength(96)
})

test('a failed download, then 重试', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache: new MemoryCache(), bundled: noBundled, ...TRUST })
  await loader.init()
  state.offline = true
  const error = (await loader.itemGroup('hami', 'hm-013').catch((e) => e)) as RegionDataError
  expect(error.kind).toBe('download')
  expect(error.retryable).toBe(true)
  expect(error.citizenMessage).toContain('已保存的收藏和材料清单不受影响')
  state.offline = false
  expect((await loader.itemGroup('hami', 'hm-013')).items['hm-013'].row).toBe(13)
})

test('a damaged cache entry is dropped and downloaded again', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await loader.init()
  await loader.regionIndex('hami')
  const path = out.manifest.regions.find((r) => r.id === 'hami')!.files.index.path
  cache.files.set(path, cache.files.get(path)!.slice(0, 100))
  const again = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await again.init()
  const count = state.requests.length
  expect((await again.regionIndex('hami')).region.name).toBe('哈密市')
  expect(state.requests.length).toBe(count + 1)
  expect(await checkIntegrity(cache.files.get(path)!, out.manifest.regions.find((r) => r.id === 'hami')!.files.index, nobleSha256)).toBeNull()
})

/** A newer data release: the Hami catalogue with one item renamed, rebuilt into new files. */
function newerRelease(): RegionDataOutput {
  const dataset = realDataset()
  const catalogues = dataset.catalogues.map((c) =>
    c.region.id === 'hami' ? { ...c, dataVersion: '2026.12.9', items: c.items.map((i) => (i.id === 'hm-013' ? { ...i, name: `${i.name}（新版）` } : i)) } : c,
  )
  const changed = { ...dataset, catalogues }
  // deriveCatalogueIndex reads the same dataset shape; the test helper derives it from the real one.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { deriveCatalogueIndex } = require('../../scripts/data/build')
  return deriveRegionData(changed, deriveCatalogueIndex(changed), { bundled: [] })
}

test('a newer manifest is staged at launch, adopted on the next launch, and old files are dropped', async () => {
  const out = output()
  const newer = newerRelease()
  expect(newer.manifest.dataVersion).not.toBe(out.manifest.dataVersion)
  const files = new Map([...out.files, ...newer.files])
  const { state, fetchText } = origin(files, out.manifest)
  const cache = new MemoryCache()
  const first = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await first.init()
  await first.prefetchRegion('hami')
  const oldIndex = out.manifest.regions.find((r) => r.id === 'hami')!.files.index.path
  expect(await first.checkForUpdate()).toBe('none')

  state.manifest = newer.manifest
  expect(await first.checkForUpdate()).toBe('staged')
  // This launch keeps what it shows.
  expect(first.manifest().dataVersion).toBe(out.manifest.dataVersion)
  expect((await first.itemGroup('hami', 'hm-013')).items['hm-013'].name).not.toContain('新版')

  state.offline = true
  const second = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await second.init()
  expect(second.manifest().dataVersion).toBe(newer.manifest.dataVersion)
  expect(second.region('hami')!.dataVersion).toBe('2026.12.9')
  // Offline, the refreshed region is complete on the phone.
  expect(second.availableOffline('hami')).toBe(false) // index not read yet this launch
  expect((await second.itemGroup('hami', 'hm-013')).items['hm-013'].name).toContain('新版')
  expect(second.availableOffline('hami')).toBe(true)
  expect(cache.files.has(oldIndex)).toBe(false)
})

test('a newer manifest whose files fail to download is not adopted: the old data stays', async () => {
  const out = output()
  const newer = newerRelease()
  const { state, fetchText } = origin(new Map([...out.files, ...newer.files]), out.manifest)
  const cache = new MemoryCache()
  const first = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await first.init()
  await first.prefetchRegion('hami')
  state.manifest = newer.manifest
  state.tamper = (path, text) => (path.startsWith('hami/') && newer.files.has(path) && !out.files.has(path) ? `${text}x` : text)
  expect(await first.checkForUpdate()).toBe('failed')
  const second = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await second.init()
  expect(second.manifest().dataVersion).toBe(out.manifest.dataVersion)
  state.offline = true
  expect((await second.itemGroup('hami', 'hm-013')).items['hm-013'].name).not.toContain('新版')
})

test('an app update supersedes a manifest downloaded under the old build', async () => {
  const out = output()
  const newer = newerRelease()
  const { state, fetchText } = origin(new Map([...out.files, ...newer.files]), out.manifest)
  const cache = new MemoryCache()
  const first = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await first.init()
  state.manifest = newer.manifest
  expect(await first.checkForUpdate()).toBe('staged')
  const shipped = { ...out.manifest, dataVersion: '00000000000000ff' }
  const updated = createRegionDataLoader({ manifest: shipped, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await updated.init()
  expect(updated.manifest().dataVersion).toBe('00000000000000ff')
})

test('cache eviction: over budget, whole regions go, least recently used first, never the pinned one', () => {
  const files = [
    { path: 'a/1.json', regionId: 'a', bytes: 400, usedAt: 1 },
    { path: 'a/2.json', regionId: 'a', bytes: 400, usedAt: 5 },
    { path: 'b/1.json', regionId: 'b', bytes: 400, usedAt: 2 },
    { path: 'c/1.json', regionId: 'c', bytes: 400, usedAt: 3 },
  ]
  expect(planEviction(files, 2000, new Set())).toEqual([])
  expect(planEviction(files, 1200, new Set())).toEqual(['b/1.json'])
  expect(planEviction(files, 800, new Set())).toEqual(['b/1.json', 'c/1.json'])
  expect(planEviction(files, 800, new Set(['b']))).toEqual(['c/1.json', 'a/1.json', 'a/2.json'])
})

test('the loader evicts the least recently used region when the cache outgrows its budget', async () => {
  const out = output()
  const { fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  let clock = 1000
  const bytes = (id: string) => out.manifest.regions.find((r) => r.id === id)!.files.index.bytes
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST, now: () => clock++, budgetBytes: Math.max(bytes('hami'), bytes('bijie')) + 10 })
  await loader.init()
  await loader.regionIndex('hami')
  loader.pin('bijie')
  await loader.regionIndex('bijie')
  const paths = cache.dataKeys()
  expect(paths).toEqual([out.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path])
})

test('the default build (bundled regions, no origin) makes no request at all', async () => {
  const out = output(['hami', 'bijie'])
  const { state, fetchText } = origin(out.files, out.manifest)
  const bundled = (path: string) => (out.files.has(path) ? Promise.resolve(JSON.parse(out.files.get(path)!)) : undefined)
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: null, fetchText, cache: new MemoryCache(), bundled, ...TRUST })
  await loader.init()
  expect(((await loader.regionIndex('bijie')) as RegionIndexFile).region.items).toHaveLength(96)
  expect((await loader.itemGroup('hami', 'hm-013')).guides['hm-013']).toBeDefined()
  expect(loader.availableOffline('hami')).toBe(true)
  expect(await loader.checkForUpdate()).toBe('no-origin')
  expect(state.requests).toEqual([])
  const noData = createRegionDataLoader({ manifest: out.manifest, origin: null, fetchText, cache: new MemoryCache(), bundled: noBundled, ...TRUST })
  await expect(noData.regionIndex('hami')).rejects.toMatchObject({ kind: 'no-origin', retryable: false })
  expect(state.requests).toEqual([])
})

test('the bundled-only loader of a build without an origin: bundled files only, never a download', async () => {
  const out = output(['hami', 'bijie'])
  const bundled = (path: string) => (out.files.has(path) ? Promise.resolve(JSON.parse(out.files.get(path)!)) : undefined)
  const loader = createBundledLoader({ manifest: out.manifest, bundled })
  await loader.init()
  expect((await loader.regionIndex('bijie')).region.items).toHaveLength(96)
  expect((await loader.itemGroup('hami', 'hm-013')).guides['hm-013'].itemId).toBe('hm-013')
  expect((await loader.search('hami')).search.docs).toHaveLength(31)
  expect((await loader.lifeEvents('bijie'))?.events.length ?? 0).toBe(0) // output() derives no 一件事 files
  expect(loader.availableOffline('bijie')).toBe(true)
  expect(await loader.checkForUpdate()).toBe('no-origin')
  await expect(loader.itemGroup('bijie', 'bj-999')).rejects.toMatchObject({ kind: 'unknown-item' })
  await expect(loader.regionIndex('nowhere')).rejects.toMatchObject({ kind: 'unknown-region' })
  const nothing = createBundledLoader({ manifest: out.manifest, bundled: noBundled, ...TRUST })
  await expect(nothing.regionIndex('hami')).rejects.toMatchObject({ kind: 'no-origin', retryable: false })
})

test('the bundled manifest packs to about half and unpacks to the same manifest; a path off the naming rule is refused', () => {
  const out = output(['hami'])
  const { packed, digests } = packManifest(out.manifest)
  const unpacked = unpackManifest(packed)
  expect({ ...unpacked, regions: unpacked.regions.map((r) => (digests[r.id] ? withDigests(r, digests[r.id]) : r)) }).toEqual(out.manifest)
  expect(JSON.stringify(packed).length + JSON.stringify(digests).length).toBeLessThan(JSON.stringify(out.manifest).length * 0.65)
  const renamed = { ...out.manifest, province: { ...out.manifest.province, path: 'province.json' } }
  expect(() => packManifest(renamed)).toThrow('naming rule')
})

test('without the digests kept apart, a remote region is named but never trusted: its download is refused', async () => {
  const out = output(['hami'])
  const { packed } = packManifest(out.manifest)
  const named = unpackManifest(packed)
  const bijie = named.regions.find((r) => r.id === 'bijie')!
  expect(bijie.files.index.path).toBe(out.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path)
  expect(bijie.files.index.sha256).toHaveLength(16)
  expect(named.regions.find((r) => r.id === 'hami')).toEqual(out.manifest.regions.find((r) => r.id === 'hami'))
  const { fetchText } = origin(out.files, out.manifest)
  const loader = createRegionDataLoader({ manifest: named, origin: ORIGIN, fetchText, cache: new MemoryCache(), bundled: noBundled, ...TRUST })
  await expect(loader.regionIndex('bijie')).rejects.toMatchObject({ kind: 'tampered' })
})

test("a remote region's digests come from its digest group's file, once, when the region is first opened", async () => {
  const out = output(['hami'])
  const { packed, digests } = packManifest(out.manifest)
  const groups = digestGroups(out.manifest, digests)
  expect([...groups.keys()]).toEqual(['bijie'])
  expect(Object.keys(groups.get('bijie')!)).toEqual(['bijie'])
  const named = unpackManifest(packed)
  const { fetchText } = origin(out.files, out.manifest)
  const completedBy = (completeRegion: (region: ManifestRegion) => Promise<ManifestRegion>) =>
    createRegionDataLoader({ manifest: named, origin: ORIGIN, fetchText, cache: new MemoryCache(), bundled: noBundled, ...TRUST, completeRegion })
  const asked: string[] = []
  const loader = completedBy(async (region) => {
    asked.push(region.id)
    return withDigests(region, groups.get(digestGroupOf(region))![region.id])
  })
  expect(loader.region('bijie')!.files.index.sha256).toHaveLength(16)
  expect((await loader.regionIndex('bijie')).region.id).toBe('bijie')
  await loader.search('bijie')
  await loader.itemGroup('bijie', 'bj-073')
  expect(asked).toEqual(['bijie'])
  expect(loader.region('bijie')).toEqual(out.manifest.regions.find((r) => r.id === 'bijie'))
  // Digests that do not match (a wrong group file) are no better than none.
  const wrong = completedBy(async (region) => {
    const [dataVersion, bytes, [indexBytes, indexRest], ...refs] = groups.get('bijie')!.bijie
    return withDigests(region, [dataVersion, bytes, [indexBytes, indexRest.replace(/^./, (c) => (c === '0' ? '1' : '0'))], ...refs] as PackedRemoteRest)
  })
  await expect(wrong.regionIndex('bijie')).rejects.toMatchObject({ kind: 'tampered' })
})

test("a file of the build's own manifest is trusted once its digest matches: no schema check is opened", async () => {
  const out = output()
  const { fetchText } = origin(out.files, out.manifest)
  let opened = 0
  const schemas = async () => {
    opened++
    return import('../../src/domain/region-data/schemas')
  }
  const cache = new MemoryCache()
  const loader = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, schemas, sha256: nobleSha256 })
  await loader.init()
  expect((await loader.itemGroup('bijie', 'bj-073')).items['bj-073'].name).toBe('市本级参保人员办理失业保险金申领')
  await loader.search('bijie')
  expect(opened).toBe(0)
  // The next launch reads back what it kept (usage.json): that is checked.
  const next = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, schemas, sha256: nobleSha256 })
  await next.init()
  expect(opened).toBe(1)
  expect(next.availableOffline('bijie')).toBe(false)
})

test('a file listed by a fetched manifest is schema-checked: a malformed one with a matching digest is refused', async () => {
  const out = output()
  const newer = newerRelease()
  const files = new Map([...out.files, ...newer.files])
  const { state, fetchText } = origin(files, out.manifest)
  const cache = new MemoryCache()
  const first = createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST })
  await first.init()
  await first.regionIndex('hami')
  // The origin's newer manifest lists a hami index that is valid JSON of the wrong shape, with its true digest.
  const hami = newer.manifest.regions.find((r) => r.id === 'hami')!
  const bad = JSON.stringify({ schemaVersion: 1, region: 'hami' })
  files.set(hami.files.index.path, bad)
  state.manifest = { ...newer.manifest, regions: newer.manifest.regions.map((r) => (r.id === 'hami' ? { ...r, files: { ...r.files, index: { ...r.files.index, bytes: Buffer.byteLength(bad), sha256: sha256Hex(bad) } } } : r)) }
  expect(await first.checkForUpdate()).toBe('failed')
  const staging = createRegionDataLoader({ manifest: state.manifest, origin: ORIGIN, fetchText, cache: new MemoryCache(), bundled: noBundled, ...TRUST, staging: true } as Parameters<typeof createRegionDataLoader>[0])
  await expect(staging.regionIndex('hami')).rejects.toMatchObject({ kind: 'invalid' })
})

test("a remote region lists its search and 一件事 files only once completed; one kept on the phone is completed at launch", async () => {
  const out = output(['hami'])
  const { packed, digests } = packManifest(out.manifest)
  const named = unpackManifest(packed)
  const bijie = named.regions.find((r) => r.id === 'bijie')!
  expect(bijie.files.search.path).toBe('')
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const options = { manifest: named, origin: ORIGIN, fetchText, cache, bundled: noBundled, ...TRUST, completeRegion: async (region: typeof bijie) => withDigests(region, digests[region.id]) }
  const first = createRegionDataLoader(options)
  await first.init()
  expect(first.availableOffline('bijie')).toBe(false)
  await first.prefetchRegion('bijie')
  expect(first.availableOffline('bijie')).toBe(true)
  state.offline = true
  const next = createRegionDataLoader(options)
  await next.init()
  expect(next.availableOffline('bijie')).toBe(true)
  expect((await next.search('bijie')).regionId).toBe('bijie')
})
