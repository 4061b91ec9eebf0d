import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TabKey } from '../../domain/routes'
import { useElderMode, useTabPage } from '../../hooks'
import { drawsTabsInPage } from '../../platform'
import BottomTabs from '../BottomTabs'

interface PageShellProps {
  children: ReactNode
  /** Leaves room for a fixed bottom bar. */
  withBar?: boolean
  /** A tab page (首页, 分类, 我的): marks its tab current; on H5 also draws the tabs at the bottom. */
  tab?: TabKey
  className?: string
}

/** Root of every page: applies 长辈模式 and the page background. */
export default function PageShell({ children, withBar, tab, className }: PageShellProps) {
  const { elder } = useElderMode()
  useTabPage(tab)
  const bar = withBar || Boolean(tab)
  return (
    <View className={['page', elder ? 'page--elder' : '', bar ? 'page--with-bar' : '', className ?? ''].filter(Boolean).join(' ')} data-elder={elder ? 'on' : 'off'}>
      {children}
      {tab && drawsTabsInPage() && <BottomTabs current={tab} />}
    </View>
  )
}
