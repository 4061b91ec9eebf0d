/** The app's persistent state, one store per storage key, with unknown ids pruned on first read. */
import {
  checklistsKey,
  eligibilityAnswersKey,
  favouritesKeyFor,
  pruneChecklists,
  pruneFavourites,
  pruneUnknown,
  recentsKey,
  searchHistoryKey,
  settingsKey,
} from '../domain/storage'
import { catalogue } from './catalogue'
import { createPersistentStore } from './storage'

const known = (id: string) => catalogue.hasItem(id)
const knownEvent = (regionId: string, id: string) => catalogue.findRegion(regionId)?.lifeEvents.some((e) => e.id === id) ?? false

/** Favourites, whose version-1 migration finds each id's region in the bundled catalogue. */
export const favouritesKey = favouritesKeyFor(catalogue.regionIdOfItem)

export const settingsStore = createPersistentStore(settingsKey, (s) => (s.regionId && !catalogue.findRegion(s.regionId) ? { ...s, regionId: null } : s))
export const favouritesStore = createPersistentStore(favouritesKey, (f) => pruneFavourites(f, (s, regionId) => (s.kind === 'item' ? known(s.id) : knownEvent(regionId, s.id))))
export const recentsStore = createPersistentStore(recentsKey, (r) => pruneUnknown(r, known))
export const checklistsStore = createPersistentStore(checklistsKey, (c) => pruneChecklists(c, known))
export const searchHistoryStore = createPersistentStore(searchHistoryKey)
/** 我能办什么 answers the citizen chose to save (null until then). */
export const eligibilityAnswersStore = createPersistentStore(eligibilityAnswersKey)

/** Re-reads every store from storage (after storage changed underneath the app). */
export function reloadAllStores(): void {
  for (const store of [settingsStore, favouritesStore, recentsStore, checklistsStore, searchHistoryStore, eligibilityAnswersStore]) store.reload()
}
