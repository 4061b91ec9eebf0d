/** Which region a page shows, and whether its data is in memory. */
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type { RegionIndex } from '../../types/generated'
import type { Catalogue } from '../domain/catalogue/queries'
import { decodeParam } from '../domain/routes'
import { pageDataNeeds, type PageDataNeeds, type PagePath } from '../domain/routes/page-data'
import { pushRecentRegion } from '../domain/storage'
import { loadedCatalogue, subscribeRegionStore } from '../services/catalogue'
import { currentRegionIdOf, isKnownRegion, keepRegionOffline, knownRegions, pageDataState, regionStoreVersion, retryFailedLoads } from '../services/region-store'
import { recentRegionsStore, settingsStore } from '../services/stores'
import { useRouteParams } from './page'
import { useStore } from './store'

/** The catalogue of the regions in memory: regions, item summaries, themes, categories. */
export function useCatalogue(): Catalogue {
  return useSyncExternalStore(subscribeRegionStore, loadedCatalogue, loadedCatalogue)
}

/** The region the citizen chose, or the first one this build knows. */
export function useCurrentRegionId(): string {
  const settings = useStore(settingsStore)
  return currentRegionIdOf(settings.regionId)
}

export function useRegion(): { region: RegionIndex; setRegion: (id: string) => void } {
  const currentId = useCurrentRegionId()
  const catalogue = useCatalogue()
  const setRegion = useCallback((id: string) => {
    if (!isKnownRegion(id)) return
    settingsStore.set({ ...settingsStore.get(), regionId: id })
    recentRegionsStore.set(pushRecentRegion(recentRegionsStore.get(), id))
  }, [])
  return { region: catalogue.regionOrDefault(currentId), setRegion }
}

export type RegionNeeds = PageDataNeeds

/** A page's data needs for its route (see domain/routes/page-data.ts). */
export function usePageDataNeeds(page: PagePath): PageDataNeeds {
  const params = useRouteParams()
  const currentId = useCurrentRegionId()
  return pageDataNeeds(page, params, currentId, isKnownRegion) ?? { regionId: null }
}

export type RegionGateState =
  | { status: 'ready' }
  | { status: 'loading' }
  | { status: 'error'; message: string; retryable: boolean; retry: () => void; regionId: string }

const READY: RegionGateState = { status: 'ready' }
const LOADING: RegionGateState = { status: 'loading' }

/**
 * Whether a page's data is in memory. Bundled data is ready at once; remote data loads (verified and
 * cached) and the page waits with a calm loading line, or a clear message and 重试 when it fails.
 * An unknown region is ready: the page itself says the link is broken.
 */
export function useRegionGate(needs: RegionNeeds): RegionGateState {
  useSyncExternalStore(subscribeRegionStore, regionStoreVersion, regionStoreVersion)
  const { regionId } = needs
  const known = Boolean(regionId && isKnownRegion(regionId))
  const bundled = known && knownRegions().some((r) => r.id === regionId && r.bundled)
  const state = known && regionId ? pageDataState(needs) : null
  const ready = state?.status === 'ready'
  // The rest of a remote region downloads for offline use once this page's own files are in, not
  // beside them (on a slow network they would compete with what the citizen is waiting for).
  useEffect(() => {
    if (ready && !bundled && regionId) keepRegionOffline(regionId)
  }, [ready, bundled, regionId])
  if (!state || !regionId) return READY
  if (state.status === 'error') return { status: 'error', message: state.error.citizenMessage, retryable: state.error.retryable, retry: retryFailedLoads, regionId }
  return state.status === 'loading' ? LOADING : READY
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

/** The regions this build knows, bundled first: the fallback a failed remote region offers. */
export function useBundledRegions(): { id: string; name: string }[] {
  return knownRegions().filter((r) => r.bundled).map((r) => ({ id: r.id, name: r.name }))
}

/**
 * A forwarded tab page names its region in the link (?region=bijie): the citizen sees the region the
 * sender saw. An unknown or garbled region is ignored.
 */
export function useRegionFromLink(params: Record<string, string | undefined>): void {
  const wanted = decodeParam(params.region)
  useEffect(() => {
    if (wanted && isKnownRegion(wanted) && settingsStore.get().regionId !== wanted) {
      settingsStore.set({ ...settingsStore.get(), regionId: wanted })
    }
  }, [wanted])
}
