/** The app's persistent state, one store per storage key, with unknown ids pruned on first read. */
import { checklistsKey, favouritesKeyFor, pruneChecklists, pruneUnknown, recentsKey, searchHistoryKey, settingsKey } from '../domain/storage'
import { catalogue } from './catalogue'
import { createPersistentStore } from './storage'

const known = (id: string) => catalogue.hasItem(id)

/** Favourites, whose version-1 migration finds each id's region in the bundled catalogue. */
export const favouritesKey = favouritesKeyFor(catalogue.regionIdOfItem)

export const settingsStore = createPersistentStore(settingsKey, (s) => (s.regionId && !catalogue.findRegion(s.regionId) ? { ...s, regionId: null } : s))
export const favouritesStore = createPersistentStore(favouritesKey, (f) => pruneUnknown(f, known))
export const recentsStore = createPersistentStore(recentsKey, (r) => pruneUnknown(r, known))
export const checklistsStore = createPersistentStore(checklistsKey, (c) => pruneChecklists(c, known))
export const searchHistoryStore = createPersistentStore(searchHistoryKey)

/** Re-reads every store from storage (after storage changed underneath the app). */
export function reloadAllStores(): void {
  for (const store of [settingsStore, favouritesStore, recentsStore, checklistsStore, searchHistoryStore]) store.reload()
}
