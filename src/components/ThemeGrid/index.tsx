import { View } from '@tarojs/components'
import type { ThemeSummary } from '../../../types/generated'
import { Pressable } from '../../platform'
import './index.scss'

/** The service themes of a region as a grid of large tiles, each with its item count. */
export default function ThemeGrid({ themes, onPress }: { themes: ThemeSummary[]; onPress: (id: string) => void }) {
  return (
    <View className='theme-grid'>
      {themes.map((t) => (
        <Pressable key={t.id} className='theme-grid__tile' label={`${t.name}，${t.itemIds.length}项`} onPress={() => onPress(t.id)} testId={`theme-${t.id}`}>
          <View className='theme-grid__name'>{t.name}</View>
          <View className='theme-grid__count muted'>{t.itemIds.length}项</View>
        </Pressable>
      ))}
    </View>
  )
}
