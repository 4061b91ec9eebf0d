import { View } from '@tarojs/components'
import type { EventHit } from '../../domain/search/types'
import { lifeEventPath } from '../../domain/routes'
import type { RegionIndex } from '../../../types/generated'
import { usePageLink, useRegionName } from '../../hooks'
import { Cell, CellGroup } from '../Cell'

/**
 * Search results that are life events (一件事): above the items, other regions' marked as such. An event of
 * the page's region shows what its index says of it; another region's, its name from the search hit (the province index).
 */
export default function EventSearchResults({ hits, region }: { hits: readonly EventHit[]; region: RegionIndex }) {
  const regionId = region.id
  const regionName = useRegionName()
  const link = usePageLink()
  const rows = hits
    .map((h) => ({ hit: h, event: h.regionId === regionId ? region.lifeEvents.find((e) => e.id === h.id) : undefined }))
    .filter((r) => r.event || r.hit.name)
  if (rows.length === 0) return null
  return (
    <CellGroup title='一件事'>
      {rows.map(({ hit, event }) => (
        <View key={`${hit.regionId}-${hit.id}`} data-event-id={hit.id}>
          <Cell
            title={event?.name ?? hit.name}
            description={
              <View>
                {hit.regionId !== regionId && <View className='tag tag--warn'>{regionName(hit.regionId)}的一件事</View>}
                {event && (hit.byName ? event.appliesTo : `常用说法：${hit.matched}；${event.appliesTo}`)}
              </View>
            }
            extra={event ? `${event.stepItemIds.length}步` : undefined}
            onPress={link(lifeEventPath(hit.regionId, hit.id))}
          />
        </View>
      ))}
    </CellGroup>
  )
}
