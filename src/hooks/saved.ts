/** What the citizen saved on this phone: favourites, recent views, checklists, search history. */
import { useEffect, useState } from 'react'
import type { Material } from '../../types/catalogue'
import { progress, reconcileTicks, toggleTick } from '../domain/checklist'
import {
  addFavourite,
  clearFavourites,
  clearRegion,
  isFavourite,
  pushRecent,
  pushSearch,
  removeFavourite,
  removeRecent,
  type ChecklistEntry,
  type Checklists,
  type SavedKind,
} from '../domain/storage'
import { hasWriteFailed, onWriteFailure } from '../services/storage'
import { checklistsStore, favouritesStore, recentsStore, searchHistoryStore } from '../services/stores'
import { useStore } from './store'

/** Saved items (kind 'item', the default) or saved life events (kind 'event') of a region. */
export function useFavourites(regionId: string, kind: SavedKind = 'item') {
  const favourites = useStore(favouritesStore)
  const list = (favourites[regionId] ?? []).filter((s) => s.kind === kind)
  return {
    list,
    isFavourite: (id: string) => isFavourite(favourites, regionId, id, kind),
    toggle(id: string) {
      const current = favouritesStore.get()
      favouritesStore.set(
        isFavourite(current, regionId, id, kind) ? removeFavourite(current, regionId, id, kind) : addFavourite(current, regionId, id, Date.now(), kind),
      )
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

export function useStorageWarning(): boolean {
  const [failed, setFailed] = useState(hasWriteFailed)
  useEffect(() => onWriteFailure(() => setFailed(true)), [])
  return failed
}

/** Every stored checklist (ticks by guide id): the combined checklist of a life event reads several. */
export function useChecklists(): Checklists {
  return useStore(checklistsStore)
}
