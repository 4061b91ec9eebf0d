/**
 * Region data in memory, by kind and key, observable by React (hooks/region.ts useRegionData): each
 * entry loading, ready or failed with the reason a citizen reads. Loads start when a page's effect
 * asks (loadRegionData), never while rendering; a file the app already holds in memory (bundled on
 * weapp) is ready at the first render.
 */
import { REGION_FILE_KINDS, type RegionGuidesFile } from '../../types/region-data'
import type { RegionIndex } from '../../types/generated'
import { createCatalogue, type Catalogue } from '../domain/catalogue/queries'
import { RegionDataError, type RegionFileKind, type RegionFiles } from '../domain/region-data/source'
import { regionOrder } from '../domain/routes/page-region'
import { buildManifest, currentSource, sourceFor } from './region-data'

/** What a page can ask for: a file kind, or every guide group of a region (key: region id). */
export type RegionData = RegionFiles & { groups: RegionGuidesFile[] }
export type RegionDataKind = keyof RegionData

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: RegionDataError }

const LOADING: Loadable<never> = { status: 'loading' }
const table = new Map<string, Loadable<unknown>>()
const listeners = new Set<() => void>()
let catalogueCache: Catalogue | undefined
let version = 0

function changed(): void {
  version++
  catalogueCache = undefined
  listeners.forEach((l) => l())
}

export function subscribeRegionStore(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Changes whenever an entry lands or fails (React's snapshot of the store). */
export function regionStoreVersion(): number {
  return version
}

const entryId = (kind: RegionDataKind, key: string) => `${kind}:${key}`
/** The region a file belongs to; null for a file of the whole province (listed in the manifest itself). */
const regionOf = (kind: RegionDataKind, key: string) => (kind !== 'groups' && REGION_FILE_KINDS[kind].listedIn === 'manifest' ? null : key.split('/')[0])

/** The value when it is in memory already (bundled on weapp); undefined otherwise. */
function inMemory<K extends RegionDataKind>(kind: K, key: string): RegionData[K] | undefined {
  const source = currentSource()
  if (kind !== 'groups') return source.now(kind as RegionFileKind, key) as RegionData[K] | undefined
  const index = source.now('index', key)
  const groups = index?.guides.map((g) => source.now('group', `${key}/${g.itemIds[0]}`))
  return groups?.every(Boolean) ? (groups as RegionData[K]) : undefined
}

async function fetchValue<K extends RegionDataKind>(kind: K, key: string): Promise<RegionData[K]> {
  const source = await sourceFor(regionOf(kind, key))
  if (kind !== 'groups') return (await source.load(kind as RegionFileKind, key)) as RegionData[K]
  const index = await source.load('index', key)
  return (await Promise.all(index!.guides.map((g) => source.load('group', `${key}/${g.itemIds[0]}`)))) as RegionData[K]
}

/** The state of one entry; reading it starts nothing. */
export function regionDataState<K extends RegionDataKind>(kind: K, key: string): Loadable<RegionData[K]> {
  const id = entryId(kind, key)
  const known = table.get(id) as Loadable<RegionData[K]> | undefined
  if (known) return known
  const value = inMemory(kind, key)
  if (value === undefined) return LOADING
  const entry: Loadable<RegionData[K]> = { status: 'ready', value }
  table.set(id, entry)
  return entry
}

function asError(error: unknown): RegionDataError {
  return error instanceof RegionDataError ? error : new RegionDataError('download', String((error as Error)?.message ?? error))
}

/** Starts loading an entry unless it is loading or loaded. */
export function loadRegionData(kind: RegionDataKind, key: string): void {
  const id = entryId(kind, key)
  const state = regionDataState(kind, key)
  if (table.has(id) && state.status !== 'error') return
  table.set(id, LOADING)
  fetchValue(kind, key)
    .then(
      (value) => table.set(id, { status: 'ready', value }),
      (error) => table.set(id, { status: 'error', error: asError(error) }),
    )
    .then(changed)
}

/** 重试: loads every failed entry again. What loaded stays. */
export function retryRegionData(): void {
  for (const [id, entry] of table) {
    if (entry.status !== 'error') continue
    const at = id.indexOf(':')
    loadRegionData(id.slice(0, at) as RegionDataKind, id.slice(at + 1))
  }
  changed()
}

/** The regions this build knows (bundled and remote), in province order. */
export function knownRegions() {
  return currentSource().manifest().regions
}

/** The regions' ids in the order the page-region rule reads them (bundled first): app.ts and the page hooks pass this. */
export function knownRegionIds(): string[] {
  return regionOrder(knownRegions())
}

export function isKnownRegion(id: string | null | undefined): boolean {
  return Boolean(id && knownRegions().some((r) => r.id === id))
}

/** The catalogue of the regions whose index is in memory: for the stores' lookups across regions (pruning favourites, recents); pages get their region's index through their spec. */
export function loadedCatalogue(): Catalogue {
  if (!catalogueCache) {
    const regions: RegionIndex[] = []
    for (const r of knownRegions()) {
      const entry = regionDataState('index', r.id)
      if (entry.status === 'ready') regions.push(entry.value.region)
    }
    catalogueCache = createCatalogue({ regions })
  }
  return catalogueCache
}

const keptOffline = new Set<string>()

/** Once a page of a remote region has its data: the rest of the region downloads for offline use. */
export function keepRegionOffline(regionId: string): void {
  if (!buildManifest.regions.some((r) => r.id === regionId && !r.bundled) || keptOffline.has(regionId)) return
  keptOffline.add(regionId)
  void sourceFor(regionId)
    .then((source) => source.keepOffline(regionId))
    .then(changed, () => keptOffline.delete(regionId))
}

export function availableOffline(regionId: string): boolean {
  return currentSource().availableOffline(regionId)
}

/** The data in use is past its expiry date (a line says it may be out of date). */
export function regionDataOutdated(): boolean {
  return currentSource().outdated()
}
