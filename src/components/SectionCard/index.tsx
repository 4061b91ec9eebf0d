import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Heading } from '../../platform'
import { SAMPLE_CONTENT } from '../SampleMark'
import './index.scss'

interface SectionCardProps {
  title: string
  /** Marks the section's text as sample content. */
  sample?: boolean
  children: ReactNode
  testId?: string
}

/** One section of a service guide, titled with the standard's own wording. */
export default function SectionCard({ title, sample, children, testId }: SectionCardProps) {
  return (
    <View className='section-card' data-section={testId}>
      <View className='section-card__head'>
        <Heading level={2}>{title}</Heading>
        {sample && <View className='tag tag--warn'>{SAMPLE_CONTENT}</View>}
      </View>
      <View className='section-card__body'>{children}</View>
    </View>
  )
}
