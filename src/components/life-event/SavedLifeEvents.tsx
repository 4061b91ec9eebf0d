import { View } from '@tarojs/components'
import type { RegionIndex } from '../../../types/generated'
import { mergedProgress } from '../../domain/life-events/materials'
import { lifeEventPath } from '../../domain/routes'
import { useChecklists, useFavourites, usePageLink } from '../../hooks'
import { Pressable } from '../../platform'
import { CellGroup } from '../Cell'
import '../ServiceCell/index.scss'

/** 我的: saved life events (一件事) with their combined checklist's progress. Hidden when none is saved. */
export default function SavedLifeEvents({ region }: { region: RegionIndex }) {
  const favourites = useFavourites(region.id, 'event')
  const checklists = useChecklists()
  const link = usePageLink()
  const saved = favourites.list.map((f) => region.lifeEvents.find((e) => e.id === f.id)).filter((e): e is RegionIndex['lifeEvents'][number] => e !== undefined)
  if (saved.length === 0) return null
  return (
    <CellGroup title={`我收藏的一件事（${saved.length}）`}>
      {saved.map((e) => {
        const p = mergedProgress(e.documents, checklists)
        return (
          <View key={e.id} className='service-cell' data-event-id={e.id}>
            <Pressable className='service-cell__main' onPress={() => link(lifeEventPath(region.id, e.id))?.()}>
              <View className='service-cell__body'>
                <View className='service-cell__name'>{e.name}</View>
                <View className='service-cell__meta muted'>
                  <View className='tag'>一件事 · {e.stepItemIds.length}步</View>
                  <View>{e.appliesTo}</View>
                </View>
                {p.total > 0 && (
                  <View className='service-cell__extra'>
                    <View className={`tag ${p.done === p.total ? 'tag--brand' : ''}`}>
                      已备 {p.done}/{p.total}
                    </View>
                  </View>
                )}
              </View>
              <View className='service-cell__arrow' aria-hidden>
                ›
              </View>
            </Pressable>
            <Pressable className='service-cell__remove' label={`移除 ${e.name}`} onPress={() => favourites.remove(e.id)}>
              移除
            </Pressable>
          </View>
        )
      })}
    </CellGroup>
  )
}
