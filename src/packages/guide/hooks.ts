/**
 * The guide subpackage's data for its pages (they import this, never data.ts): kept here, not in
 * src/hooks, so the guides and transcriptions stay out of the main package.
 */
import { useMemo } from 'react'
import type { CatalogueItem } from '../../../types/catalogue'
import type { RegionIndex } from '../../../types/generated'
import { createCatalogue, lookupInRegion } from '../../domain/catalogue/queries'
import type { ItemParams } from '../../domain/routes'
import type { PageRoute } from '../../domain/routes/page-spec'
import type { RegionGuidesFile, RegionIndexFile } from '../../../types/region-data'
import { useGuideTimes } from '../../hooks'
import { registerGuideFiles } from './data'

registerGuideFiles()

/** The files a guide page received: its region's index, the item's guide group, and its original's where it is a duplicated row. */
export interface ItemFiles {
  index?: RegionIndexFile
  group?: RegionGuidesFile
  original?: RegionGuidesFile
}

/** Resolves the route to an item, or to the reason it cannot be shown (plain: no global catalogue, only the page's files). */
function itemOfRoute(route: PageRoute<ItemParams>, files: ItemFiles) {
  const parsed = route.params
  if (!parsed.ok) return { ok: false as const, reason: parsed.reason }
  if (route.linkBroken || !files.index) return { ok: false as const, reason: 'unknown-region' as const }
  const found = lookupInRegion(files.index.region, parsed.id)
  if (!found.ok) return { ok: false as const, reason: found.reason }
  const details = files.group?.items[found.item.id]
  if (!details) return { ok: false as const, reason: 'unknown-item' as const }
  // A duplicated seed row shows the original row's number (the data has it; ids are not parsed).
  const original = details.duplicateOf ? files.original?.items[details.duplicateOf] : undefined
  const guide = found.item.guideId ? (files.group?.guides[found.item.guideId] ?? files.original?.guides[found.item.guideId]) : undefined
  return { ok: true as const, region: found.region, summary: found.item, details, original, guide }
}

/** The guide page's view: the item of the route, its guide, and where and when (venue status, completion date). */
export function useServiceGuide(pageRoute: PageRoute<ItemParams>, files: ItemFiles) {
  const route = useMemo(() => itemOfRoute(pageRoute, files), [pageRoute, files])
  const times = useGuideTimes(
    route.ok ? route.region : undefined,
    route.ok ? route.summary.venueId : null,
    route.ok ? route.guide?.sections.timeLimit : undefined,
  )
  return useMemo(() => (route.ok ? { ...route, times } : route), [route, times])
}

/** The 公开目录 entries of a region, grouped by the catalogue's categories, with their transcriptions. */
export function useDisclosureGroups(
  region: RegionIndex,
  groups: readonly RegionGuidesFile[],
): { name: string; entries: { id: string; name: string; details: CatalogueItem }[] }[] {
  return useMemo(() => {
    const details = Object.assign({}, ...groups.map((g) => g.items)) as Record<string, CatalogueItem>
    const items = createCatalogue({ regions: [region] })
    return region.categories
      .map((c) => ({
        name: c.name,
        entries: items
          .itemsOf(region, c.itemIds)
          .filter((i) => i.kind === 'disclosure')
          .map((i) => ({ id: i.id, name: i.name, details: details[i.id] })),
      }))
      .filter((g) => g.entries.length > 0)
  }, [region, groups])
}
