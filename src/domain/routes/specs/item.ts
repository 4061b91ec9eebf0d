import type { ItemSummary } from '../../../../types/generated'
import type { RegionGuidesFile, RegionIndexFile } from '../../../../types/region-data'
import { lookupInRegion } from '../../catalogue/queries'
import { parseItemParams, type ItemParams } from '../index'
import { pageSpec, want, type PageRoute } from '../page-spec'

/** The item a guide page shows: in its region's index, with its row in the guide group; null for a broken link. */
function shownItem(route: PageRoute<ItemParams>, data: { index?: RegionIndexFile; group?: RegionGuidesFile }): ItemSummary | null {
  if (!route.params.ok || !data.index) return null
  const found = lookupInRegion(data.index.region, route.params.id)
  return found.ok && data.group?.items[found.item.id] ? found.item : null
}

/**
 * 办事指南: an item of a region (?region=&id=). Its region's index first; then the guide group listing
 * the item (and its original's, for a duplicated row). A link naming an unknown region loads nothing.
 * (The index is wanted even for a garbled id: the first screen preloads it from the region alone.)
 */
export const itemSpec = pageSpec({
  key: 'item',
  parse: parseItemParams,
  wants: (route) => ({ index: route.linkBroken ? null : want('index', route.regionId) }),
  more: (route, data) => {
    const found = route.params.ok && data.index ? lookupInRegion(data.index.region, route.params.id) : null
    const item = found?.ok ? found.item : null
    return {
      group: item ? want('group', `${route.regionId}/${item.id}`) : null,
      original: item?.duplicateOf ? want('group', `${route.regionId}/${item.duplicateOf}`) : null,
    }
  },
  title: (route, data) => shownItem(route, data)?.name ?? '事项不存在',
  share: (route, data) => {
    const item = shownItem(route, data)
    // A friend gets the item's name; Moments, where there is no chat context, also the region.
    return item ? { view: { page: 'item', regionId: item.regionId, id: item.id }, subject: item.name, friendTitle: item.name } : null
  },
})
