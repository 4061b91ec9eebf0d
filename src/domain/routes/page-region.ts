/**
 * Which region a page shows: the one rule, used by the app (services/region-store.ts, the page
 * wrapper) and by the H5 first screen: config/route-preload.ts bundles this module into the inline
 * script of index.html, so the region whose index is preloaded is decided by this very code.
 * Keep it free of imports other than domain/routes/params.ts (it runs before the app's entry).
 */

export interface PageRegion {
  regionId: string
  /** The region is the link's (a forwarded tab page makes it the citizen's). */
  fromLink: boolean
  /** The link named a region this build does not know: a page that shows one thing of it says the link is broken. */
  linkBroken: boolean
}

/**
 * The regions in the order the rule reads them: the bundled ones first, so a first launch opens a region
 * that needs no download whatever order the manifest lists them in (an imported region can sort first).
 */
export function regionOrder(regions: readonly { id: string; bundled?: boolean }[]): string[] {
  return regions
    .filter((r) => r.bundled)
    .concat(regions.filter((r) => !r.bundled))
    .map((r) => r.id)
}

/**
 * The link's region, when it names one this build knows; else the citizen's own (saved) one while the
 * build knows it; else the build's first. `regionIds`: the regions this build knows, in regionOrder.
 */
export function pageRegionOf(linkRegionId: string | null | undefined, savedRegionId: string | null | undefined, regionIds: readonly string[]): PageRegion {
  if (linkRegionId && regionIds.indexOf(linkRegionId) >= 0) return { regionId: linkRegionId, fromLink: true, linkBroken: false }
  const regionId = savedRegionId && regionIds.indexOf(savedRegionId) >= 0 ? savedRegionId : regionIds[0]
  return { regionId, fromLink: false, linkBroken: Boolean(linkRegionId) }
}
