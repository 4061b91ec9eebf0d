/**
 * Catalogue queries over the generated index: regions, items, themes, categories, audiences.
 * Plain functions over plain data; the service layer binds them to the bundled index.
 */
import type { Hotline } from '../../../types/catalogue'
import type { Applicant, CatalogueIndex, ItemSummary, RegionIndex } from '../../../types/generated'
import { itemIdPrefix } from './item-id'

export type ItemLookup = { ok: true; region: RegionIndex; item: ItemSummary } | { ok: false; reason: 'unknown-item' | 'other-region'; region: RegionIndex }

export interface Catalogue {
  regions: RegionIndex[]
  findRegion(id: string | null | undefined): RegionIndex | undefined
  hasItem(id: string): boolean
  findItem(id: string): ItemSummary | undefined
  /** The region an item id belongs to by its prefix (hm-006 -> hami), whether or not the item still exists. */
  regionIdOfItem(id: string): string | undefined
  itemsOf(region: RegionIndex, ids: readonly string[]): ItemSummary[]
  themeItems(region: RegionIndex, themeId: string): ItemSummary[]
  categoryItems(region: RegionIndex, category: string): ItemSummary[]
  applicantItems(region: RegionIndex, applicant: Applicant): ItemSummary[]
  disclosureItems(region: RegionIndex): ItemSummary[]
}

export function createCatalogue(index: CatalogueIndex): Catalogue {
  const byId = new Map<string, ItemSummary>()
  for (const region of index.regions) {
    for (const item of region.items) {
      byId.set(item.id, item)
    }
  }
  const findRegion = (id: string | null | undefined) => index.regions.find((r) => r.id === id)
  const regionByPrefix = new Map(index.regions.map((r) => [r.idPrefix, r.id]))
  const itemsOf = (region: RegionIndex, ids: readonly string[]) =>
    ids.map((id) => byId.get(id)).filter((i): i is ItemSummary => i !== undefined && i.regionId === region.id)

  return {
    regions: index.regions,
    findRegion,
    hasItem: (id) => byId.has(id),
    findItem: (id) => byId.get(id),
    regionIdOfItem(id) {
      const prefix = itemIdPrefix(id)
      return prefix === null ? undefined : regionByPrefix.get(prefix)
    },
    itemsOf,
    themeItems: (region, themeId) => itemsOf(region, region.themes.find((t) => t.id === themeId)?.itemIds ?? []),
    categoryItems: (region, category) => itemsOf(region, region.categories.find((c) => c.name === category)?.itemIds ?? []),
    applicantItems: (region, applicant) => region.items.filter((i) => i.applicants.includes(applicant)),
    disclosureItems: (region) => region.items.filter((i) => i.kind === 'disclosure'),
  }
}

/**
 * An item that calls for a 办事指南 (not a 公开目录 entry) but has none yet: a bureau imported from its
 * published table starts this way. Its page shows only what the catalogue row says.
 */
export function awaitsGuide(item: ItemSummary): boolean {
  return item.kind !== 'disclosure' && item.guideId === null
}

/**
 * Whether any item of the region has a 办事指南. Without one there is nothing for 一件事 to chain or
 * for 我能办什么 to cite, and nothing sample to mark: those entries are hidden.
 */
export function hasGuides(region: RegionIndex): boolean {
  return region.items.some((i) => i.guideId !== null)
}

/** The number the region's pages offer to dial when nothing more specific applies. */
export function defaultHotline(region: RegionIndex): Hotline {
  return region.hotlines.find((h) => h.id === region.defaultHotlineId)!
}

/** The number an item's seed row names, when the region lists it; else the region's default. */
export function itemHotline(region: RegionIndex, number: string | null): Hotline {
  return region.hotlines.find((h) => h.number === number) ?? defaultHotline(region)
}

/** A hotline of the region by id (guides name their consult and complaint numbers by id). */
export function hotlineById(region: RegionIndex, id: string): Hotline | undefined {
  return region.hotlines.find((h) => h.id === id)
}

export const KIND_LABELS: Record<ItemSummary['kind'], string> = {
  service: '办事服务',
  event: '专项活动',
  penalty: '行政处罚公开',
  disclosure: '公开目录',
}

/** What lists and the item page say of an item whose guide is not written yet (awaitsGuide). */
export const NO_GUIDE_LABEL = '暂无办事指南'

export type ListKind = 'theme' | 'category' | 'audience'

export interface ItemList {
  title: string
  description?: string
  items: ItemSummary[]
}

/** The list a list page shows for its (decoded) route parameters; null for anything unknown. */
export function resolveList(catalogue: Catalogue, region: RegionIndex, kind: string | null, key: string | null): ItemList | null {
  if (!key) return null
  if (kind === 'theme') {
    const theme = region.themes.find((t) => t.id === key)
    return theme ? { title: theme.name, description: theme.description, items: catalogue.themeItems(region, key) } : null
  }
  if (kind === 'category') {
    const items = catalogue.categoryItems(region, key)
    return items.length ? { title: key, description: region.source.columns.category, items } : null
  }
  if (kind === 'audience' && (key === '个人' || key === '单位')) return { title: `${key}办事`, items: catalogue.applicantItems(region, key) }
  return null
}

/**
 * An item of a link in the region it names: the item, or why it cannot be shown. An id of another
 * region's numbering (hm-… under bijie) is a link whose region was changed: 'other-region'.
 */
export function lookupInRegion(region: RegionIndex, id: string): ItemLookup {
  const item = region.items.find((i) => i.id === id)
  if (item) return { ok: true, region, item }
  return { ok: false, reason: itemIdPrefix(id) !== region.idPrefix ? 'other-region' : 'unknown-item', region }
}

/** A list of one region (theme, category or audience), or null when the link's kind or key is unknown. */
export function listOf(region: RegionIndex, kind: string | null, key: string | null): ItemList | null {
  return resolveList(createCatalogue({ regions: [region] }), region, kind, key)
}
