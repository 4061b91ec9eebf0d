import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Heading } from '../../platform'
import './index.scss'

export default function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <View className='empty-state'>
      <Heading level={2}>{title}</Heading>
      {children && <View className='empty-state__body'>{children}</View>}
    </View>
  )
}
