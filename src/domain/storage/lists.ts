/** Pure updates of the stored lists. Every function returns a new value and never mutates. */
import { MAX_RECENTS, MAX_SEARCH_HISTORY, type Checklists, type Favourites, type Recents } from './keys'

export function isFavourite(favourites: Favourites, regionId: string, id: string): boolean {
  return (favourites[regionId] ?? []).some((s) => s.id === id)
}

export function addFavourite(favourites: Favourites, regionId: string, id: string, now: number): Favourites {
  if (isFavourite(favourites, regionId, id)) return favourites
  return { ...favourites, [regionId]: [{ id, savedAt: now }, ...(favourites[regionId] ?? [])] }
}

export function removeFavourite(favourites: Favourites, regionId: string, id: string): Favourites {
  return { ...favourites, [regionId]: (favourites[regionId] ?? []).filter((s) => s.id !== id) }
}

export function clearRegion<T>(state: Record<string, T[]>, regionId: string): Record<string, T[]> {
  return { ...state, [regionId]: [] }
}

/** Latest first, de-duplicated, at most 30 per region. */
export function pushRecent(recents: Recents, regionId: string, id: string, now: number): Recents {
  const rest = (recents[regionId] ?? []).filter((r) => r.id !== id)
  return { ...recents, [regionId]: [{ id, viewedAt: now }, ...rest].slice(0, MAX_RECENTS) }
}

export function removeRecent(recents: Recents, regionId: string, id: string): Recents {
  return { ...recents, [regionId]: (recents[regionId] ?? []).filter((r) => r.id !== id) }
}

/** Drops ids that no longer exist in the catalogue (quietly: a renumbered item simply disappears). */
export function pruneUnknown<T extends { id: string }>(state: Record<string, T[]>, known: (id: string) => boolean): Record<string, T[]> {
  const out: Record<string, T[]> = {}
  for (const [region, list] of Object.entries(state)) out[region] = list.filter((x) => known(x.id))
  return out
}

export function pruneChecklists(checklists: Checklists, known: (id: string) => boolean): Checklists {
  // A loop, not Object.fromEntries: that needs iOS 12.2, and this code runs in the weapp main package.
  const out: Checklists = {}
  for (const [id, entry] of Object.entries(checklists)) if (known(id)) out[id] = entry
  return out
}

/** Latest first, de-duplicated, at most 10; blank queries are not remembered. */
export function pushSearch(history: string[], query: string): string[] {
  const q = query.trim().slice(0, 50)
  if (!q) return history
  return [q, ...history.filter((h) => h !== q)].slice(0, MAX_SEARCH_HISTORY)
}
