/**
 * What of the region data is in memory now, observable by React: region indexes, guide groups and
 * search files, each loading, ready or failed (with the reason a citizen reads, and a retry). Bundled
 * files that are already in memory are ready at once, so a bundled region never shows a loading state
 * on weapp; everything else goes through the loader (verify, cache) and notifies when it lands.
 */
import { fromEntries } from '../domain/collections'
import type { CatalogueItem, GuideFile } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import type { ProvinceIndexFile, RegionGuidesFile, RegionIndexFile, RegionLifeEventsFile, RegionSearchFile } from '../../types/region-data'
import { createCatalogue, type Catalogue } from '../domain/catalogue/queries'
import { RegionDataError } from '../domain/region-data/contract'
import type { PageDataNeeds } from '../domain/routes/page-data'
import { bundledNow, DATA_ORIGIN, regionLoader, warmBundledGroupOf } from './region-data'

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: RegionDataError }

const indexes = new Map<string, Loadable<RegionIndexFile>>()
const groups = new Map<string, Loadable<RegionGuidesFile>>()
const searches = new Map<string, Loadable<RegionSearchFile>>()
const lifeEventFiles = new Map<string, Loadable<RegionLifeEventsFile | null>>()
const provinceTable = new Map<string, Loadable<ProvinceIndexFile>>()
const details = new Map<string, CatalogueItem>()
const guides = new Map<string, GuideFile>()

let version = 0
const listeners = new Set<() => void>()
function changed(): void {
  version++
  catalogueCache = undefined
  listeners.forEach((l) => l())
}

export function subscribeRegionStore(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function regionStoreVersion(): number {
  return version
}

let started: Promise<void> | undefined

/**
 * Once per launch, and before any download: adopt region data downloaded at an earlier launch (what is
 * in memory from the app's own copy is replaced where the adopted manifest differs), then look for newer
 * data in the background, a little later. Without an origin this does nothing at all.
 */
export function startRegionData(): Promise<void> {
  if (!DATA_ORIGIN) return Promise.resolve()
  started ??= regionLoader.init().then(() => {
    const manifest = regionLoader.manifest()
    let stale = false
    for (const [id, entry] of indexes) {
      const region = manifest.regions.find((r) => r.id === id)
      if (entry.status === 'ready' && region && entry.value.dataVersion !== region.dataVersion) {
        indexes.delete(id)
        searches.delete(id)
        lifeEventFiles.delete(id)
        stale = true
      }
    }
    if (stale) changed()
    lookForNewerDataWhenQuiet()
  })
  return started
}

/** How long after the page's own files are in the background look for newer region data starts. */
export const UPDATE_CHECK_DELAY_MS = 3000

const anyLoading = () =>
  [indexes, groups, searches, provinceTable, lifeEventFiles].some((table) => [...(table as Map<string, Loadable<unknown>>).values()].some((e) => e.status === 'loading'))

/**
 * The look for newer data (the manifest, then the new files of regions on the phone) waits until no
 * file a page asked for is still on its way, and then a little longer: on a slow network a shared
 * guide's own files come first.
 */
function lookForNewerDataWhenQuiet(): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = anyLoading()
      ? undefined
      : setTimeout(() => {
          stop()
          void regionLoader.checkForUpdate().catch(() => undefined)
        }, UPDATE_CHECK_DELAY_MS)
  }
  const stop = subscribeRegionStore(arm)
  arm()
}

function asError(error: unknown): RegionDataError {
  return error instanceof RegionDataError ? error : new RegionDataError('download', String((error as Error)?.message ?? error))
}

/** Starts one load; an entry that exists (loading, ready or failed) is left as it is until retryFailedLoads. */
function track<T>(table: Map<string, Loadable<T>>, key: string, load: () => Promise<T>, onReady?: (value: T) => void): Loadable<T> {
  const current = table.get(key)
  if (current) return current
  const entry: Loadable<T> = { status: 'loading' }
  table.set(key, entry)
  load().then(
    (value) => {
      onReady?.(value)
      table.set(key, { status: 'ready', value })
      changed()
    },
    (error) => {
      table.set(key, { status: 'error', error: asError(error) })
      changed()
    },
  )
  return entry
}

/** 重试: forgets every failed load, so the next render starts it again. What loaded stays. */
export function retryFailedLoads(): void {
  for (const table of [indexes, groups, searches, provinceTable, lifeEventFiles] as Map<string, Loadable<unknown>>[]) {
    for (const [key, entry] of table) if (entry.status === 'error') table.delete(key)
  }
  changed()
}

function addGroup(file: RegionGuidesFile): void {
  for (const [id, item] of Object.entries(file.items)) details.set(id, item)
  for (const [id, guide] of Object.entries(file.guides)) guides.set(id, guide)
}

