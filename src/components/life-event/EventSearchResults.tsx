import { View } from '@tarojs/components'
import type { EventHit } from '../../domain/search/types'
import { lifeEventPath } from '../../domain/routes'
import { useCatalogue, usePageLink } from '../../hooks'
import { Cell, CellGroup } from '../Cell'

/** Search results that are life events (一件事): above the items, other regions' marked as such. */
export default function EventSearchResults({ hits, regionId }: { hits: readonly EventHit[]; regionId: string }) {
  const catalogue = useCatalogue()
  const link = usePageLink()
  const rows = hits
    .map((h) => ({ hit: h, region: catalogue.findRegion(h.regionId), event: catalogue.findRegion(h.regionId)?.lifeEvents.find((e) => e.id === h.id) }))
    .filter((r) => r.region && r.event)
  if (rows.length === 0) return null
  return (
    <CellGroup title='一件事'>
      {rows.map(({ hit, region, event }) => (
        <View key={`${hit.regionId}-${hit.id}`} data-event-id={hit.id}>
          <Cell
            title={event!.name}
            description={
              <View>
                {hit.regionId !== regionId && <View className='tag tag--warn'>{region!.name}的一件事</View>}
                {hit.byName ? event!.appliesTo : `常用说法：${hit.matched}；${event!.appliesTo}`}
              </View>
            }
            extra={`${event!.stepItemIds.length}步`}
            onPress={link(lifeEventPath(hit.regionId, hit.id))}
          />
        </View>
      ))}
    </CellGroup>
  )
}
