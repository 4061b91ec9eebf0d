/**
 * One PageSpec per page: what its link means and what it needs, as plain data and functions (no Taro).
 *  - `parse`: the page's own route parameters, parsed once (the region is not among them: every page's
 *    region is decided by the one rule, page-region.ts, from `?region=` and the citizen's choice);
 *  - `wants`: the region data it renders from, by name (a kind and key each, or null for nothing);
 *    `more`, a second stage computed from the first (a guide's group, found in its region's index);
 *  - `share`: what forwarding it sends (null where the link was broken: the one fallback, shareOf);
 *  - `title`: the navigation bar title once the data is in (the page config's until then).
 * app.ts (H5 cold open: the launched page's data starts loading beside its code), the H5 route
 * preload (config/route-preload.ts), the data wrapper (components/RegionGate definePage) and the share
 * menu (hooks/page.ts usePageChrome) all read it. A page without region data needs only key, parse and share.
 */
import type { RegionGuidesFile } from '../../../types/region-data'
import type { RegionFiles } from '../region-data/source'
import type { PageKey } from './page-chrome'
import { pageRegionOf } from './page-region'
import { decodeParam } from './params'
import type { SharedView, TabKey } from './index'

/** What a page can ask for: a region file kind, or every guide group of a region (`groups`, key: region id). */
export type PageData = RegionFiles & { groups: RegionGuidesFile[] }
export type PageDataKind = keyof PageData

export type Want<K extends PageDataKind = PageDataKind> = readonly [K, string]
export type Wants = Record<string, Want | null>

/** The values a page receives for its wants (undefined for a want of null). */
export type DataOf<W extends Wants> = { [N in keyof W]: ValueOf<W[N]> }
type ValueOf<X> = X extends Want<infer K> ? PageData[K] : undefined

/** A want: the file of `kind` under `key`. */
export const want = <K extends PageDataKind>(kind: K, key: string): Want<K> => [kind, key] as const

/** A page's route: its own parameters, parsed once, and the region it shows (page-region.ts). */
export interface PageRoute<P = unknown> {
  params: P
  regionId: string
  /** The region is the link's. */
  fromLink: boolean
  /** The link named a region this build does not know. */
  linkBroken: boolean
}

/** What forwarding a page sends; shareOf builds the titles. */
export interface PageShare {
  view: SharedView
  /** What the page is about, before the region in the title (`${subject} - ${region}人社办事指南`); none: the region's app. */
  subject?: string
  /** A friend has the chat around it: a shorter title (a guide's name); the Moments title when absent. */
  friendTitle?: string
}

export interface PageSpec<P = unknown, W extends Wants = Wants, M extends Wants = Wants> {
  key: PageKey
  /** A tab page (首页, 分类, 我的): a forwarded one adopts the link's region as the citizen's. */
  tab?: TabKey
  parse(raw: Record<string, unknown>): P
  wants?(route: PageRoute<P>): W
  more?(route: PageRoute<P>, data: DataOf<W>): M
  title?(route: PageRoute<P>, data: DataOf<W> & DataOf<M>): string
  share(route: PageRoute<P>, data: DataOf<W> & DataOf<M>): PageShare | null
}

/** Declares a page's spec (the type parameters are inferred from it). */
export function pageSpec<P, W extends Wants = Record<never, never>, M extends Wants = Record<never, never>>(spec: PageSpec<P, W, M>): PageSpec<P, W, M> {
  return spec
}

/** The props a page component receives from its spec. */
export interface PageProps<S> {
  route: S extends PageSpec<infer P, Wants, Wants> ? PageRoute<P> : never
  data: S extends PageSpec<unknown, infer W, infer M> ? DataOf<W> & DataOf<M> : never
}

/** A spec of any page, as the code that serves every page sees it (app.ts, the page wrapper, the share menu). */
export interface AnyPageSpec {
  key: PageKey
  tab?: TabKey
  parse(raw: Record<string, unknown>): unknown
  wants?(route: PageRoute): Wants
  more?(route: PageRoute, data: Record<string, unknown>): Wants
  title?(route: PageRoute, data: Record<string, unknown>): string
  share(route: PageRoute, data: Record<string, unknown>): PageShare | null
}

/** No route parameters of its own (the region is every page's). */
export const noParams = (): Record<never, never> => ({})

/** The app's name, the end of every share title. */
export const APP_NAME = '人社办事指南'

export interface ShareTitles {
  view: SharedView
  /** For a friend (onShareAppMessage). */
  friend: string
  /** For Moments (onShareTimeline), where there is no chat context: always with the region. */
  moments: string
}

/**
 * What forwarding a page sends, built in this one place: its titles, and for a broken link (share is
 * null) or a page still loading, the home page of the region it shows.
 */
export function shareOf(share: PageShare | null, regionId: string, regionName: string): ShareTitles {
  const app = `${regionName}${APP_NAME}`
  if (!share) return { view: { page: 'home', regionId }, friend: app, moments: app }
  const moments = share.subject ? `${share.subject} - ${app}` : app
  return { view: share.view, friend: share.friendTitle ?? moments, moments }
}

/**
 * The route of a page: its parameters parsed once by its spec, its region by the one rule.
 * `savedRegionId`: the citizen's choice; `regionIds`: the regions this build knows, in its order.
 */
export function routeOf<P>(
  spec: Pick<PageSpec<P>, 'parse'>,
  raw: Record<string, unknown>,
  savedRegionId: string | null,
  regionIds: readonly string[],
): PageRoute<P> {
  return { params: spec.parse(raw), ...pageRegionOf(decodeParam(raw.region), savedRegionId, regionIds) }
}

export type { PageKey }
