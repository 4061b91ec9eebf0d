/**
 * The region sources on the real catalogue's per-region files, with an in-memory origin and cache:
 * remote regions load, verify, cache, work offline, survive failed and tampered downloads; the
 * origin's manifest is signed (bad signature, unknown key, rollback refused; expiry still works);
 * a newer manifest is adopted at the next launch; least recently used regions are evicted; and a
 * build without an origin never fetches anything.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as v from 'valibot'
import { deriveCatalogueIndex } from '../../scripts/data/build'
import { deriveRegionData, sha256Hex, signManifest, type RegionDataOutput } from '../../scripts/data/region-files'
import { createBundledSource } from '../../src/domain/region-data/bundled'
import { planEviction } from '../../src/domain/region-data/remote/cache-policy'
import { openRemoteSource, type RemoteSourceOptions } from '../../src/domain/region-data/remote/source'
import { matchesRef, utf8ToBytes } from '../../src/domain/region-data/remote/verify'
import { RegionDataError, type BundledFiles, type DataCache, type FetchText } from '../../src/domain/region-data/source'
import { DataManifestSchema, type DataManifest } from '../../types/region-data'
import { realDataset, realIndex } from '../helpers/dataset'

const keyFile = (name: string) =>
  readFileSync(path.join(__dirname, '../keys', name), 'utf8')
    .trim()
    .split(':')
const [KEY_ID, PRIVATE_KEY] = keyFile('TEST-ONLY-data-signing.key')
const [, PUBLIC_KEY] = keyFile('TEST-ONLY-data-signing.pub')
const KEYS = { [KEY_ID]: PUBLIC_KEY }
// Another key pair, made for these tests only (a stranger's key, or a rotated one).
const OTHER = { id: 'other-1', priv: '11'.repeat(32) }

const ORIGIN = 'https://data.example.test'
const noBundled: BundledFiles = { now: () => undefined, load: () => undefined }

const outputs = new Map<string, RegionDataOutput>()
/** The real catalogue's region files (derived once per options: tests only read them). */
function output(bundled: string[] = [], version = 100, expires = '2099-12-31'): RegionDataOutput {
  const key = JSON.stringify([bundled, version, expires])
  if (!outputs.has(key)) outputs.set(key, deriveRegionData(realDataset(), realIndex(), { bundled, version, expires }))
  return outputs.get(key)!
}

const signed = (manifest: DataManifest, key = { id: KEY_ID, priv: PRIVATE_KEY }) => JSON.stringify(signManifest(manifest, key.priv, key.id))

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
    return [...this.files.keys()].filter((k) => !['pointer.json', 'usage.json'].includes(k))
  }
}

/** An origin serving the given files and a signed manifest; a test can make it fail, tamper, or count requests. */
function origin(files: Map<string, string>, manifest: DataManifest) {
  const state = {
    requests: [] as string[],
    offline: false,
    tamper: undefined as ((path: string, text: string) => string) | undefined,
    manifestText: signed(manifest),
  }
  const fetchText: FetchText = async (url) => {
    state.requests.push(url)
    if (state.offline) throw new Error('request:fail timeout')
    const file = url.replace(`${ORIGIN}/`, '')
    const text = file === 'manifest.json' ? state.manifestText : files.get(file)
    if (text === undefined) throw new Error(`404 ${file}`)
    return state.tamper && file !== 'manifest.json' ? state.tamper(file, text) : text
  }
  return { state, fetchText }
}

function open(out: RegionDataOutput, fetchText: FetchText, cache: DataCache, more: Partial<RemoteSourceOptions> = {}) {
  return openRemoteSource({ manifest: out.manifest, origin: ORIGIN, keys: KEYS, fetchText, cache, bundled: noBundled, ...more })
}

const fileRequests = (requests: string[]) => requests.filter((r) => !r.endsWith('manifest.json'))

test('UTF-8 bytes as Node encodes them, and a file matches its ref only with both length and SHA-256', () => {
  for (const text of ['abc', '失业保险金申领', '（）《》', 'a😀b', 'x\ud800y', '']) expect(Buffer.from(utf8ToBytes(text))).toEqual(Buffer.from(text, 'utf8'))
  const text = '{"name":"失业保险金申领"}'
  const ref = { bytes: Buffer.byteLength(text), sha256: sha256Hex(text) }
  expect(matchesRef(text, ref)).toBe(true)
  expect(matchesRef(text.replace('失业', '就业'), ref)).toBe(false)
  expect(matchesRef(`${text} `, ref)).toBe(false)
})

