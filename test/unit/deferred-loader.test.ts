/**
 * The deferred loader of a build with a data origin: a bundled region is served without the download
 * code; the downloading loader is opened (once) for a remote region, for the look for newer data, and
 * at launch only when data from the origin is already on the phone.
 */
import { deriveRegionData } from '../../scripts/data/region-files'
import { checkIntegrity, createDeferredLoader, createRegionDataLoader, nobleSha256, type DataCache, type RegionDataLoader } from '../../src/domain/region-data'
import { groupLinkPath, guideGroupNumber } from '../../types/policy'
import type { DataFileRef, ManifestRegion } from '../../types/region-data'
import { realDataset, realIndex } from '../helpers/dataset'

const ORIGIN = 'https://data.example.test'
const openSchemas = async () => import('../../src/domain/region-data/schemas')

function setup(options: { dataOnPhone?: boolean; failOpen?: number; slowCode?: boolean; firstOpen?: boolean } = {}) {
  const out = deriveRegionData(realDataset(), realIndex(), { bundled: ['hami'] })
  const bundledFiles = new Map<string, unknown>()
  for (const [path, text] of out.files) if (path.startsWith('hami/')) bundledFiles.set(path, JSON.parse(text))
  const bundled = (path: string) => (bundledFiles.has(path) ? Promise.resolve(bundledFiles.get(path)) : undefined)
  const requests: string[] = []
  // What the origin serves instead of the built file, by path (a test's tampering).
  const serve = new Map<string, string>()
  const files = new Map<string, string>()
  const cache: DataCache = { read: async (k) => files.get(k) ?? null, write: async (k, t) => void files.set(k, t), remove: async (k) => void files.delete(k) }
  let opened = 0
  let failures = options.failOpen ?? 0
  // The loader's code arrives when the test says so (as a chunk on a slow network would).
  let arrive: () => void = () => undefined
  const codeArrived = options.slowCode ? new Promise<void>((resolve) => (arrive = resolve)) : Promise.resolve()
  const fetchText = async (url: string) => {
    requests.push(url)
    const path = url.slice(ORIGIN.length + 1)
    return path === 'manifest.json' ? JSON.stringify(out.manifest) : (serve.get(path) ?? out.files.get(path)!)
  }
  const warmed: string[] = []
  const loader = createDeferredLoader({
    manifest: out.manifest,
    warmDigests: (region) => warmed.push(region.id),
    // The app's kit: the test manifest already has every digest, so completing changes nothing.
    ...(options.firstOpen ? { firstOpen: async () => ({ complete: async (region: ManifestRegion) => region, verify: async (text: string, ref: DataFileRef) => (await checkIntegrity(text, ref, nobleSha256)) === null }) } : {}),
    bundled,
    origin: ORIGIN,
    fetchText,
    dataOnPhone: () => options.dataOnPhone ?? false,
    open: async (handOver): Promise<RegionDataLoader> => {
      opened++
      await codeArrived
      if (failures-- > 0) throw new Error('ChunkLoadError')
      return createRegionDataLoader({ manifest: out.manifest, origin: ORIGIN, cache, bundled, fetchText: handOver, schemas: openSchemas, sha256: nobleSha256 })
    },
  })
  return { loader, requests, opened: () => opened, arrive: () => arrive(), out, warmed, serve }
}

test('a bundled region opens without the download code; a remote one opens it once, however many ask', async () => {
  const { loader, requests, opened } = setup()
  await loader.init()
  expect(opened()).toBe(0)
  const hami = await loader.itemGroup('hami', 'hm-013')
  expect(hami.items['hm-013']).toBeDefined()
  expect(loader.availableOffline('hami')).toBe(true)
  expect(opened()).toBe(0)
  expect(loader.isOpen()).toBe(false)
  const [a, b] = await Promise.all([loader.itemGroup('bijie', 'bj-073'), loader.regionIndex('bijie')])
  expect(a.items['bj-073'].name).toBe('市本级参保人员办理失业保险金申领')
  expect(b.region.id).toBe('bijie')
  expect(opened()).toBe(1)
  expect(loader.isOpen()).toBe(true)
  expect(requests.every((r) => r.includes('/bijie/'))).toBe(true)
})

test('at launch it opens only when an earlier launch kept data on the phone', async () => {
  const fresh = setup()
  await fresh.loader.init()
  expect(fresh.opened()).toBe(0)
  const returning = setup({ dataOnPhone: true })
  await returning.loader.init()
  expect(returning.opened()).toBe(1)
  expect(returning.loader.isOpen()).toBe(true)
})

test('the look for newer data opens it; a pinned region is passed on', async () => {
  const { loader, requests, opened } = setup()
  loader.pin('bijie')
  await expect(loader.checkForUpdate()).resolves.toBe('none')
  expect(opened()).toBe(1)
  expect(requests).toEqual([`${ORIGIN}/manifest.json`])
})

test('download code that does not arrive fails the load, and the next try opens it again', async () => {
  const { loader, opened } = setup({ failOpen: 1 })
  await expect(loader.regionIndex('bijie')).rejects.toThrow('ChunkLoadError')
  await expect(loader.regionIndex('bijie')).resolves.toMatchObject({ regionId: 'bijie' })
  expect(opened()).toBe(2)
})

