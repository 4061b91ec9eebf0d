/**
 * The app's persistent state, one store per storage key, with unknown ids pruned on first read. The
 * 我能办什么 answers' store is eligibility-answers-store.ts: only those pages load it.
 */
import {
  checklistsKey,
  favouritesKeyFor,
  pruneChecklists,
  pruneFavourites,
  pruneUnknown,
  recentRegionsKey,
  recentsKey,
  searchHistoryKey,
  settingsKey,
} from '../domain/storage'
import { isKnownRegion, loadedCatalogue } from './region-store'
import { createPersistentStore } from './storage'

/**
 * An id is pruned only when its region's index is in memory and lacks it: a remote region not loaded
 * yet keeps its favourites and ticks untouched.
 */
const known = (id: string) => {
  const catalogue = loadedCatalogue()
  return catalogue.hasItem(id) || catalogue.regionIdOfItem(id) === undefined
}
const knownEvent = (regionId: string, id: string) => {
  const region = loadedCatalogue().findRegion(regionId)
  return region ? region.lifeEvents.some((e) => e.id === id) : isKnownRegion(regionId)
}

/** Favourites, whose version-1 migration finds each id's region in the bundled catalogue. */
export const favouritesKey = favouritesKeyFor((id) => loadedCatalogue().regionIdOfItem(id))

export const settingsStore = createPersistentStore(settingsKey, (s) => (s.regionId && !isKnownRegion(s.regionId) ? { ...s, regionId: null } : s))
export const favouritesStore = createPersistentStore(favouritesKey, (f) =>
  pruneFavourites(f, (s, regionId) => (s.kind === 'item' ? known(s.id) : knownEvent(regionId, s.id))),
)
export const recentsStore = createPersistentStore(recentsKey, (r) => pruneUnknown(r, known))
export const checklistsStore = createPersistentStore(checklistsKey, (c) => pruneChecklists(c, known))
export const searchHistoryStore = createPersistentStore(searchHistoryKey)
export const recentRegionsStore = createPersistentStore(recentRegionsKey, (ids) => ids.filter(isKnownRegion))

/** Re-reads every store from storage (after storage changed underneath the app), including ones made since. */
export { reloadAllStores } from './storage'
