import { View } from '@tarojs/components'
import { searchPath } from '../../domain/routes'
import { usePageLink } from '../../hooks'
import { Pressable } from '../../platform'
import './index.scss'

/** The search box on home: a large tap target that opens the search page. */
export default function SearchEntry({ hint = '如 失业金、社保证明、cybt' }: { hint?: string }) {
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
