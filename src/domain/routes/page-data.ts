/**
 * What each page needs in memory before it can render, read from its route and the current region:
 * its region's index, and for some pages a guide group, every group, or the search keys.
 * An unknown region in a guide link stays unknown (the page says the link is broken); other pages
 * fall back to the current region.
 */
import { decodeParam, parseItemParams } from './index'

export interface PageDataNeeds {
  regionId: string | null
  /** The item whose guide group the page shows. */
  itemId?: string | null
  /** Every guide group of the region (公开目录, 我能办什么). */
  allGroups?: boolean
  search?: boolean
  province?: boolean
  /** The region's 一件事 and eligibility data. */
  lifeEvents?: boolean
}

type Params = Record<string, unknown>
export type PageDataSelector = (params: Params, currentRegionId: string, isKnown: (id: string) => boolean) => PageDataNeeds

function regionOf(params: Params, current: string, isKnown: (id: string) => boolean): string {
  const wanted = decodeParam(params.region)
  return wanted && isKnown(wanted) ? wanted : current
}

export const PAGE_DATA = {
  /** Home, 分类, 我的, lists: the region of the link, else the current one. */
  region: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown) })) as PageDataSelector,
  /** A guide: exactly the link's region and item. */
  item: ((params) => {
    const parsed = parseItemParams(params)
    return parsed.ok ? { regionId: parsed.regionId, itemId: parsed.id } : { regionId: null }
  }) as PageDataSelector,
  /** Pages that read every guide of the region. */
  allGuides: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), allGroups: true })) as PageDataSelector,
  /** 一件事 and 我能办什么: every guide of the region and its events. */
  lifeEvents: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), allGroups: true, lifeEvents: true })) as PageDataSelector,
  /** The region picker: the province index (names and pinyin of every region). */
  picker: (() => ({ regionId: null, province: true })) as PageDataSelector,
  /** Search: the region's keys, and the province index for other regions' items. */
  search: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), search: true, province: true })) as PageDataSelector,
}
