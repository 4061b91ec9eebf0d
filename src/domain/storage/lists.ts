/** Pure updates of the stored lists. Every function returns a new value and never mutates. */
import { fromEntries } from '../collections'
import { MAX_RECENT_REGIONS, MAX_RECENTS, MAX_SEARCH_HISTORY, type Checklists, type Favourites, type Recents, type SavedEntry, type SavedKind } from './keys'

const sameEntry = (s: SavedEntry, id: string, kind: SavedKind) => s.id === id && s.kind === kind

/** Favourites hold items and life events (一件事); `kind` says which an id is. */
export function isFavourite(favourites: Favourites, regionId: string, id: string, kind: SavedKind = 'item'): boolean {
  return (favourites[regionId] ?? []).some((s) => sameEntry(s, id, kind))
}

export function addFavourite(favourites: Favourites, regionId: string, id: string, now: number, kind: SavedKind = 'item'): Favourites {
  if (isFavourite(favourites, regionId, id, kind)) return favourites
  const entry = { kind, id, savedAt: now } as SavedEntry
  return { ...favourites, [regionId]: [entry, ...(favourites[regionId] ?? [])] }
}

export function removeFavourite(favourites: Favourites, regionId: string, id: string, kind: SavedKind = 'item'): Favourites {
  return { ...favourites, [regionId]: (favourites[regionId] ?? []).filter((s) => !sameEntry(s, id, kind)) }
}

/** Clears a region's saved items, or its saved events, leaving the other kind as it is. */
export function clearFavourites(favourites: Favourites, regionId: string, kind: SavedKind): Favourites {
  return { ...favourites, [regionId]: (favourites[regionId] ?? []).filter((s) => s.kind !== kind) }
}

/** Drops saved items and events the bundled data no longer has. */
export function pruneFavourites(favourites: Favourites, known: (entry: SavedEntry, regionId: string) => boolean): Favourites {
  return fromEntries(Object.entries(favourites).map(([region, list]) => [region, list.filter((s) => known(s, region))] as const))
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
  return fromEntries(Object.entries(checklists).filter(([id]) => known(id)))
}

/** Latest first, de-duplicated, at most 10; blank queries are not remembered. */
export function pushSearch(history: string[], query: string): string[] {
  const q = query.trim().slice(0, 50)
  if (!q) return history
  return [q, ...history.filter((h) => h !== q)].slice(0, MAX_SEARCH_HISTORY)
}

/** The regions picked most recently, latest first, at most five. */
export function pushRecentRegion(recent: readonly string[], regionId: string): string[] {
  return [regionId, ...recent.filter((id) => id !== regionId)].slice(0, MAX_RECENT_REGIONS)
}
