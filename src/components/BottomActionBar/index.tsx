import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '../../platform'
import './index.scss'

/** The sticky bottom action bar of the guide page (call, favourite, share). */
export default function BottomActionBar({ children }: { children: ReactNode }) {
  return (
    <View className='fixed-bottom action-bar' {...a11y('toolbar', '操作')}>
      {children}
    </View>
  )
}
