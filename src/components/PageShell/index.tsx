import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useElderMode, usePageChromeHere } from '../../hooks'
import { drawsTabsInPage, Pressable } from '../../platform'
import BottomTabs from '../BottomTabs'
import SinglePageNotice from '../SinglePageNotice'

interface PageShellProps {
  children: ReactNode
  /** Leaves room for a fixed bottom bar. */
  withBar?: boolean
  className?: string
}

/**
 * Root of every page: applies 长辈模式, the page background, and the chrome every page shares, from
 * the page's chrome (usePageChrome, put in context by the page wrapper): the way back (H5, opened
 * inside the app) or home (opened from a link), the line on Moments' single page, the tabs of a tab page.
 */
export default function PageShell({ children, withBar, className }: PageShellProps) {
  const { elder } = useElderMode()
  const chrome = usePageChromeHere()
  const tab = chrome.tab
  const bar = withBar || Boolean(tab)
  return (
    <View
      className={['page', elder ? 'page--elder' : '', bar ? 'page--with-bar' : '', className ?? ''].filter(Boolean).join(' ')}
      data-elder={elder ? 'on' : 'off'}
    >
      {chrome.backLink && (
        <Pressable className='page-nav' label='返回上一页' onPress={chrome.goBack} testId='back'>
          ‹ 返回
        </Pressable>
      )}
      {chrome.homeLink && (
        <Pressable className='page-nav' onPress={chrome.goHome} testId='back-home'>
          ‹ 返回首页
        </Pressable>
      )}
      {chrome.readOnly && <SinglePageNotice />}
      {children}
      {tab && drawsTabsInPage() && <BottomTabs current={tab} />}
    </View>
  )
}
