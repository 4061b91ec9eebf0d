import { View } from '@tarojs/components'
import type { RegionIndex } from '../../../types/generated'
import { a11y, Pressable } from '../../platform'
import './index.scss'

interface RegionSwitchProps {
  regions: RegionIndex[]
  currentId: string
  onChange: (id: string) => void
}

/** Chooses which bundled catalogue (city) the app shows; the choice is remembered. */
export default function RegionSwitch({ regions, currentId, onChange }: RegionSwitchProps) {
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