/** The regions this build knows (bundled and remote), in province order. */
export function knownRegions() {
  return regionLoader.manifest().regions
}

export function isKnownRegion(id: string | null | undefined): boolean {
  return Boolean(id && regionLoader.region(id))
}

/** The region shown: the saved one while the build knows it, else the build's first. */
export function currentRegionIdOf(savedRegionId: string | null | undefined): string {
  return savedRegionId && isKnownRegion(savedRegionId) ? savedRegionId : knownRegions()[0].id
}

/** A region's index: bundled ones are ready at once; others start loading. Unknown ids: undefined. */
export function regionIndexEntry(regionId: string): Loadable<RegionIndexFile> | undefined {
  const region = regionLoader.region(regionId)
  if (!region) return undefined
  const known = indexes.get(regionId)
  if (known && known.status === 'ready') return known
  const now = bundledNow<RegionIndexFile>(region.files.index.path)
  if (now) {
    const entry: Loadable<RegionIndexFile> = { status: 'ready', value: now }
    indexes.set(regionId, entry)
    return entry
  }
  return track(indexes, regionId, async () => {
    await startRegionData()
    return regionLoader.regionIndex(regionId)
  })
}

/** The guide group holding an item; undefined while its region's index is not ready or the item is unknown. */
export function itemGroupEntry(regionId: string, itemId: string): Loadable<RegionGuidesFile> | undefined {
  const index = regionIndexEntry(regionId)
  if (index?.status !== 'ready') return undefined
  const ref = index.value.guides.find((g) => g.itemIds.includes(itemId))
  if (!ref) return undefined
  return groupEntry(regionId, ref.path)
}

function groupEntry(regionId: string, path: string): Loadable<RegionGuidesFile> {
  const known = groups.get(path)
  if (known && known.status === 'ready') return known
  const now = bundledNow<RegionGuidesFile>(path)
  if (now) {
    addGroup(now)
    const entry: Loadable<RegionGuidesFile> = { status: 'ready', value: now }
    groups.set(path, entry)
    return entry
  }
  return track(
    groups,
    path,
    async () => {
      await startRegionData()
      const index = await regionLoader.regionIndex(regionId)
      const ref = index.guides.find((g) => g.path === path)!
      return regionLoader.itemGroup(regionId, ref.itemIds[0])
    },
    addGroup,
  )
}

/** Every guide group of a region (公开目录, 我能办什么): the worst state of them, ready when all are. */
export function allGroupsEntry(regionId: string): Loadable<true> | undefined {
  const index = regionIndexEntry(regionId)
  if (index?.status !== 'ready') return undefined
  const entries = index.value.guides.map((g) => groupEntry(regionId, g.path))
  const failed = entries.find((e) => e.status === 'error')
  if (failed) return failed as Loadable<true>
  if (entries.some((e) => e.status === 'loading')) return { status: 'loading' }
  return { status: 'ready', value: true }
}

export function searchEntry(regionId: string): Loadable<RegionSearchFile> | undefined {
  const region = regionLoader.region(regionId)
  if (!region) return undefined
  const known = searches.get(regionId)
  if (known && known.status === 'ready') return known
  // A remote region's search ref is listed by the download code (packed-manifest.ts), not here.
  const now = region.bundled ? bundledNow<RegionSearchFile>(region.files.search.path) : undefined
  if (now) {
    const entry: Loadable<RegionSearchFile> = { status: 'ready', value: now }
    searches.set(regionId, entry)
    return entry
  }
  return track(searches, regionId, async () => {
    await startRegionData()
    return regionLoader.search(regionId)
  })
}

/** The region's 一件事 and eligibility data (null when it has none): bundled ones at once, others downloaded. */
export function lifeEventsEntry(regionId: string): Loadable<RegionLifeEventsFile | null> | undefined {
  const region = regionLoader.region(regionId)
  if (!region) return undefined
  const known = lifeEventFiles.get(regionId)
  if (known && known.status === 'ready') return known
  // Whether a remote region has 一件事 at all only the download code knows (packed-manifest.ts): it asks the loader.
  const ref = region.files.lifeEvents
  const now = ref ? bundledNow<RegionLifeEventsFile>(ref.path) : null
  if (region.bundled && (!ref || now)) {
    const entry: Loadable<RegionLifeEventsFile | null> = { status: 'ready', value: now ?? null }
    lifeEventFiles.set(regionId, entry)
    return entry
  }
  return track(lifeEventFiles, regionId, async () => {
    await startRegionData()
    return regionLoader.lifeEvents(regionId)
  })
}

