/**
 * React bindings for the app's data: pages call these (and their subpackage's hooks.ts) and render;
 * they never import services, storage or the generated data themselves (ESLint holds pages and
 * components to that). How data reaches pages may change here and in services, not in pages.
 */
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { GuideSections, Material } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import type { GuideTimes, VenueStatus } from '../domain/calendar'
import type { Catalogue } from '../domain/catalogue/queries'
import { progress, reconcileTicks, toggleTick } from '../domain/checklist'
import {
  addFavourite,
  clearRegion,
  isFavourite,
  pushRecent,
  pushSearch,
  removeFavourite,
  removeRecent,
  type ChecklistEntry,
} from '../domain/storage'
import { systemFontScale } from '../platform'
import { catalogue } from '../services/catalogue'
import { guideTimes, venueStatuses } from '../services/office'
import { hasWriteFailed, onWriteFailure, type PersistentStore } from '../services/storage'
import { checklistsStore, favouritesStore, recentsStore, searchHistoryStore, settingsStore } from '../services/stores'

/** The catalogue of every region: regions, item summaries, themes, categories. */
export function useCatalogue(): Catalogue {
  return catalogue
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

export function useRegion(): { region: RegionIndex; setRegion: (id: string) => void } {
  const settings = useStore(settingsStore)
  const setRegion = useCallback((id: string) => {
    if (catalogue.findRegion(id)) settingsStore.set({ ...settingsStore.get(), regionId: id })
  }, [])
  return { region: catalogue.regionOrDefault(settings.regionId), setRegion }
}

export function useFavourites(regionId: string) {
  const favourites = useStore(favouritesStore)
  const list = favourites[regionId] ?? []
  return {
    list,
    isFavourite: (id: string) => isFavourite(favourites, regionId, id),
    toggle(id: string) {
      const current = favouritesStore.get()
      favouritesStore.set(isFavourite(current, regionId, id) ? removeFavourite(current, regionId, id) : addFavourite(current, regionId, id, Date.now()))
    },
    remove: (id: string) => favouritesStore.set(removeFavourite(favouritesStore.get(), regionId, id)),
    clear: () => favouritesStore.set(clearRegion(favouritesStore.get(), regionId)),
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

/** The current time, refreshed every minute, for "办公中 / 已下班". */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
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

/** Route parameters of the current page (raw; decode with domain/routes). */
export function useRouteParams(): Record<string, string | undefined> {
  return Taro.useRouter().params
}

export function useStorageWarning(): boolean {
  const [failed, setFailed] = useState(hasWriteFailed)
  useEffect(() => onWriteFailure(() => setFailed(true)), [])
  return failed
}
