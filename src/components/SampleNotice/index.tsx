import { View } from '@tarojs/components'
import { a11y } from '../../platform'
import { SAMPLE_CONTENT } from '../SampleMark'
import './index.scss'

/** The honest banner on sample guides: what is from the official catalogue and what is not. */
export default function SampleNotice({ children }: { children?: string }) {
  return (
    <View className='sample-notice' {...a11y('note')}>
      <View className='sample-notice__title'>{SAMPLE_CONTENT}</View>
      <View>
        {children ??
          '本指南的办理条件、材料、流程、时限等为依据政务公开标准编写的示例，并非官方发布的办事指南。办理前请拨打咨询电话或以窗口公布为准。标“源目录所列”的内容取自官方公开目录。'}
      </View>
    </View>
  )
}
