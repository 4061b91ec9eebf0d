import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PAGES } from '../../domain/routes'
import { a11y, Pressable } from '../../platform'
import './index.scss'

export type TabKey = 'home' | 'browse' | 'mine'

const TABS: { key: TabKey; label: string; url: string }[] = [
  { key: 'home', label: '首页', url: PAGES.home },
  { key: 'browse', label: '分类', url: PAGES.browse },
  { key: 'mine', label: '我的', url: PAGES.mine },
]

/** The three main pages, as a bottom bar of large text tabs. */
export default function BottomTabs({ current }: { current: TabKey }) {
  return (
    <View className='fixed-bottom bottom-tabs' {...a11y('navigation', '主要页面')}>
      {TABS.map((tab) => (
        <Pressable
          key={tab.key}
          current={tab.key === current}
          className={`bottom-tabs__tab ${tab.key === current ? 'bottom-tabs__tab--current' : ''}`}
          onPress={() => {
            if (tab.key !== current) Taro.redirectTo({ url: tab.url })
          }}
        >
          {tab.label}
        </Pressable>
      ))}
    </View>
  )
}
