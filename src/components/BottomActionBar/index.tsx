import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/** The sticky bottom action bar of the guide page (call, favourite, share). */
export default function BottomActionBar({ children }: { children: ReactNode }) {
  return (
    <View className='action-bar' aria-role='toolbar' aria-label='操作'>
      {children}
    </View>
  )
}
