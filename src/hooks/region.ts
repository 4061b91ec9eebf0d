/** Which region a page shows, the data it receives, and the region the citizen chose. */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import { fromEntries } from '../domain/collections'
import { pageRegionOf } from '../domain/routes'
import { routeOf, type DataOf, type PageRoute, type PageSpec, type Wants } from '../domain/routes/page-spec'
import { pushRecentRegion } from '../domain/storage'
import {
  isKnownRegion,
  keepRegionOffline,
  knownRegionIds,
  knownRegions,
  loadRegionData,
  regionDataOutdated,
  regionDataState,
  retryRegionData,
  regionStoreVersion,
  subscribeRegionStore,
  type Loadable,
  type RegionDataKind,
} from '../services/region-store'
import { recentRegionsStore, settingsStore } from '../services/stores'
import { useRouteParams } from './page'
import { useStore } from './store'

/** The ids of the regions this build knows, in its order (the manifest's list). */

/** The region the citizen chose, or the first one this build knows (the one rule: domain/routes/page-region.ts). */
export function useCurrentRegionId(): string {
  const settings = useStore(settingsStore)
  return pageRegionOf(null, settings.regionId, knownRegionIds()).regionId
}

/** The citizen's region, and the way to choose another (remembered, and listed first next time). */
export function useRegion(): { regionId: string; setRegion: (id: string) => void } {
  const regionId = useCurrentRegionId()
  const setRegion = useCallback((id: string) => {
    if (!isKnownRegion(id)) return
    settingsStore.set({ ...settingsStore.get(), regionId: id })
    recentRegionsStore.set(pushRecentRegion(recentRegionsStore.get(), id))
  }, [])
  return { regionId, setRegion }
}

/**
 * A page's route, decided once: its own parameters parsed by its spec, its region by the one rule
 * (the link's when known, else the citizen's, else the build's first).
 */
export function usePageRoute<P>(spec: Pick<PageSpec<P>, 'parse'>): PageRoute<P> {
  const params = useRouteParams()
  const settings = useStore(settingsStore)
  return useMemo(() => routeOf(spec, params, settings.regionId, knownRegionIds()), [spec, params, settings.regionId])
}

export type { Loadable }

/** What a page asks for, by name: a kind and key each, or null for nothing. */
export type RegionDataWants = Wants
export type RegionDataValues<W extends Wants> = DataOf<W>

const NOTHING: Loadable<undefined> = { status: 'ready', value: undefined }

/**
 * Region data by kind and key, under the names a page gives them: each loading, ready or failed. Loads
 * start in an effect, never in render; an entry already in memory is ready at the first render.
 */
export function useRegionData<W extends RegionDataWants>(wants: W): { [N in keyof W]: Loadable<RegionDataValues<W>[N]> } {
  useSyncExternalStore(subscribeRegionStore, regionStoreVersion, regionStoreVersion)
  const keys = JSON.stringify(Object.values(wants))
  useEffect(() => {
    for (const want of JSON.parse(keys) as (readonly [RegionDataKind, string] | null)[]) if (want) loadRegionData(want[0], want[1])
  }, [keys])
  return fromEntries(Object.entries(wants).map(([name, want]) => [name, want ? regionDataState(want[0], want[1]) : NOTHING])) as {
    [N in keyof W]: Loadable<RegionDataValues<W>[N]>
  }
}

/** 重试 of the shared boundary, and whether the data in use is past its expiry date. */
export function useRegionDataControls(): { retry: () => void; outdated: boolean } {
  useSyncExternalStore(subscribeRegionStore, regionStoreVersion, regionStoreVersion)
  return { retry: retryRegionData, outdated: regionDataOutdated() }
}

/** Once a remote region's page has its data, the rest of the region downloads for offline use. */
export function useKeepRegionOffline(regionId: string, ready: boolean): void {
  useEffect(() => {
    if (ready) keepRegionOffline(regionId)
  }, [ready, regionId])
}

/** Changes whenever region data lands in memory (for views that show what is downloaded). */
export function useRegionStoreVersion(): number {
  return useSyncExternalStore(subscribeRegionStore, regionStoreVersion, regionStoreVersion)
}

/** The regions picked most recently, latest first (the region picker lists them after the current one). */
export function useRecentRegionIds(): string[] {
  return useStore(recentRegionsStore)
}

/**
 * Whether home offers the region picker: when the build knows more than two regions or any region
 * must be downloaded. A build with its two regions bundled keeps the two-button switch.
 */
export function useRegionChoice(): 'switch' | 'picker' {
  const regions = knownRegions()
  return regions.length > 2 || regions.some((r) => !r.bundled) ? 'picker' : 'switch'
}

/** A region's name by id, for every region this build knows (loaded or not). */
export function useRegionName(): (regionId: string) => string {
  return useCallback((regionId: string) => knownRegions().find((r) => r.id === regionId)?.name ?? regionId, [])
}

/** A region as lists of regions show it, without loading its index: its name and whether the name is inferred. */
export interface RegionName {
  id: string
  name: string
  nameInferred?: true
  nameNote?: string
}

const regionName = ({ id, name, nameInferred, nameNote }: RegionName): RegionName => ({ id, name, nameInferred, nameNote })

/** Every region this build knows (the manifest's list), bundled or not: the region switch needs no region's index. */
export function useKnownRegions(): RegionName[] {
  return knownRegions().map(regionName)
}

/** The regions shipped in this build, in the build's order: the fallback a failed remote region offers. */
export function useBundledRegions(): RegionName[] {
  return knownRegions()
    .filter((r) => r.bundled)
    .map(regionName)
}

/**
 * A forwarded tab page names its region in the link (?region=bijie): the citizen sees the region the
 * sender saw, and it becomes theirs. An unknown or garbled region is ignored.
 */
export function useRegionFromLink(route: PageRoute, enabled: boolean): void {
  const wanted = enabled && route.fromLink ? route.regionId : null
  useEffect(() => {
    if (wanted && isKnownRegion(wanted) && settingsStore.get().regionId !== wanted) {
      settingsStore.set({ ...settingsStore.get(), regionId: wanted })
    }
  }, [wanted])
}