export function provinceEntry(): Loadable<ProvinceIndexFile> {
  const known = provinceTable.get('p')
  if (known?.status === 'ready') return known
  const now = bundledNow<ProvinceIndexFile>(regionLoader.manifest().province.path)
  if (now) {
    const entry: Loadable<ProvinceIndexFile> = { status: 'ready', value: now }
    provinceTable.set('p', entry)
    return entry
  }
  return track(provinceTable, 'p', async () => {
    await startRegionData()
    return regionLoader.province()
  })
}

/**
 * Whether what a page needs is in memory: starts every load it needs (a guide group once its region's
 * index is there) and reports the first failure, else loading, else ready. An unknown region is ready:
 * the page itself says the link is broken.
 */
export function pageDataState(needs: PageDataNeeds): Loadable<true> {
  const { regionId } = needs
  const entries: (Loadable<unknown> | undefined)[] = []
  if (regionId && isKnownRegion(regionId)) {
    const index = regionIndexEntry(regionId)
    // A remote region's group can be asked for before its index is in (deferred-loader.ts warmItem).
    if (needs.itemId && index?.status === 'loading') regionLoader.warmItem?.(regionId, needs.itemId)
    entries.push(index)
    if (index?.status === 'ready') {
      if (needs.itemId) {
        // An item the region does not list may be another bundled region's (a link with the wrong
        // region): their indexes tell the page which region it belongs to.
        if (!index.value.region.items.some((i) => i.id === needs.itemId)) for (const r of knownRegions()) if (r.bundled) entries.push(regionIndexEntry(r.id))
        entries.push(itemGroupEntry(regionId, needs.itemId))
        // A duplicated seed row names its original's row: that item's group is needed too.
        const original = index.value.region.items.find((i) => i.id === needs.itemId)?.duplicateOf
        if (original) entries.push(itemGroupEntry(regionId, original))
      }
      if (needs.allGroups) entries.push(allGroupsEntry(regionId))
      if (needs.search) entries.push(searchEntry(regionId))
      if (needs.lifeEvents) entries.push(lifeEventsEntry(regionId))
    }
  }
  // Started, but not waited for: the page shows at once, and what it lists of other regions follows.
  if (needs.bundledIndexes) for (const r of knownRegions()) if (r.bundled) regionIndexEntry(r.id)
  if (needs.province) entries.push(provinceEntry())
  const failed = entries.find((e) => e?.status === 'error')
  if (failed) return failed as Loadable<true>
  return entries.some((e) => e?.status === 'loading') ? { status: 'loading' } : { status: 'ready', value: true }
}

/**
 * Starts loading what a page needs before the page exists (a shared link's page, at launch, while the
 * page's own code is still arriving), following up as each file lands until all are in or one fails.
 */
export function preloadPageData(needs: PageDataNeeds): void {
  if (needs.itemId && needs.regionId) warmBundledGroupOf(needs.regionId, needs.itemId)
  if (pageDataState(needs).status !== 'loading') return
  const stop = subscribeRegionStore(() => {
    if (pageDataState(needs).status !== 'loading') stop()
  })
}

/** An item's transcription and guide, once its group is in memory. */
export function loadedDetails(itemId: string): CatalogueItem | undefined {
  return details.get(itemId)
}

export function loadedGuide(guideId: string | null): GuideFile | undefined {
  return guideId ? guides.get(guideId) : undefined
}

/** Every guide in memory, by guide id. */
export function loadedGuides(): Record<string, GuideFile> {
  return fromEntries(guides)
}

let catalogueCache: Catalogue | undefined

/**
 * The catalogue of the regions whose index is in memory: bundled ones required with the code (weapp),
 * and any other once loaded. Reading it starts no load: pages say what they need (page-data.ts), so a
 * shared guide on H5 fetches its own region's index only.
 */
export function loadedCatalogue(): Catalogue {
  if (!catalogueCache) {
    const regions: RegionIndex[] = []
    for (const r of knownRegions()) {
      const entry = indexes.get(r.id) ?? (bundledNow(r.files.index.path) ? regionIndexEntry(r.id) : undefined)
      if (entry?.status === 'ready') regions.push(entry.value.region)
    }
    catalogueCache = createCatalogue({ regions })
  }
  return catalogueCache
}

const keptOffline = new Set<string>()

/**
 * Downloads the rest of a remote region in the background, so it works offline next time. Once per
 * region and launch: every page of the region asks, and each file only needs checking once.
 */
export function keepRegionOffline(regionId: string): void {
  const region = regionLoader.region(regionId)
  if (!region || region.bundled) return
  regionLoader.pin(regionId)
  if (keptOffline.has(regionId)) return
  keptOffline.add(regionId)
  void startRegionData()
    .then(() => regionLoader.prefetchRegion(regionId))
    .then(changed, () => keptOffline.delete(regionId))
}

export function availableOffline(regionId: string): boolean {
  return regionLoader.availableOffline(regionId)
}
