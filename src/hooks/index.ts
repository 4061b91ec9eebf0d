/**
 * React bindings for the app's data: pages call these (and their subpackage's hooks.ts) and render;
 * they never import services, storage or the generated data themselves (ESLint holds pages and
 * components to that). How data reaches pages may change here and in services, not in pages.
 */
import Taro, { useDidHide, useDidShow, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { GuideSections, Material } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import type { GuideTimes, VenueStatus } from '../domain/calendar'
import type { Catalogue } from '../domain/catalogue/queries'
import { progress, reconcileTicks, toggleTick } from '../domain/checklist'
import {
  addFavourite,
  clearFavourites,
  clearRegion,
  isFavourite,
  pushRecent,
  pushRecentRegion,
  pushSearch,
  removeFavourite,
  removeRecent,
  type ChecklistEntry,
  type Checklists,
  type SavedKind,
} from '../domain/storage'
import { decodeParam, shareTarget, type SharedView, type TabKey } from '../domain/routes'
import { pageDataNeeds, type PageDataNeeds, type PagePath } from '../domain/routes/page-data'
import { hideSystemHomeButton, isSinglePageMode, systemFontScale } from '../platform'
import { holidayCalendar } from '../services/calendar'
import { loadedCatalogue, subscribeRegionStore } from '../services/catalogue'
import { currentRegionIdOf, isKnownRegion, keepRegionOffline, knownRegions, pageDataState, regionStoreVersion, retryFailedLoads } from '../services/region-store'
import { guideTimes, venueStatuses } from '../services/office'
import { hasWriteFailed, onWriteFailure, type PersistentStore } from '../services/storage'
import { checklistsStore, favouritesStore, recentRegionsStore, recentsStore, searchHistoryStore, settingsStore } from '../services/stores'
import { currentTab } from '../services/tabs'

/** The catalogue of the regions in memory: regions, item summaries, themes, categories. */
export function useCatalogue(): Catalogue {
  return useSyncExternalStore(subscribeRegionStore, loadedCatalogue, loadedCatalogue)
}

export function useStore<T>(store: PersistentStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

/** The system font scale at which 长辈模式 starts on by itself (WeChat's "大" font setting and up). */
export const ELDER_FONT_SCALE = 1.25

export function useElderMode(): { elder: boolean; setElder: (on: boolean) => void } {
  const settings = useStore(settingsStore)
  const systemScale = useMemo(() => systemFontScale(), [])
  const setElder = useCallback((on: boolean) => settingsStore.set({ ...settingsStore.get(), elderMode: on }), [])
  return { elder: settings.elderMode ?? systemScale >= ELDER_FONT_SCALE, setElder }
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

/** Saved items (kind 'item', the default) or saved life events (kind 'event') of a region. */
export function useFavourites(regionId: string, kind: SavedKind = 'item') {
  const favourites = useStore(favouritesStore)
  const list = (favourites[regionId] ?? []).filter((s) => s.kind === kind)
  return {
    list,
    isFavourite: (id: string) => isFavourite(favourites, regionId, id, kind),
    toggle(id: string) {
      const current = favouritesStore.get()
      favouritesStore.set(isFavourite(current, regionId, id, kind) ? removeFavourite(current, regionId, id, kind) : addFavourite(current, regionId, id, Date.now(), kind))
    },
    remove: (id: string) => favouritesStore.set(removeFavourite(favouritesStore.get(), regionId, id, kind)),
    /** Clears this kind only: 清空收藏 of items keeps the saved events, and back. */
    clear: () => favouritesStore.set(clearFavourites(favouritesStore.get(), regionId, kind)),
  }
}

export function useRecents(regionId: string) {
  const recents = useStore(recentsStore)
  return {
    list: recents[regionId] ?? [],
    remove: (id: string) => recentsStore.set(removeRecent(recentsStore.get(), regionId, id)),
    clear: () => recentsStore.set(clearRegion(recentsStore.get(), regionId)),
  }
}

/** Records a view of an item once per mount. */
export function useRecordView(regionId: string | null, id: string | null): void {
  useEffect(() => {
    if (regionId && id) recentsStore.set(pushRecent(recentsStore.get(), regionId, id, Date.now()))
  }, [regionId, id])
}

export function useChecklist(guideId: string, materials: readonly Material[], dataVersion: string) {
  const checklists = useStore(checklistsStore)
  const ticked = reconcileTicks(checklists[guideId], materials)
  const save = (next: string[]) => {
    const entry: ChecklistEntry = { dataVersion, ticked: next, updatedAt: Date.now() }
    checklistsStore.set({ ...checklistsStore.get(), [guideId]: entry })
  }
  return {
    ticked,
    progress: progress(ticked, materials),
    toggle: (materialId: string) => save(toggleTick(ticked, materialId)),
    reset: () => save([]),
  }
}

/** Checklist progress of a saved item without its guide loaded: ticks stored against it. */
export function useStoredTicks(): (guideId: string) => ChecklistEntry | undefined {
  const checklists = useStore(checklistsStore)
  return (guideId) => checklists[guideId]
}

export function useSearchHistory() {
  const history = useStore(searchHistoryStore)
  return {
    history,
    remember: (q: string) => searchHistoryStore.set(pushSearch(searchHistoryStore.get(), q)),
    clear: () => searchHistoryStore.set([]),
  }
}

/**
 * The current time for "办公中 / 已下班": refreshed every minute while the page is shown, at once when
 * it is shown again, and not at all while it is hidden (a page under another one, or the app in the
 * background).
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  const [shown, setShown] = useState(true)
  useDidShow(() => {
    setNow(Date.now())
    setShown(true)
  })
  useDidHide(() => setShown(false))
  useEffect(() => {
    if (!shown) return undefined
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, shown])
  return now
}

/** Office status of each venue of the region by venue id, refreshed every minute (lists show one per row). */
export function useVenueStatuses(region: RegionIndex): Map<string, VenueStatus> {
  const now = useNow()
  return useMemo(() => venueStatuses(region, now), [region, now])
}

/** A guide's venue, its status now and the date its time limit lands on, refreshed every minute. */
export function useGuideTimes(region: RegionIndex | undefined, venueId: string | null, limits: GuideSections['timeLimit']): GuideTimes {
  const now = useNow()
  return useMemo(() => guideTimes(region, venueId, limits, now), [region, venueId, limits, now])
}

/** The last year the holiday calendar covers (later dates count weekends only, and pages say so). */
export function useCalendarLastYear(): number {
  return holidayCalendar.lastYear
}

/**
 * Forwarding of this page: to a friend (path) and to Moments (query), with a title, reopening the same
 * view. `describe` is read when the citizen forwards, so it reflects what the page shows then.
 */
export function usePageShare(describe: () => { view: SharedView; title: string; timelineTitle?: string }): void {
  const latest = useRef(describe)
  latest.current = describe
  useShareAppMessage(() => {
    const { view, title } = latest.current()
    const target = shareTarget(view, title)
    return { title: target.title, path: target.path }
  })
  useShareTimeline(() => {
    const { view, title, timelineTitle } = latest.current()
    const target = shareTarget(view, timelineTitle ?? title)
    return { title: target.title, query: target.query }
  })
}

/** A tab page: marks its tab as current whenever it is shown, and hides WeChat's own home button. */
export function useTabPage(key: TabKey | undefined): void {
  useDidShow(() => {
    if (!key) return
    currentTab.set(key)
    hideSystemHomeButton()
  })
}

/** The tab the custom tab bar shows as current. */
export function useCurrentTab(): TabKey {
  return useSyncExternalStore(currentTab.subscribe, currentTab.get, currentTab.get)
}

/** Moments' single-page mode (read-only: no navigation, no saving, no share buttons). */
export function useSinglePageMode(): boolean {
  return useMemo(() => isSinglePageMode(), [])
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

/** Route parameters of the current page (raw; decode with domain/routes). */
export function useRouteParams(): Record<string, string | undefined> {
  return Taro.useRouter().params
}

export function useStorageWarning(): boolean {
  const [failed, setFailed] = useState(hasWriteFailed)
  useEffect(() => onWriteFailure(() => setFailed(true)), [])
  return failed
}

/** Every stored checklist (ticks by guide id): the combined checklist of a life event reads several. */
export function useChecklists(): Checklists {
  return useStore(checklistsStore)
}

