/**
 * Where a region's data comes from, and how far it can be trusted. Plain TypeScript: the platform
 * (WeChat's file system and wx.request, or IndexedDB and fetch) is handed in, so every rule here is
 * unit-tested in Node.
 *
 *  - Bundled regions (TARO_APP_BUNDLED_REGIONS) ship inside the app: offline from the first launch.
 *  - Every other region's files come from the data origin (TARO_APP_DATA_ORIGIN), are checked against
 *    the manifest's byte length and SHA-256 before use, and are cached on the phone. A cached region
 *    works offline; the cache evicts whole regions, least recently used first, over its budget.
 *  - Without an origin (the default build) nothing is ever fetched.
 *  - A newer manifest found at launch is downloaded for the regions the citizen has used and adopted on
 *    the next launch, only once all of it arrived intact; until then, and whenever a download fails or
 *    is tampered with, the data already on the phone stays in use. Nothing the citizen saved (stored
 *    under other keys) is touched by any of this.
 */
import type {
  DataFileRef,
  DataManifest,
  GuideGroupRef,
  ManifestRegion,
  ProvinceIndexFile,
  RegionGuidesFile,
  RegionIndexFile,
  RegionLifeEventsFile,
  RegionSearchFile,
} from '../../../types/region-data'
import { DEFAULT_CACHE_BUDGET, planEviction, type CachedFile } from './cache-policy'
import { parseJsonOrUndefined, RegionDataError, type BundledFile, type DataCache, type FetchText, type RegionDataLoader } from './contract'
import { checkIntegrity, type Sha256 } from './integrity'
import { hasFullDigests } from './region-digests'
import type { DataKind, DataOf, parseData } from './schemas'

export { REGION_DATA_MESSAGES, RegionDataError, type BundledFile, type DataCache, type FetchText, type RegionDataErrorKind, type RegionDataLoader } from './contract'

export interface RegionDataLoaderOptions {
  /** The manifest this build was made with. */
  manifest: DataManifest
  /** The static data origin without a trailing slash; null: never fetch. */
  origin: string | null
  fetchText: FetchText
  cache: DataCache
  bundled: BundledFile
  /**
   * Completes a region of `manifest` whose refs carry only the 16 hex digits of their names
   * (packed-manifest.ts: a remote region's digests come in its digest group's file). Without it, or if
   * it cannot, that region's downloads are refused as tampered.
   */
  completeRegion?: (region: ManifestRegion) => Promise<ManifestRegion>
  /**
   * The schema check (schemas.ts), opened only when something untrusted must be read: data kept on
   * the phone, a fetched manifest, or a file downloaded under one. A file the build's own manifest
   * lists is trusted once its SHA-256 matches, and the cache holds only files that passed either way.
   */
  schemas: () => Promise<{ parseData: typeof parseData }>
  /** SHA-256 as the platform computes it (integrity.ts). */
  sha256: Sha256
  now?: () => number
  budgetBytes?: number
}

interface InternalOptions extends RegionDataLoaderOptions {
  /** A loader that downloads a newer manifest's files: it keeps the manifest it is given. */
  staging?: boolean
}

const MANIFEST_KEY = 'manifest.current.json'
const PENDING_KEY = 'manifest.pending.json'
const USAGE_KEY = 'usage.json'

