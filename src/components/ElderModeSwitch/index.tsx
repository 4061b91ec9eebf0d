import { View } from '@tarojs/components'
import { useElderMode } from '../../hooks'
import { Pressable } from '../../platform'
import './index.scss'

/** The visible 长辈模式 switch (home and 我的). */
export default function ElderModeSwitch() {
  const { elder, setElder } = useElderMode()
  return (
    <Pressable role='switch' checked={elder} className='elder-switch' label='长辈模式：大字体、大按钮' onPress={() => setElder(!elder)} testId='elder-switch'>
      <View className='elder-switch__text'>长辈模式</View>
      <View className={`elder-switch__track ${elder ? 'elder-switch__track--on' : ''}`} aria-hidden>
        <View className='elder-switch__thumb' />
      </View>
      <View className='elder-switch__state'>{elder ? '已开启' : '已关闭'}</View>
    </Pressable>
  )
}
