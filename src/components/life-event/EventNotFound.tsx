import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PAGES, searchPath } from '../../domain/routes'
import { Heading, Pressable } from '../../platform'
import '../ItemNotFound/index.scss'

export type EventNotFoundReason = 'missing' | 'garbled' | 'unknown-region' | 'unknown-event'

const EXPLANATIONS: Record<EventNotFoundReason, string> = {
  missing: '链接缺少“一件事”的信息，可能没有复制完整。',
  garbled: '链接中的信息无法识别，可能在转发时被改动。',
  'unknown-region': '链接指向的地区不在本应用的目录中。',
  'unknown-event': '这件事在当前地区的目录中找不到，可能已被调整，或属于其他地区。',
}

/** A bad or unknown life-event (or finder) link: never blank; search and home are one tap away. */
export default function EventNotFound({ reason }: { reason: EventNotFoundReason }) {
  return (
    <View className='not-found' data-testid='event-not-found'>
      <Heading level={1}>{reason === 'unknown-region' ? '地区不存在' : '这件事不存在或已调整'}</Heading>
      <View className='not-found__why'>{EXPLANATIONS[reason]}</View>
      <View className='not-found__actions'>
        <Pressable className='button button--primary' onPress={() => Taro.redirectTo({ url: searchPath() })}>
          搜索事项
        </Pressable>
        <Pressable className='button button--plain' onPress={() => Taro.reLaunch({ url: PAGES.home })}>
          返回首页
        </Pressable>
      </View>
      <View className='muted'>也可以拨打全国人社服务热线 12333 咨询。</View>
    </View>
  )
}
