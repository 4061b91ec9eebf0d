import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PAGES, searchPath } from '../../domain/routes'
import { goToTab, Heading, Pressable } from '../../platform'
import SinglePageNotice from '../SinglePageNotice'
import './index.scss'

export type NotFoundReason = 'missing' | 'garbled' | 'unknown-region' | 'unknown-item' | 'other-region'

const EXPLANATIONS: Record<NotFoundReason, string> = {
  missing: '链接缺少事项信息，可能没有复制完整。',
  garbled: '链接中的事项信息无法识别，可能在转发时被改动。',
  'unknown-region': '链接指向的地区不在本应用的目录中。',
  'unknown-item': '这个事项在当前目录中找不到，可能已被调整或合并。',
  'other-region': '这个事项不属于链接中的地区，可能是转发时地区被改动。',
}

/** The friendly page for every bad link: never blank, never a crash; search and home are one tap away. */
export default function ItemNotFound({ reason, singlePage }: { reason: NotFoundReason; singlePage?: boolean }) {
  return (
    <View className='not-found' data-testid='item-not-found'>
      <Heading level={1}>事项不存在或已调整</Heading>
      <View className='not-found__why'>{EXPLANATIONS[reason]}</View>
      {singlePage ? (
        <SinglePageNotice />
      ) : (
        <View className='not-found__actions'>
          <Pressable className='button button--primary' onPress={() => Taro.redirectTo({ url: searchPath() })}>
            搜索事项
          </Pressable>
          <Pressable className='button button--plain' onPress={() => goToTab(PAGES.home)}>
            返回首页
          </Pressable>
        </View>
      )}
      <View className='muted'>
        也可以拨打全国人社服务热线{' '}
        <Text userSelect>
          12333
        </Text>{' '}
        咨询。
      </View>
    </View>
  )
}
