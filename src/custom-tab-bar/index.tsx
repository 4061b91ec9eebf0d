/**
 * weapp's tab bar (app.config.ts: tabBar.custom). WeChat gives each tab page its own instance; all
 * of them draw the tab of the page being shown (useTabPage in the pages) and follow 长辈模式 like the
 * pages do. H5 has no native tab bar and draws BottomTabs inside the tab pages instead.
 */
import { View } from '@tarojs/components'
import BottomTabs from '../components/BottomTabs'
import { useCurrentTab, useElderMode } from '../hooks'
import './index.scss'

function CustomTabBar() {
  const current = useCurrentTab()
  const { elder } = useElderMode()
  return (
    <View className={`tokens custom-tab-bar ${elder ? 'page--elder' : ''}`} data-elder={elder ? 'on' : 'off'}>
      <BottomTabs current={current} />
    </View>
  )
}

// The tab bar is a WeChat component: let the app's global classes (tokens, buttons) style it.
CustomTabBar.options = { addGlobalClass: true }

export default CustomTabBar
