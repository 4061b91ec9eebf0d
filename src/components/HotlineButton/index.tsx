import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Hotline } from '../../../types/catalogue'
import { isDiallable } from '../../domain/phone'
import { a11y, callPhone, copyText, Pressable, TelLink } from '../../platform'
import './index.scss'

interface HotlineButtonProps {
  hotline: Hotline
  /** card: a block inside the page; bar: a button in the bottom action bar. */
  variant?: 'card' | 'bar'
}

/** Shows whom a number reaches before dialling it; the call is a second, explicit tap. */
export function CallPanel({ hotline, onClose }: { hotline: Hotline; onClose: () => void }) {
  const ok = isDiallable(hotline.number)
  return (
    <View className='call-panel' {...a11y('group', '确认拨打电话')}>
      <View className='call-panel__who'>{hotline.label}</View>
      {/* Long-press selectable, so the number can be copied by hand when WeChat refuses a copy. */}
      <Text className='call-panel__number' userSelect data-testid='selectable-number'>
        {hotline.number}
      </Text>
      {hotline.note && <View className='muted'>{hotline.note}</View>}
      {ok ? (
        <View className='call-panel__actions'>
          <TelLink
            className='button button--primary call-panel__call'
            number={hotline.number}
            label={`呼叫 ${hotline.number}（${hotline.label}）`}
            onDial={() => void callPhone(hotline.number).then(onClose)}
          >
            呼叫
          </TelLink>
          <Pressable
            className='button button--plain'
            label={`复制号码 ${hotline.number}`}
            onPress={() => void copyText(hotline.number, `已复制 ${hotline.number}`)}
          >
            复制号码
          </Pressable>
          <Pressable className='button button--quiet' onPress={onClose}>
            取消
          </Pressable>
        </View>
      ) : (
        <View className='call-panel__bad'>号码格式有误，不能拨打。</View>
      )}
    </View>
  )
}

export default function HotlineButton({ hotline, variant = 'card' }: HotlineButtonProps) {
  const [confirming, setConfirming] = useState(false)
  // The accessible name starts with the visible words and then says whom the number reaches.
  const barName = `电话咨询 ${hotline.number}，${hotline.label}`
  const cardName = `拨打 ${hotline.number}，${hotline.label}`
  if (variant === 'bar') {
    return (
      <View className='hotline-bar'>
        {confirming && (
          <View className='hotline-bar__panel'>
            <CallPanel hotline={hotline} onClose={() => setConfirming(false)} />
          </View>
        )}
        <Pressable className='button button--primary hotline-bar__button' label={barName} onPress={() => setConfirming(!confirming)} testId='hotline-bar'>
          <Text className='hotline-bar__what'>电话咨询</Text> <Text className='hotline-bar__number'>{hotline.number}</Text>
        </Pressable>
      </View>
    )
  }
  return (
    <View className='hotline-card'>
      <View className='hotline-card__row'>
        <View className='hotline-card__text'>
          <View className='hotline-card__who'>{hotline.label}</View>
          <Text className='hotline-card__number' userSelect>
            {hotline.number}
          </Text>
        </View>
        <Pressable className='button button--plain' label={cardName} onPress={() => setConfirming(!confirming)}>
          拨打
        </Pressable>
      </View>
      {confirming && <CallPanel hotline={hotline} onClose={() => setConfirming(false)} />}
    </View>
  )
}