test('unknown regions are unknown either way', async () => {
  const { loader } = setup()
  expect(loader.region('nowhere')).toBeUndefined()
  await expect(loader.regionIndex('nowhere')).rejects.toMatchObject({ kind: 'unknown-region' })
})

test('a remote index and its digests are asked for while the download code is on its way, and downloaded once', async () => {
  const { loader, requests, arrive, out, warmed } = setup({ slowCode: true })
  const indexPath = out.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path
  const group = loader.itemGroup('bijie', 'bj-073')
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(requests).toEqual([`${ORIGIN}/${indexPath}`])
  expect(warmed).toEqual(['bijie'])
  arrive()
  expect((await group).items['bj-073']).toBeDefined()
  expect(requests.filter((r) => r.endsWith(indexPath))).toHaveLength(1)
  expect(requests).toHaveLength(2)
})

test("a shared guide's group is asked for beside its index, under its link name, and used once the index vouches for it", async () => {
  const { loader, requests, arrive, out } = setup({ slowCode: true })
  const bijie = out.manifest.regions.find((r) => r.id === 'bijie')!
  const link = groupLinkPath('bijie', bijie.files.index.path, guideGroupNumber(73, bijie.rowsPerGroup))
  expect(out.files.get(link)).toBeDefined()
  loader.warmItem!('bijie', 'bj-073')
  expect(requests).toEqual([`${ORIGIN}/${bijie.files.index.path}`, `${ORIGIN}/${link}`])
  const group = loader.itemGroup('bijie', 'bj-073')
  arrive()
  expect((await group).items['bj-073'].name).toBe('市本级参保人员办理失业保险金申领')
  // Nothing downloaded twice: the group came under its link name only.
  expect(requests).toHaveLength(2)
})

test('downloads asked for ahead that do not verify are refused, and 重试 does not reuse them', async () => {
  const { loader, requests, arrive, out, serve } = setup({ slowCode: true })
  const bijie = out.manifest.regions.find((r) => r.id === 'bijie')!
  const link = groupLinkPath('bijie', bijie.files.index.path, guideGroupNumber(73, bijie.rowsPerGroup))
  // The index and the group both damaged on the way: the index fails first, the group is never handed over.
  serve.set(link, out.files.get(link)!.replace('失业保险金', '失业保险费'))
  serve.set(bijie.files.index.path, out.files.get(bijie.files.index.path)!.replace('失业保险金', '失业保险费'))
  loader.warmItem!('bijie', 'bj-073')
  const group = loader.itemGroup('bijie', 'bj-073')
  arrive()
  await expect(group).rejects.toMatchObject({ kind: 'tampered' })
  expect(requests).toContain(`${ORIGIN}/${link}`)
  // 重试 downloads both afresh (the group under the name the index lists), not the bad bytes asked for ahead.
  serve.clear()
  expect((await loader.itemGroup('bijie', 'bj-073')).items['bj-073']).toBeDefined()
})

test('a first open of a remote guide uses what was asked for ahead once it verifies, without waiting for the download code', async () => {
  const { loader, requests, arrive, out, opened } = setup({ slowCode: true, firstOpen: true })
  const bijie = out.manifest.regions.find((r) => r.id === 'bijie')!
  loader.warmItem!('bijie', 'bj-073')
  // The download code has not arrived, and the guide is there.
  expect((await loader.itemGroup('bijie', 'bj-073')).items['bj-073'].name).toBe('市本级参保人员办理失业保险金申领')
  expect((await loader.regionIndex('bijie')).region.id).toBe('bijie')
  expect(loader.isOpen()).toBe(false)
  expect(opened()).toBe(0)
  // The offline copy opens the downloading loader, which takes over the same downloads (nothing twice).
  const kept = loader.prefetchRegion('bijie')
  arrive()
  await kept
  expect(requests.filter((r) => r.endsWith(bijie.files.index.path))).toHaveLength(1)
  const index = out.files.get(bijie.files.index.path)!
  const own = (JSON.parse(index) as { guides: { path: string; itemIds: string[] }[] }).guides.find((g) => g.itemIds.includes('bj-073'))!.path
  expect(requests.filter((r) => r.endsWith(own))).toHaveLength(0)
  expect(loader.availableOffline('bijie')).toBe(true)
})

test('a first open whose files do not verify leaves it to the downloading loader, which says why', async () => {
  const { loader, arrive, out, opened, serve } = setup({ slowCode: true, firstOpen: true })
  const bijie = out.manifest.regions.find((r) => r.id === 'bijie')!
  serve.set(bijie.files.index.path, out.files.get(bijie.files.index.path)!.replace('失业保险金', '失业保险费'))
  loader.warmItem!('bijie', 'bj-073')
  const group = loader.itemGroup('bijie', 'bj-073')
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(opened()).toBe(1)
  arrive()
  await expect(group).rejects.toMatchObject({ kind: 'tampered' })
})
