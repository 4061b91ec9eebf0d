import { View } from '@tarojs/components'
import type { RegionIndex } from '../../../types/generated'
import { Pressable } from '../../platform'
import './index.scss'

interface RegionSwitchProps {
  regions: RegionIndex[]
  currentId: string
  onChange: (id: string) => void
}

/** Chooses which bundled catalogue (city) the app shows; the choice is remembered. */
export default function RegionSwitch({ regions, currentId, onChange }: RegionSwitchProps) {
  return (
    <View className='region-switch' aria-role='radiogroup' aria-label='选择地区'>
      {regions.map((r) => (
        <Pressable
          key={r.id}
          role='tab'
          selected={r.id === currentId}
          className={`region-switch__option ${r.id === currentId ? 'region-switch__option--current' : ''}`}
          label={`${r.name}${r.id === currentId ? '（当前）' : ''}`}
          onPress={() => onChange(r.id)}
        >
          {r.name}
          {r.nameInferred ? '*' : ''}
        </Pressable>
      ))}
    </View>
  )
}
