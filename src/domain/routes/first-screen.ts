/**
 * The H5 first screen's preload, generated at build time from the app's own rules (config/route-preload.ts
 * bundles this module and writes the inline script of index.html): a cold open asks for its page's
 * chunks, and for the index of the region the page will show, beside the entry instead of after it.
 *
 * The script is `(preloadFirstScreen)(queryParams, decodeParam, pageRegionOf, …build facts)`, each
 * function's compiled source as it is: the region is decided by the one rule (page-region.ts), not by a copy.
 */
import type { AnyPageSpec } from './page-spec'
import type { PageRegion } from './page-region'

export { pageRegionOf, regionOrder } from './page-region'
export { decodeParam, queryParams } from './params'
export { PAGE_SPECS } from './specs'
export { PAGES } from './index'

/** Build time: the page's first stage asks for the index of the region it shows (so its first screen may preload it). */
export function wantsRegionIndex(spec: AnyPageSpec): boolean {
  const probe = '\u0000region'
  const wants = spec.wants?.({ params: spec.parse({}), regionId: probe, fromLink: false, linkBroken: false }) ?? {}
  return Object.values(wants).some((w) => w !== null && w[0] === 'index' && w[1] === probe)
}

/** A route's first screen: its page's script files (by number in `files`) and whether it shows a region's index. */
export interface FirstScreenRoute {
  files: number[]
  index: boolean
}

/**
 * Runs inline in index.html, before the entry: adds <link rel=preload as=script fetchpriority=low>
 * for the route's chunks, and for the index chunk of the region pageRegionOf picks. The citizen's saved
 * region is the app's to read (its format is services/storage.ts's): when the link names no region the
 * build knows and this is not a first visit (localStorage holds something), no index is preloaded. A
 * broken link (unknown region) preloads none. Self-contained (what it uses comes in as arguments):
 * only its source is written into the page. ES2017, no helpers.
 */
export function preloadFirstScreen(
  queryOf: (search: string) => Record<string, string>,
  decode: (raw: unknown) => string | null,
  regionOf: (link: string | null, saved: string | null, regionIds: readonly string[]) => PageRegion,
  files: string[],
  routes: Record<string, FirstScreenRoute>,
  indexes: Record<string, string>,
  regionIds: string[],
): void {
  const preload = (href: string) => {
    const link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'script'
    link.setAttribute('fetchpriority', 'low')
    link.href = href
    document.head.appendChild(link)
  }
  const route = Object.prototype.hasOwnProperty.call(routes, window.location.pathname) ? routes[window.location.pathname] : null
  if (!route) return
  for (const file of route.files) preload(files[file])
  if (!route.index) return
  const linked = decode(queryOf(window.location.search).region)
  let firstVisit = false
  try {
    firstVisit = localStorage.length === 0
  } catch (e) {
    // No storage (a locked-down browser): the page decides.
  }
  if (!(linked && regionIds.indexOf(linked) >= 0) && !firstVisit) return
  const shown = regionOf(linked, null, regionIds)
  if (!shown.linkBroken && Object.prototype.hasOwnProperty.call(indexes, shown.regionId)) preload(indexes[shown.regionId])
}
