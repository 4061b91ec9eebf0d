import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useElderMode } from '../../hooks'

interface PageShellProps {
  children: ReactNode
  /** Leaves room for a fixed bottom bar. */
  withBar?: boolean
  className?: string
}

/** Root of every page: applies 长辈模式 and the page background. */
export default function PageShell({ children, withBar, className }: PageShellProps) {
  const { elder } = useElderMode()
  return (
    <View className={['page', elder ? 'page--elder' : '', withBar ? 'page--with-bar' : '', className ?? ''].filter(Boolean).join(' ')} data-elder={elder ? 'on' : 'off'}>
      {children}
    </View>
  )
}
