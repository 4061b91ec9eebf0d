/**
 * What each page needs in memory before it can render, read from its route and the current region:
 * its region's index, and for some pages a guide group, every group, or the search keys.
 * An unknown region in a link is never loaded: pages fall back to the current region (a guide page
 * reads its link itself and says the link is broken).
 */
import { decodeParam, PAGES, parseItemParams } from './index'

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
  /**
   * The index of every bundled region too (home's 最近浏览 and 我的 list items of any region): started
   * with the page, not waited for, so the page shows at once and those entries follow.
   */
  bundledIndexes?: boolean
}

type Params = Record<string, unknown>
export type PageDataSelector = (params: Params, currentRegionId: string, isKnown: (id: string) => boolean) => PageDataNeeds

function regionOf(params: Params, current: string, isKnown: (id: string) => boolean): string {
  const wanted = decodeParam(params.region)
  return wanted && isKnown(wanted) ? wanted : current
}

export const PAGE_DATA = {
  /** 分类, lists: the region of the link, else the current one. */
  region: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown) })) as PageDataSelector,
  /** Home and 我的: that region, and what they list of other regions (最近浏览, 收藏). */
  regionAndRecent: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), bundledIndexes: true })) as PageDataSelector,
  /**
   * A guide: exactly the link's region and item. A broken link (unknown region, missing or garbled
   * parameters) loads the current region, for the page that says so and offers search and home.
   */
  item: ((params, current, isKnown) => {
    const parsed = parseItemParams(params)
    return parsed.ok && isKnown(parsed.regionId) ? { regionId: parsed.regionId, itemId: parsed.id } : { regionId: current }
  }) as PageDataSelector,
  /** Pages that read every guide of the region. */
  allGuides: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), allGroups: true })) as PageDataSelector,
  /** 一件事 and 我能办什么: every guide of the region and its events. */
  lifeEvents: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), allGroups: true, lifeEvents: true })) as PageDataSelector,
  /** The region picker: the province index (names and pinyin of every region). */
  picker: (() => ({ regionId: null, province: true })) as PageDataSelector,
  /** Search: the region's keys, the province index for other regions' items, and bundled regions' indexes (their items open at once). */
  search: ((params, current, isKnown) => ({ regionId: regionOf(params, current, isKnown), search: true, province: true, bundledIndexes: true })) as PageDataSelector,
}

export type PagePath = (typeof PAGES)[keyof typeof PAGES]

/**
 * What each page needs, by its path: pages declare their path (withRegionData), and the launch
 * preload reads the same table to start a shared link's data before the page's code has arrived.
 * A page missing here needs no region data (隐私说明).
 */
export const PAGE_DATA_OF: Partial<Record<PagePath, PageDataSelector>> = {
  [PAGES.home]: PAGE_DATA.regionAndRecent,
  [PAGES.mine]: PAGE_DATA.regionAndRecent,
  [PAGES.browse]: PAGE_DATA.region,
  [PAGES.list]: PAGE_DATA.region,
  [PAGES.item]: PAGE_DATA.item,
  [PAGES.disclosure]: PAGE_DATA.allGuides,
  [PAGES.lifeEvent]: PAGE_DATA.lifeEvents,
  [PAGES.eligibility]: PAGE_DATA.lifeEvents,
  [PAGES.search]: PAGE_DATA.search,
  [PAGES.regionPicker]: PAGE_DATA.picker,
}

/** The needs of a page (by its path, with or without the leading slash); none for an unknown path. */
export function pageDataNeeds(page: string, params: Params, current: string, isKnown: (id: string) => boolean): PageDataNeeds | null {
  const select = PAGE_DATA_OF[`/${page.replace(/^\//, '')}` as PagePath]
  return select ? select(params, current, isKnown) : null
}
