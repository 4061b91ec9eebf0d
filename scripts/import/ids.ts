/**
 * Re-import keeps what citizens saved: favourites, ticks and guides hang on item ids, so an item
 * that is still in the table (same category, same name) keeps its id wherever its row moved to.
 * A new item gets an id no item ever had in this region, so an old favourite never lands on it.
 */
import type { CatalogueFile, CatalogueItem } from '../../types/catalogue'
import { itemRow } from '../../src/domain/catalogue/item-id'

export interface IdChanges {
  kept: number
  added: { id: string; row: number; name: string }[]
  removed: { id: string; row: number; name: string }[]
  /** Same category, contents and row, different name: a new id; the old one's favourites show 事项不存在或已调整. */
  renamed: { oldId: string; newId: string; from: string; to: string }[]
  /** Kept items whose row number changed. */
  moved: { id: string; fromRow: number; toRow: number }[]
}

const key = (i: Pick<CatalogueItem, 'category' | 'name'>) => `${i.category}\u0000${i.name}`
const pad = (prefix: string, n: number) => `${prefix}-${String(n).padStart(3, '0')}`

export function assignIds(items: CatalogueItem[], prefix: string, existing?: CatalogueFile): { items: CatalogueItem[]; changes: IdChanges | null } {
  if (!existing) return { items, changes: null }
  const oldByKey = new Map<string, CatalogueItem[]>()
  for (const old of existing.items) oldByKey.set(key(old), [...(oldByKey.get(key(old)) ?? []), old])
  const usedOld = new Set<string>()
  const ids = new Map<CatalogueItem, string>()
  const moved: IdChanges['moved'] = []
  for (const item of items) {
    const match = (oldByKey.get(key(item)) ?? []).find((o) => !usedOld.has(o.id))
    if (!match) continue
    usedOld.add(match.id)
    ids.set(item, match.id)
    if (match.row !== item.row) moved.push({ id: match.id, fromRow: match.row, toRow: item.row })
  }
  const reserved = new Set(existing.items.map((i) => i.id))
  let next = Math.max(0, ...existing.items.map((i) => itemRow(i.id) ?? 0), ...items.map((i) => i.row)) + 1
  const added: IdChanges['added'] = []
  for (const item of items) {
    if (ids.has(item)) continue
    let id = pad(prefix, item.row)
    if (reserved.has(id)) id = pad(prefix, next++)
    reserved.add(id)
    ids.set(item, id)
    added.push({ id, row: item.row, name: item.name })
  }
  const removedItems = existing.items.filter((o) => !usedOld.has(o.id))
  const renamed: IdChanges['renamed'] = []
  for (const old of removedItems) {
    const successor = items.find(
      (n) => added.some((a) => a.id === ids.get(n)) && n.category === old.category && n.contents.join('|') === old.contents.join('|') && n.row === old.row,
    )
    if (successor) renamed.push({ oldId: old.id, newId: ids.get(successor)!, from: old.name, to: successor.name })
  }
  const remap = new Map(items.map((i) => [i.id, ids.get(i)!]))
  const out = items.map((i) => ({ ...i, id: ids.get(i)!, ...(i.duplicateOf ? { duplicateOf: remap.get(i.duplicateOf) } : {}) }))
  return {
    items: out,
    changes: {
      kept: usedOld.size,
      added: added.filter((a) => !renamed.some((r) => r.newId === a.id)),
      removed: removedItems.filter((o) => !renamed.some((r) => r.oldId === o.id)).map((o) => ({ id: o.id, row: o.row, name: o.name })),
      renamed,
      moved,
    },
  }
}