test("the manifest says which region names are inferred, with the index's note, so a region list needs no index", () => {
  const { manifest } = output()
  const hami = manifest.regions.find((r) => r.id === 'hami')!
  const bijie = manifest.regions.find((r) => r.id === 'bijie')!
  expect(hami).toMatchObject({ name: '哈密市', nameInferred: true })
  expect(hami.nameNote).toContain('0902')
  // A named region carries neither field (the source names it).
  expect('nameInferred' in bijie || 'nameNote' in bijie).toBe(false)
  expect(v.parse(DataManifestSchema, manifest)).toEqual(manifest)
})

test('a remote region loads: a shared guide needs its index and one guide group, beside the manifest check', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const source = await open(out, fetchText, new MemoryCache())
  const group = await source.load('group', 'bijie/bj-073')
  expect(group!.items['bj-073'].name).toBe('市本级参保人员办理失业保险金申领')
  expect(fileRequests(state.requests)).toHaveLength(2)
  expect(state.requests.filter((r) => r.endsWith('manifest.json'))).toHaveLength(1)
  // One guide of the region is on the phone, not the region: the list must not say it works offline.
  expect(source.availableOffline('bijie')).toBe(false)
  // A region without 一件事 has none (no request, no error).
  expect(await source.load('lifeEvents', 'bijie')).toBeNull()
  expect(fileRequests(state.requests)).toHaveLength(2)
  await expect(source.load('group', 'bijie/bj-999')).rejects.toMatchObject({ kind: 'unknown-item', retryable: false })
  await expect(source.load('index', 'nowhere')).rejects.toMatchObject({ kind: 'unknown-region' })
})

test('a page and the background asking for the same file at once download it once', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const source = await open(out, fetchText, new MemoryCache())
  const [a, b] = await Promise.all([source.load('index', 'bijie'), source.load('index', 'bijie')])
  expect(a).toBe(b)
  expect(fileRequests(state.requests)).toHaveLength(1)
  // Loaded again later: from the cache, no new file request.
  await source.load('index', 'bijie')
  expect(fileRequests(state.requests)).toHaveLength(1)
})

test('a cached region works offline, on the next launch too', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const first = await open(out, fetchText, cache)
  expect(first.availableOffline('hami')).toBe(false)
  await first.keepOffline('hami')
  expect(first.availableOffline('hami')).toBe(true)

  state.offline = true
  const next = await open(out, fetchText, cache)
  expect(next.availableOffline('hami')).toBe(true)
  expect(next.availableOffline('bijie')).toBe(false)
  expect((await next.load('group', 'hami/hm-013'))!.guides['hm-013'].itemId).toBe('hm-013')
  expect((await next.load('search', 'hami'))!.search.docs.length).toBe(31)
  await expect(next.load('index', 'bijie')).rejects.toMatchObject({ kind: 'download', retryable: true })
})

test('a tampered file is rejected, never cached, and a retry after the fault gets the real one', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const source = await open(out, fetchText, cache)
  state.tamper = (_path, text) => text.replace('失业保险金申领', '失业保险金申领（改）')
  const error = (await source.load('index', 'bijie').catch((e: unknown) => e)) as RegionDataError
  expect(error).toBeInstanceOf(RegionDataError)
  expect(error.kind).toBe('tampered')
  expect(error.citizenMessage).toContain('校验未通过')
  expect(cache.dataKeys()).toEqual([])
  // Same length, other bytes: the digest catches it.
  state.tamper = (_path, text) => text.replace('bj-073', 'bj-074')
  await expect(source.load('index', 'bijie')).rejects.toMatchObject({ kind: 'tampered' })
  state.tamper = undefined
  expect((await source.load('index', 'bijie'))!.region.items).toHaveLength(96)
})

/** The output with one region file replaced by `text`, listed in a manifest that vouches for it (hash and length). */
function withListedFile(out: RegionDataOutput, regionId: string, kind: 'index' | 'search', text: string): RegionDataOutput {
  const ref = { path: `${regionId}/${sha256Hex(text).slice(0, 16)}.json`, bytes: Buffer.byteLength(text), sha256: sha256Hex(text) }
  const files = new Map(out.files).set(ref.path, text)
  const regions = out.manifest.regions.map((r) => (r.id === regionId ? { ...r, files: { ...r.files, [kind]: ref } } : r))
  return { files, manifest: { ...out.manifest, regions } }
}