export function createRegionDataLoader(options: InternalOptions): RegionDataLoader {
  const now = options.now ?? (() => Date.now())
  const budget = options.budgetBytes ?? DEFAULT_CACHE_BUDGET
  const build = options.manifest.dataVersion
  let active: DataManifest = options.manifest
  let usage: CachedFile[] = []
  let groupsOf: Record<string, { index: string; paths: string[] }> = {}
  let pinned: string | null = null
  const inFlight = new Map<string, Promise<unknown>>()
  // Whether `active` is the build's own manifest (its files were validated by the data build).
  let activeIsBuild = !options.staging

  /** Checked against its schema: for what the phone kept, and what a fetched manifest lists. */
  async function parseChecked<K extends DataKind>(kind: K, text: string | null): Promise<DataOf<K> | undefined> {
    if (!text) return undefined
    return (await options.schemas()).parseData(kind, text)
  }
  const indexes = new Map<string, RegionIndexFile>()

  const regionOf = (manifest: DataManifest, id: string) => manifest.regions.find((r) => r.id === id)

  async function readUsage(): Promise<CachedFile[]> {
    const stored = await parseChecked('usage', await options.cache.read(USAGE_KEY).catch(() => null))
    groupsOf = stored?.groups ?? {}
    return stored?.files ?? []
  }

  async function saveUsage(): Promise<void> {
    await options.cache.write(USAGE_KEY, JSON.stringify({ v: 1, files: usage, groups: groupsOf })).catch(() => undefined)
  }

  async function touch(ref: DataFileRef, regionId: string, stored: boolean): Promise<void> {
    const at = now()
    const known = usage.find((f) => f.path === ref.path)
    if (known) known.usedAt = at
    else if (stored) usage.push({ path: ref.path, regionId, bytes: ref.bytes, usedAt: at })
    else return
    const keep = new Set(active.regions.filter((r) => r.bundled).map((r) => r.id))
    if (pinned) keep.add(pinned)
    keep.add(regionId)
    const evict = new Set(planEviction(usage, budget, keep))
    for (const path of evict) await options.cache.remove(path).catch(() => undefined)
    usage = usage.filter((f) => !evict.has(f.path))
    await saveUsage()
  }

  /** Reads one file: bundled, else cached and intact, else downloaded, verified (and checked if need be) and cached. */
  async function load<T>(ref: DataFileRef, regionId: string, kind: DataKind): Promise<T> {
    const bundled = options.bundled(ref.path)
    if (bundled) return (await bundled) as T
    const running = inFlight.get(ref.path)
    if (running) return running as Promise<T>
    const task = (async () => {
      const cached = await options.cache.read(ref.path).catch(() => null)
      if (cached !== null) {
        const parsed = (await checkIntegrity(cached, ref, options.sha256)) === null ? parseJsonOrUndefined(cached) : undefined
        if (parsed !== undefined) {
          await touch(ref, regionId, true)
          return parsed as T
        }
        // A damaged cache entry is dropped and downloaded again.
        await options.cache.remove(ref.path).catch(() => undefined)
        usage = usage.filter((f) => f.path !== ref.path)
      }
      const text = await download(ref.path, false)
      const problem = await checkIntegrity(text, ref, options.sha256)
      if (problem) throw new RegionDataError('tampered', `${ref.path}: ${problem} does not match the manifest`)
      const parsed = activeIsBuild ? parseJsonOrUndefined(text) : await parseChecked(kind, text)
      if (parsed === undefined) throw new RegionDataError('invalid', `${ref.path} is not a valid data file`)
      const stored = await options.cache.write(ref.path, text).then(
        () => true,
        () => false,
      )
      await touch(ref, regionId, stored)
      return parsed as T
    })()
    inFlight.set(ref.path, task)
    try {
      return await task
    } finally {
      inFlight.delete(ref.path)
    }
  }

  async function download(path: string, fresh: boolean): Promise<string> {
    if (!options.origin) throw new RegionDataError('no-origin', path)
    try {
      return await options.fetchText(`${options.origin}/${path}`, { fresh })
    } catch (error) {
      throw new RegionDataError('download', `${path}: ${(error as Error)?.message ?? error}`)
    }
  }

  function requireRegion(regionId: string): ManifestRegion {
    const region = regionOf(active, regionId)
    if (!region) throw new RegionDataError('unknown-region', regionId)
    return region
  }

  const completing = new Map<string, Promise<ManifestRegion>>()
  /** A region with every digest its files are verified against (completed once, then kept in `active`). */
  async function fullRegion(regionId: string): Promise<ManifestRegion> {
    const region = requireRegion(regionId)
    if (region.bundled || hasFullDigests(region) || !options.completeRegion) return region
    let task = completing.get(regionId)
    if (!task) {
      task = options.completeRegion(region).then((full) => {
        if (active.regions.includes(region)) active = { ...active, regions: active.regions.map((r) => (r === region ? full : r)) }
        return full
      })
      task.catch(() => completing.delete(regionId))
      completing.set(regionId, task)
    }
    return task
  }

  async function regionIndex(regionId: string): Promise<RegionIndexFile> {
    const region = await fullRegion(regionId)
    const file = await load<RegionIndexFile>(region.files.index, regionId, 'index')
    indexes.set(regionId, file)
    const known = groupsOf[regionId]
    if (!options.bundled(region.files.index.path) && known?.index !== region.files.index.path) {
      groupsOf = { ...groupsOf, [regionId]: { index: region.files.index.path, paths: file.guides.map((g) => g.path) } }
      await saveUsage()
    }
    return file
  }

  function groupOf(index: RegionIndexFile, itemId: string): GuideGroupRef | undefined {
    return index.guides.find((g) => g.itemIds.includes(itemId))
  }

  /** After a newer manifest is adopted: forget cached files it no longer lists (old versions). */
  async function dropSuperseded(): Promise<void> {
    const live = new Set<string>([active.province.path])
    for (const region of active.regions) {
      live.add(region.files.index.path)
      live.add(region.files.search.path)
      if (region.files.lifeEvents) live.add(region.files.lifeEvents.path)
      const cached = await options.cache.read(region.files.index.path).catch(() => null)
      if (!cached || !usage.some((f) => f.path === region.files.index.path)) continue
      const index = await parseChecked('index', cached)
      index?.guides.forEach((g) => live.add(g.path))
    }
    const stale = usage.filter((f) => !live.has(f.path))
    for (const f of stale) await options.cache.remove(f.path).catch(() => undefined)
    usage = usage.filter((f) => live.has(f.path))
    await saveUsage()
  }

  const isStored = (path: string) => usage.some((f) => f.path === path)

  return {
    async init() {
      usage = await readUsage()
      if (options.staging) return
      const current = await parseChecked('storedManifest', await options.cache.read(MANIFEST_KEY).catch(() => null))
      const pending = await parseChecked('storedManifest', await options.cache.read(PENDING_KEY).catch(() => null))
      if (pending && pending.build === build && pending.ready) {
        active = pending.manifest
        activeIsBuild = false
        await options.cache.write(MANIFEST_KEY, JSON.stringify(pending)).catch(() => undefined)
        await options.cache.remove(PENDING_KEY).catch(() => undefined)
        await dropSuperseded()
      } else if (current && current.build === build) {
        active = current.manifest
        activeIsBuild = false
      }
      // Regions kept on the phone are completed now, so "available offline" can be told for them at once.
      const kept = [...new Set(usage.map((f) => f.regionId))].filter((id) => id && regionOf(active, id))
      await Promise.all(kept.map((id) => fullRegion(id).catch(() => undefined)))
    },
    manifest: () => active,
    region: (regionId) => regionOf(active, regionId),
    province: () => load<ProvinceIndexFile>(active.province, '', 'province'),
    regionIndex,
    async itemGroup(regionId, itemId) {
      const index = await regionIndex(regionId)
      const group = groupOf(index, itemId)
      if (!group) throw new RegionDataError('unknown-item', `${regionId}/${itemId}`)
      return load<RegionGuidesFile>(group, regionId, 'guides')
    },
    search: async (regionId) => load<RegionSearchFile>((await fullRegion(regionId)).files.search, regionId, 'search'),
    async lifeEvents(regionId) {
      const ref = (await fullRegion(regionId)).files.lifeEvents
      return ref ? load<RegionLifeEventsFile>(ref, regionId, 'lifeEvents') : null
    },
    async prefetchRegion(regionId) {
      const region = await fullRegion(regionId)
      const index = await regionIndex(regionId)
      await load(region.files.search, regionId, 'search')
      if (region.files.lifeEvents) await load(region.files.lifeEvents, regionId, 'lifeEvents')
      for (const group of index.guides) await load(group, regionId, 'guides')
    },
    availableOffline(regionId) {
      const region = regionOf(active, regionId)
      // A remote region not completed yet (its digest group's file not in) lists no search file: not known offline.
      if (!region || (!region.bundled && !hasFullDigests(region))) return false
      if (options.bundled(region.files.index.path) && options.bundled(region.files.search.path)) return true
      if (!isStored(region.files.index.path) || !isStored(region.files.search.path)) return false
      if (region.files.lifeEvents && !isStored(region.files.lifeEvents.path)) return false
      // The groups as the index lists them: in memory this launch, or as recorded when it was cached.
      const recorded = groupsOf[regionId]
      const paths = indexes.get(regionId)?.guides.map((g) => g.path) ?? (recorded?.index === region.files.index.path ? recorded.paths : null)
      return paths ? paths.every((p) => isStored(p) || options.bundled(p) !== undefined) : false
    },
    async checkForUpdate() {
      if (!options.origin) return 'no-origin'
      let next: DataManifest
      try {
        const parsed = await parseChecked('manifest', await download('manifest.json', true))
        if (!parsed) return 'failed'
        next = parsed
      } catch {
        return 'failed'
      }
      if (next.dataVersion === active.dataVersion) return 'none'
      await options.cache.write(PENDING_KEY, JSON.stringify({ build, ready: false, manifest: next })).catch(() => undefined)
      // Download the new files of every region already on the phone, so adopting it loses nothing offline.
      const used = [...new Set(usage.map((f) => f.regionId))].filter((id) => id && regionOf(next, id))
      const staging = createRegionDataLoader({ ...options, manifest: next, budgetBytes: Number.MAX_SAFE_INTEGER, staging: true })
      try {
        await staging.init()
        await staging.province()
        for (const id of used) {
          const wasComplete = active.regions.some((r) => r.id === id) && this.availableOffline(id)
          if (wasComplete) await staging.prefetchRegion(id)
          else {
            await staging.regionIndex(id)
            await staging.search(id)
          }
        }
      } catch {
        usage = await readUsage()
        return 'failed'
      }
      // The staging loader recorded the new files; this loader's view of the cache follows it.
      usage = await readUsage()
      await options.cache.write(PENDING_KEY, JSON.stringify({ build, ready: true, manifest: next })).catch(() => undefined)
      return 'staged'
    },
    pin(regionId) {
      pinned = regionId
    },
  }
}
