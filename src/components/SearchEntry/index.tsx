import { View } from '@tarojs/components'
import { searchPath } from '../../domain/routes'
import { usePageLink } from '../../hooks'
import { Pressable } from '../../platform'
import './index.scss'

/** The search box on home: a large tap target that opens the search page; hints are words of the current region's own items (domain/search/hints.ts). */
export default function SearchEntry({ hints }: { hints: string[] }) {
  const hint = hints.length > 0 ? `如 ${hints.join('、')}` : '输入事项名称或常用叫法'
  const link = usePageLink()
  return (
    <View className='search-entry'>
      <Pressable className='search-entry__box' onPress={() => link(searchPath())?.()}>
        <View className='search-entry__icon' aria-hidden>
          搜
        </View>
        <View className='search-entry__hint'>搜索事项，{hint}</View>
      </Pressable>
    </View>
  )
}
