import { View } from '@tarojs/components'
import { Pressable } from '../../platform'
import './calculators.scss'

/** A visible switch (off by default): keep the birth month on this phone. */
export default function RememberSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className='calc-switch'>
      <View>
        <View>在本机记住我的出生年月</View>
        <View className='muted'>只保存在这台手机上，不上传；关闭即删除。</View>
      </View>
      <Pressable
        role='switch'
        checked={on}
        className={`button ${on ? 'button--primary' : 'button--quiet'}`}
        onPress={() => onChange(!on)}
        testId='remember-birth'
        label='在本机记住我的出生年月'
      >
        {on ? '已开启' : '已关闭'}
      </Pressable>
    </View>
  )
}
