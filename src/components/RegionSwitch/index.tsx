import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PAGES } from '../../domain/routes'
import { useRegionChoice, type RegionName } from '../../hooks'
import { a11y, Pressable } from '../../platform'
import './index.scss'

interface RegionSwitchProps {
  /** Every region the build ships (names from the manifest: no region's index is needed). */
  regions: RegionName[]
  currentId: string
  onChange: (id: string) => void
}

/**
 * Chooses which region's catalogue the app shows; the choice is remembered. A build with its two
 * regions bundled shows them as two buttons; a province build opens the region picker.
 */
export default function RegionSwitch({ regions, currentId, onChange }: RegionSwitchProps) {
  const choice = useRegionChoice()
  if (choice === 'picker') {
    const current = regions.find((r) => r.id === currentId)
    return (
      <Pressable
        className='region-entry'
        label={`当前地区：${current?.name ?? ''}，切换地区`}
        onPress={() => void Taro.navigateTo({ url: PAGES.regionPicker })}
        testId='region-picker-entry'
      >
        <View className='region-entry__name'>{current?.name}</View>
        <View className='region-entry__action'>切换地区 ›</View>
      </Pressable>
    )
  }
  return (
    <View className='region-switch' {...a11y('radiogroup', '选择地区')}>
      {regions.map((r) => (
        <Pressable
          key={r.id}
          role='radio'
          checked={r.id === currentId}
          className={`region-switch__option ${r.id === currentId ? 'region-switch__option--current' : ''}`}
          label={`${r.name}${r.nameInferred ? '（名称为推定）' : ''}`}
          onPress={() => onChange(r.id)}
        >
          {r.name}
          {r.nameInferred ? '*' : ''}
        </Pressable>
      ))}
    </View>
  )
}
