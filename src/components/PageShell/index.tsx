import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { PageChromeContext, useElderMode, type PageChrome } from '../../hooks'
import { drawsTabsInPage, Pressable } from '../../platform'
import BottomTabs from '../BottomTabs'
import SinglePageNotice from '../SinglePageNotice'

interface PageShellProps {
  children: ReactNode
  /**
   * The page's chrome (usePageChrome): its link home when opened from a link, the line on Moments'
   * single page, the tabs of a tab page. Absent only while a page's data is still loading.
   */
  chrome?: PageChrome
  /** Leaves room for a fixed bottom bar. */
  withBar?: boolean
  className?: string
}

/** Root of every page: applies 长辈模式, the page background, and the chrome every page shares. */
export default function PageShell({ children, chrome, withBar, className }: PageShellProps) {
  const { elder } = useElderMode()
  const tab = chrome?.tab
  const bar = withBar || Boolean(tab)
  return (
    <PageChromeContext.Provider value={chrome ?? null}>
      <View
        className={['page', elder ? 'page--elder' : '', bar ? 'page--with-bar' : '', className ?? ''].filter(Boolean).join(' ')}
        data-elder={elder ? 'on' : 'off'}
      >
        {chrome?.homeLink && (
          <Pressable className='page-home' onPress={chrome.goHome} testId='back-home'>
            ‹ 返回首页
          </Pressable>
        )}
        {chrome?.readOnly && <SinglePageNotice />}
        {children}
        {tab && drawsTabsInPage() && <BottomTabs current={tab} />}
      </View>
    </PageChromeContext.Provider>
  )
}