test("a file the signed manifest vouches for, but not of its kind's shape, is refused like a tampered one; nothing cached is lost", async () => {
  const real = output()
  const search = JSON.parse(real.files.get(real.manifest.regions.find((r) => r.id === 'bijie')!.files.search.path)!)
  // Correct hash and length, wrong shape: a search file without its documents, and one that is not JSON.
  for (const text of [JSON.stringify({ ...search, search: { ...search.search, docs: undefined } }), '{"kind":"region-search"', '[]']) {
    const out = withListedFile(real, 'bijie', 'search', text)
    const { state, fetchText } = origin(out.files, out.manifest)
    const cache = new MemoryCache()
    const source = await open(out, fetchText, cache)
    const index = await source.load('index', 'bijie')
    const error = (await source.load('search', 'bijie').catch((e: unknown) => e)) as RegionDataError
    expect(error).toBeInstanceOf(RegionDataError)
    expect(error.kind).toBe('tampered')
    expect(error.citizenMessage).toBe(new RegionDataError('tampered', '').citizenMessage)
    expect(error.retryable).toBe(true)
    // Not cached; what was cached stays and serves offline on the next launch.
    expect(cache.dataKeys()).toEqual([out.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path])
    state.offline = true
    const next = await open(out, fetchText, cache)
    expect(await next.load('index', 'bijie')).toEqual(index)
    await expect(next.load('search', 'bijie')).rejects.toMatchObject({ kind: 'download' })
  }
})

