import { Text, View } from '@tarojs/components'
import type { Venue } from '../../../types/catalogue'
import type { OfficeStatus } from '../../domain/calendar'
import { copyText, openVenueOnMap, Pressable } from '../../platform'
import OfficeStatusBadge from '../OfficeStatusBadge'
import { SampleMark } from '../SampleMark'
import './LocationSection.scss'
import PhoneText from '../PhoneText'

interface LocationSectionProps {
  venue: Venue
  window: string
  note?: string
  status: OfficeStatus
}

/** Where and when: the venue, its hours (marked when sample) and whether it is open now, with copy and map actions. */
export default function LocationSection({ venue, window: windowName, note, status }: LocationSectionProps) {
  const place = `${venue.name}（${windowName}）`
  return (
    <View className='location'>
      <View className='location__row'>
        <View className='location__label'>办理地点</View>
        <Text className='location__value' userSelect data-testid='selectable-place'>
          {place}
        </Text>
      </View>
      {note && (
        <View className='muted'>
          <PhoneText text={note} />
        </View>
      )}
      <View className='location__row'>
        <View className='location__label'>办公时间</View>
        <View className='location__value'>
          {venue.hours.text}
          {venue.sample && <SampleMark />}
        </View>
      </View>
      <View className='location__row'>
        <View className='location__label'>现在</View>
        <OfficeStatusBadge status={status} />
      </View>
      {status.uncertain && <View className='location__warn'>今年或下一个办公日的节假日安排尚未收录，办公状态只按周末判断。</View>}
      <View className='muted'>{venue.addressNote}</View>
      <View className='row location__actions'>
        <Pressable className='button button--plain' label={`复制地点：${place}`} onPress={() => void copyText(place, '已复制办理地点')}>
          复制地点
        </Pressable>
        <Pressable className='button button--plain' label='在地图中查看' onPress={() => void openVenueOnMap(venue)}>
          地图
        </Pressable>
      </View>
      {!venue.coordinates && <View className='muted'>暂无准确坐标：点“地图”会复制地点名称，可在地图 App 中搜索。</View>}
    </View>
  )
}
