import { View } from '@tarojs/components'
import type { PickerRegion, PickerSections } from '../../domain/region-picker'
import { availabilityText } from '../../domain/region-picker'
import { CellGroup } from '../Cell'
import { Pressable } from '../../platform'
import './index.scss'

interface RegionPickerProps {
  sections: PickerSections
  offline: (regionId: string) => boolean
  onPick: (regionId: string) => void
}

function RegionRow({
  region,
  offline,
  onPick,
  current,
  county,
}: {
  region: PickerRegion
  offline: boolean
  onPick: (id: string) => void
  current?: boolean
  county?: boolean
}) {
  const availability = availabilityText(region, offline)
  return (
    <Pressable
      role='radio'
      checked={Boolean(current)}
      className={`region-row ${county ? 'region-row--county' : ''}`}
      label={`${region.name}${current ? '，当前地区' : ''}，${availability}`}
      onPress={() => onPick(region.id)}
      testId={`region-${region.id}`}
    >
      <View className='region-row__name'>
        {region.name}
        {current ? '（当前）' : ''}
      </View>
      <View className={`region-row__state ${region.bundled || offline ? 'region-row__state--offline' : ''}`}>{availability}</View>
    </Pressable>
  )
}

/** Cities with their counties, the current region first and recent ones next; each says offline or download size. */
export default function RegionPicker({ sections, offline, onPick }: RegionPickerProps) {
  if (sections.matches) {
    return (
      <CellGroup title={`找到 ${sections.matches.length} 个地区`}>
        {sections.matches.length === 0 ? (
          <View className='region-picker__empty muted'>没有这个地区。可以输入汉字、拼音或首字母，如“毕节”“bijie”“bj”。</View>
        ) : (
          sections.matches.map((r) => (
            <RegionRow key={r.id} region={r} offline={offline(r.id)} onPick={onPick} current={r.id === sections.current?.id} county={r.parent !== null} />
          ))
        )}
      </CellGroup>
    )
  }
  return (
    <View>
      {sections.current && (
        <CellGroup title='当前地区'>
          <RegionRow region={sections.current} offline={offline(sections.current.id)} onPick={onPick} current />
        </CellGroup>
      )}
      {sections.recent.length > 0 && (
        <CellGroup title='最近使用'>
          {sections.recent.map((r) => (
            <RegionRow key={r.id} region={r} offline={offline(r.id)} onPick={onPick} />
          ))}
        </CellGroup>
      )}
      {sections.groups.map((g) => (
        <CellGroup key={g.city.id} title={g.city.name}>
          <RegionRow region={g.city} offline={offline(g.city.id)} onPick={onPick} current={g.city.id === sections.current?.id} />
          {g.counties.map((c) => (
            <RegionRow key={c.id} region={c} offline={offline(c.id)} onPick={onPick} current={c.id === sections.current?.id} county />
          ))}
        </CellGroup>
      ))}
    </View>
  )
}
