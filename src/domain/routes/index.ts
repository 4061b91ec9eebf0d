/**
 * Page paths and their parameters. Route parameters arrive from links people share, so parsing is
 * defensive: H5 hands them over still percent-encoded, and a garbled value is reported, not thrown.
 */
import { ITEM_ID_PATTERN, LIFE_EVENT_ID_PATTERN, REGION_ID_PATTERN } from '../../../types/policy'
import type { ListKind } from '../catalogue/queries'
import { decodeParam } from './params'

export { decodeParam, queryParams } from './params'
export { pageRegionOf, regionOrder, type PageRegion } from './page-region'

export const PAGES = {
  home: '/pages/home/index',
  browse: '/pages/browse/index',
  mine: '/pages/mine/index',
  list: '/pages/list/index',
  item: '/packages/guide/pages/item/index',
  disclosure: '/packages/guide/pages/disclosure/index',
  search: '/packages/search/pages/search/index',
  regionPicker: '/packages/search/pages/region/index',
  lifeEvent: '/packages/guide/pages/life-event/index',
  eligibility: '/packages/guide/pages/eligibility/index',
  privacy: '/pages/privacy/index',
  retirement: '/packages/tools/pages/retirement/index',
  unemploymentBenefit: '/packages/tools/pages/unemployment-benefit/index',
  /** H5 only (app.config.ts): an address that is no page of the app (h5-paths.ts unknownAddressTarget). */
  notFound: '/pages/not-found/index',
} as const

/** Pages the mini-program does not have: WeChat answers a missing page itself (platform redirectUnknownPages). */
export const H5_ONLY_PAGES: readonly (keyof typeof PAGES)[] = ['notFound']

/** The page key of a page path (PAGES), or null. */
export function pageKeyOf(path: string): keyof typeof PAGES | null {
  const page = `/${path.replace(/^\//, '')}`
  return (Object.keys(PAGES) as (keyof typeof PAGES)[]).find((k) => PAGES[k] === page) ?? null
}

export function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
}

export function itemPath(regionId: string, id: string): string {
  return `${PAGES.item}?${query({ region: regionId, id })}`
}

export function listPath(kind: ListKind, key: string, regionId: string): string {
  return `${PAGES.list}?${query({ kind, key, region: regionId })}`
}

export function disclosurePath(regionId: string): string {
  return `${PAGES.disclosure}?${query({ region: regionId })}`
}

export function searchPath(q?: string, regionId?: string): string {
  const params: Record<string, string> = {}
  if (q) params.q = q
  if (regionId) params.region = regionId
  const text = query(params)
  return text ? `${PAGES.search}?${text}` : PAGES.search
}

/** The three pages of the tab bar, in its order. They are reached with switchTab, which takes no query. */
export const TAB_PAGES = [
  { key: 'home', label: '首页', url: PAGES.home },
  { key: 'browse', label: '分类', url: PAGES.browse },
  { key: 'mine', label: '我的', url: PAGES.mine },
] as const

export type TabKey = (typeof TAB_PAGES)[number]['key']

/** True for a tab page path (with or without a query or leading slash). */
export function isTabPage(url: string): boolean {
  const path = `/${url.split('?')[0].replace(/^\//, '')}`
  return TAB_PAGES.some((t) => t.url === path)
}

/** Every view a citizen can forward, with what reopens it. */
export type SharedView =
  | { page: 'home' | 'browse' | 'mine' | 'disclosure' | 'eligibility'; regionId: string }
  | { page: 'list'; kind: ListKind; key: string; regionId: string }
  | { page: 'item' | 'lifeEvent'; regionId: string; id: string }
  | { page: 'search'; regionId: string; q: string }
  | { page: 'privacy' }
  /** Calculators: the inputs that reopen the same answer (none yet: the empty form). */
  | { page: 'retirement'; birth?: string; kind?: string }
  | { page: 'unemploymentBenefit'; paidYears?: string }

/** The query that reopens a view (also what Moments, which takes a query and not a path, gets). */
export function viewQuery(view: SharedView): string {
  switch (view.page) {
    case 'privacy':
      return ''
    case 'retirement':
      return view.birth && view.kind ? query({ birth: view.birth, kind: view.kind }) : ''
    case 'unemploymentBenefit':
      return view.paidYears ? query({ paidYears: view.paidYears }) : ''
    case 'list':
      return query({ kind: view.kind, key: view.key, region: view.regionId })
    case 'item':
    case 'lifeEvent':
      return query({ region: view.regionId, id: view.id })
    case 'search':
      return query(view.q.trim() ? { q: view.q.trim(), region: view.regionId } : { region: view.regionId })
    default:
      return query({ region: view.regionId })
  }
}

/** The page path with its query: what a forwarded message opens. */
export function viewPath(view: SharedView): string {
  const q = viewQuery(view)
  return q ? `${PAGES[view.page]}?${q}` : PAGES[view.page]
}

export interface ShareTarget {
  title: string
  /** For a friend (onShareAppMessage): page path and query. */
  path: string
  /** For Moments (onShareTimeline): the query of the same page. */
  query: string
}

/** What forwarding a view sends: a title that says what it is, and a path that reopens it. */
export function shareTarget(view: SharedView, title: string): ShareTarget {
  return { title, path: viewPath(view), query: viewQuery(view) }
}

export function lifeEventPath(regionId: string, id: string): string {
  return `${PAGES.lifeEvent}?${query({ region: regionId, id })}`
}

export function eligibilityPath(regionId: string): string {
  return `${PAGES.eligibility}?${query({ region: regionId })}`
}

export type ItemParams = { ok: true; regionId: string; id: string } | { ok: false; reason: 'missing' | 'garbled' }

export function parseItemParams(params: Record<string, unknown>): ItemParams {
  if (params.id === undefined || params.region === undefined || params.id === '' || params.region === '') return { ok: false, reason: 'missing' }
  const id = decodeParam(params.id)
  const regionId = decodeParam(params.region)
  if (!id || !regionId || !ITEM_ID_PATTERN.test(id) || !REGION_ID_PATTERN.test(regionId)) return { ok: false, reason: 'garbled' }
  return { ok: true, regionId, id }
}

export type LifeEventParams = { ok: true; regionId: string; id: string } | { ok: false; reason: 'missing' | 'garbled' }

/** The region and id of a life-event link (一件事); the same defensive decoding as items. */
export function parseLifeEventParams(params: Record<string, unknown>): LifeEventParams {
  if (params.id === undefined || params.region === undefined || params.id === '' || params.region === '') return { ok: false, reason: 'missing' }
  const id = decodeParam(params.id)
  const regionId = decodeParam(params.region)
  if (!id || !regionId || !LIFE_EVENT_ID_PATTERN.test(id) || !REGION_ID_PATTERN.test(regionId)) return { ok: false, reason: 'garbled' }
  return { ok: true, regionId, id }
}

export { chromeRules, pageConfig, sharesToMoments, type ChromeRules, type PageKey } from './page-chrome'