test('a failed download, then 重试; a damaged cache entry is downloaded again', async () => {
  const out = output()
  const { state, fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  const source = await open(out, fetchText, cache)
  state.offline = true
  const error = (await source.load('group', 'hami/hm-013').catch((e: unknown) => e)) as RegionDataError
  expect(error.kind).toBe('download')
  expect(error.retryable).toBe(true)
  expect(error.citizenMessage).toContain('已保存的收藏和材料清单不受影响')
  state.offline = false
  expect((await source.load('group', 'hami/hm-013'))!.items['hm-013'].row).toBe(13)

  const indexPath = out.manifest.regions.find((r) => r.id === 'hami')!.files.index.path
  cache.files.set(indexPath, cache.files.get(indexPath)!.slice(0, 100))
  const again = await open(out, fetchText, cache)
  const count = fileRequests(state.requests).length
  expect((await again.load('index', 'hami'))!.region.name).toBe('哈密市')
  expect(fileRequests(state.requests).length).toBe(count + 1)
})

describe('the signed manifest', () => {
  test('a bad signature, an unknown key and an older release are refused with their message; nothing cached is lost', async () => {
    const out = output()
    const { state, fetchText } = origin(out.files, out.manifest)
    const cache = new MemoryCache()
    const source = await open(out, fetchText, cache)
    await source.load('index', 'hami')
    const kept = new Map(cache.files)

    const text = JSON.parse(signed(out.manifest))
    const cases: [string, string, string][] = [
      [JSON.stringify({ ...text, manifest: text.manifest.replace('"哈密市"', '"哈蜜市"') }), 'signature', '签名不对'],
      [signed(out.manifest, OTHER), 'unknown-key', '不认识的密钥'],
      [signed({ ...out.manifest, version: 99 }), 'rollback', '比手机上的旧'],
    ]
    for (const [manifestText, kind, message] of cases) {
      state.manifestText = manifestText
      const fresh = await open(out, fetchText, cache)
      const error = (await fresh.load('index', 'bijie').catch((e: unknown) => e)) as RegionDataError
      expect(error.kind).toBe(kind)
      expect(error.retryable).toBe(true)
      expect(error.citizenMessage).toContain(message)
      // What the phone kept still opens, and nothing of the refused origin was cached.
      expect((await fresh.load('index', 'hami'))!.region.name).toBe('哈密市')
      expect(new Map([...cache.files].filter(([k]) => k !== 'usage.json'))).toEqual(new Map([...kept].filter(([k]) => k !== 'usage.json')))
    }
    // 重试 once the origin is right again.
    state.manifestText = signed(out.manifest)
    const fixed = await open(out, fetchText, cache)
    expect((await fixed.load('index', 'bijie'))!.region.items).toHaveLength(96)
  })

  test('a rotated key is accepted when the app lists it beside the old one', async () => {
    const out = output()
    const { state, fetchText } = origin(out.files, out.manifest)
    // The other key's public half, derived as the app would be given it.
    const ed = await import('@noble/ed25519')
    const otherPublic = Buffer.from(await ed.getPublicKeyAsync(Buffer.from(OTHER.priv, 'hex'))).toString('hex')
    state.manifestText = signed({ ...out.manifest, version: 101 }, OTHER)
    const source = await open(out, fetchText, new MemoryCache(), { keys: { ...KEYS, [OTHER.id]: otherPublic } })
    expect((await source.load('index', 'bijie'))!.region.items).toHaveLength(96)
  })

  test('past its expiry date the data still works offline, and the source says it may be out of date', async () => {
    const out = output([], 100, '2026-06-30')
    const { state, fetchText } = origin(out.files, out.manifest)
    const cache = new MemoryCache()
    const july = Date.UTC(2026, 6, 1, 12)
    const source = await open(out, fetchText, cache, { now: () => july })
    expect(source.outdated()).toBe(true)
    await source.keepOffline('hami')
    state.offline = true
    const later = await open(out, fetchText, cache, { now: () => july + 86_400_000 })
    expect(later.outdated()).toBe(true)
    expect((await later.load('group', 'hami/hm-013'))!.items['hm-013'].row).toBe(13)
    // The last day itself (China time) is still current.
    const june = await open(out, fetchText, cache, { now: () => Date.UTC(2026, 5, 30, 12) })
    expect(june.outdated()).toBe(false)
  })
})

/** A newer data release: the Hami catalogue with one item renamed, rebuilt into new files. */
function newerRelease(version = 200): RegionDataOutput {
  const dataset = realDataset()
  const catalogues = dataset.catalogues.map((c) =>
    c.region.id === 'hami' ? { ...c, dataVersion: '2026.12.9', items: c.items.map((i) => (i.id === 'hm-013' ? { ...i, name: `${i.name}（新版）` } : i)) } : c,
  )
  const changed = { ...dataset, catalogues }
  return deriveRegionData(changed, deriveCatalogueIndex(changed), { bundled: [], version, expires: '2099-12-31' })
}

/** Waits until a condition on the cache holds (the staging runs in the background): by state, not time. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve))
  expect(condition()).toBe(true)
}

test('a newer manifest is stored at launch, its files downloaded, and it is adopted at the next launch; old files go', async () => {
  const out = output()
  const newer = newerRelease()
  const { state, fetchText } = origin(new Map([...out.files, ...newer.files]), out.manifest)
  const cache = new MemoryCache()
  const first = await open(out, fetchText, cache)
  await first.keepOffline('hami')
  const oldIndex = out.manifest.regions.find((r) => r.id === 'hami')!.files.index.path

  state.manifestText = signed(newer.manifest)
  const second = await open(out, fetchText, cache)
  // This launch keeps what it shows; the newer release downloads in the background.
  expect((await second.load('group', 'hami/hm-013'))!.items['hm-013'].name).not.toContain('新版')
  await until(() => JSON.parse(cache.files.get('pointer.json') ?? '{}').nextReady === true)

  state.offline = true
  const third = await open(out, fetchText, cache)
  expect(third.manifest().version).toBe(200)
  expect(third.availableOffline('hami')).toBe(true)
  expect((await third.load('group', 'hami/hm-013'))!.items['hm-013'].name).toContain('新版')
  expect(cache.files.has(oldIndex)).toBe(false)
})

test('a newer manifest whose files fail to download is not adopted: the old data stays', async () => {
  const out = output()
  const newer = newerRelease()
  const { state, fetchText } = origin(new Map([...out.files, ...newer.files]), out.manifest)
  const cache = new MemoryCache()
  await (await open(out, fetchText, cache)).keepOffline('hami')
  state.manifestText = signed(newer.manifest)
  state.tamper = (file, text) => (newer.files.has(file) && !out.files.has(file) ? `${text}x` : text)
  const second = await open(out, fetchText, cache)
  await second.load('index', 'hami')
  await until(() => cache.files.get('pointer.json') !== undefined)
  const third = await open(out, fetchText, cache)
  expect(third.manifest().version).toBe(100)
  state.offline = true
  expect((await third.load('group', 'hami/hm-013'))!.items['hm-013'].name).not.toContain('新版')
})

test('cache eviction: over budget, whole regions go, least recently used first, never the pinned one', async () => {
  const files = [
    { path: 'a/1.json', regionId: 'a', bytes: 400, usedAt: 1 },
    { path: 'a/2.json', regionId: 'a', bytes: 400, usedAt: 5 },
    { path: 'b/1.json', regionId: 'b', bytes: 400, usedAt: 2 },
    { path: 'c/1.json', regionId: 'c', bytes: 400, usedAt: 3 },
  ]
  expect(planEviction(files, 2000, new Set())).toEqual([])
  expect(planEviction(files, 1200, new Set())).toEqual(['b/1.json'])
  expect(planEviction(files, 800, new Set(['b']))).toEqual(['c/1.json', 'a/1.json', 'a/2.json'])

  const out = output()
  const { fetchText } = origin(out.files, out.manifest)
  const cache = new MemoryCache()
  let clock = 1000
  const bytes = (id: string) => out.manifest.regions.find((r) => r.id === id)!.files.index.bytes
  const source = await open(out, fetchText, cache, { now: () => clock++, budgetBytes: Math.max(bytes('hami'), bytes('bijie')) + 10 })
  await source.load('index', 'hami')
  await source.load('index', 'bijie')
  expect(cache.dataKeys()).toEqual([out.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path])
})

test('the default build (every region bundled, no origin) serves bundled files and makes no request at all', async () => {
  const out = output(['hami', 'bijie'])
  const files: BundledFiles = {
    now: (p) => (out.files.has(p) ? JSON.parse(out.files.get(p)!) : undefined),
    load: (p) => (out.files.has(p) ? Promise.resolve(JSON.parse(out.files.get(p)!)) : undefined),
  }
  // Every way a request could leave the app in Node's tests: fetch (H5's download), counted.
  const requests = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no request may leave a build without an origin'))
  try {
    const source = createBundledSource(out.manifest, files)
    expect((await source.load('index', 'bijie'))!.region.items).toHaveLength(96)
    expect((await source.load('group', 'hami/hm-013'))!.guides['hm-013']).toBeDefined()
    expect((await source.load('province', ''))!.regions).toHaveLength(2)
    expect(source.now('group', 'hami/hm-013')!.items['hm-013'].row).toBe(13)
    expect(source.now('province', '')!.regions).toHaveLength(2)
    expect(source.now('lifeEvents', 'hami')).toBeNull() // this output has no 一件事: none, not pending
    expect(source.now('index', 'nowhere')).toBeUndefined()
    expect(source.availableOffline('hami')).toBe(true)
    expect(await source.load('lifeEvents', 'hami')).toBeNull()
    expect(source.manifest()).toBe(out.manifest)
    expect(source.outdated()).toBe(false)
    expect(createBundledSource(output(['hami']).manifest, files).availableOffline('bijie')).toBe(false)
    // A file the app does not ship is refused, never fetched.
    const noData = createBundledSource(out.manifest, noBundled)
    await expect(noData.load('index', 'hami')).rejects.toMatchObject({ kind: 'no-origin', retryable: false })
    await expect(noData.load('group', 'hami/hm-013')).rejects.toMatchObject({ kind: 'no-origin' })
    expect(requests).toHaveBeenCalledTimes(0)
  } finally {
    requests.mockRestore()
  }
})

test('a build with an origin serves its bundled regions from the app, asking the origin for nothing', async () => {
  const out = output(['hami'])
  const { state, fetchText } = origin(out.files, out.manifest)
  const files: BundledFiles = {
    now: () => undefined,
    load: (p) => (p.startsWith('hami/') || !p.includes('/') ? Promise.resolve(JSON.parse(out.files.get(p)!)) : undefined),
  }
  const source = await open(out, fetchText, new MemoryCache(), { bundled: files })
  expect((await source.load('group', 'hami/hm-013'))!.items['hm-013'].row).toBe(13)
  expect((await source.load('province', ''))!.regions.length).toBe(2)
  // The region list says a bundled region works offline and an unknown one does not; keeping a bundled region asks for nothing.
  expect(source.availableOffline('hami')).toBe(true)
  expect(source.availableOffline('nowhere')).toBe(false)
  await source.keepOffline('hami')
  expect(state.requests).toEqual([])
})
