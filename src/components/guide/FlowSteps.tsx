import { View } from '@tarojs/components'
import { a11y } from '../../platform'
import './FlowSteps.scss'
import PhoneText from '../PhoneText'

/** The flow as numbered steps. */
export default function FlowSteps({ steps }: { steps: readonly { title: string; detail: string }[] }) {
  return (
    <View className='flow' {...a11y('list')}>
      {steps.map((s, i) => (
        <View key={i} className='flow__step' {...a11y('listitem')}>
          <View className='step-number' aria-hidden>
            {i + 1}
          </View>
          <View className='flow__text'>
            <View className='flow__title'>
              第{i + 1}步 {s.title}
            </View>
            <View>
              <PhoneText text={s.detail} />
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
