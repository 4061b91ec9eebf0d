import { View } from '@tarojs/components'
import { TAB_PAGES, type TabKey } from '../../domain/routes'
import { a11y, goToTab, Pressable } from '../../platform'
import './index.scss'

export type { TabKey }

/**
 * The three main pages, as a bottom bar of large text tabs. weapp draws it in the custom tab bar
 * (src/custom-tab-bar); H5 draws it at the bottom of each tab page.
 */
export default function BottomTabs({ current }: { current: TabKey }) {
  return (
    <View className='fixed-bottom bottom-tabs' {...a11y('navigation', '主要页面')}>
      {TAB_PAGES.map((tab) => (
        <Pressable
          key={tab.key}
          role='tab'
          current={tab.key === current}
          label={tab.key === current ? `${tab.label}，当前页` : tab.label}
          className={`bottom-tabs__tab ${tab.key === current ? 'bottom-tabs__tab--current' : ''}`}
          testId={`tab-${tab.key}`}
          onPress={() => {
            if (tab.key !== current) goToTab(tab.url)
          }}
        >
          {tab.label}
        </Pressable>
      ))}
    </View>
  )
}
