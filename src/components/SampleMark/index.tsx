import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/**
 * The wording of every sample mark, in one place. Guide texts are sample content (see the data's
 * `sample` flags); wherever a sample figure shows outside its guide section, it carries the mark.
 */
export const SAMPLE_CONTENT = '示例内容'
const MARK = '（示例）'

/** The mark itself, after a label or a value: "（示例）". */
export function SampleMark() {
  return <Text className='sample-mark'>{MARK}</Text>
}

interface SampleFigureProps {
  label: string
  /** From the data: the guide's or the venue's `sample` flag. */
  sample: boolean
  children: ReactNode
}

/** A figure at a glance with its label: "时限（示例）：20个工作日"; without the mark when it is not sample. */
export function SampleFigure({ label, sample, children }: SampleFigureProps) {
  return (
    <View className='sample-figure' data-sample={sample ? 'true' : 'false'}>
      <Text>
        {label}
        {sample && <SampleMark />}：
      </Text>
      {children}
    </View>
  )
}
