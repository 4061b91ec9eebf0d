import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PAGES, searchPath } from '../../domain/routes'
import { usePageChromeHere } from '../../hooks'
import { HRSS_HOTLINE } from '../../domain/phone'
import { callPhone, goToTab, Heading, Pressable, TelLink } from '../../platform'
import './index.scss'

/** What a broken link pointed at. */
export type NotFoundSubject = 'item' | 'event' | 'list' | 'region' | 'page'

export type NotFoundReason = 'missing' | 'garbled' | 'unknown-region' | 'unknown-item' | 'other-region' | 'unknown-event' | 'unknown-list' | 'unknown-page'

const HEADINGS: Record<NotFoundSubject, string> = {
  item: '事项不存在或已调整',
  event: '这件事不存在或已调整',
  list: '这个列表不存在或已调整',
  region: '地区不存在',
  page: '页面不存在',
}

const MISSING: Record<NotFoundSubject, string> = { item: '事项信息', event: '“一件事”的信息', list: '列表信息', region: '地区信息', page: '页面地址' }

/** What the link was missing or got wrong, in the words of what it pointed at. */
function explanation(subject: NotFoundSubject, reason: NotFoundReason, address: string | null): string {
  switch (reason) {
    case 'missing':
      return `链接缺少${MISSING[subject]}，可能没有复制完整。`
    case 'garbled':
      return `链接中的${subject === 'item' ? '事项信息' : '信息'}无法识别，可能在转发时被改动。`
    case 'unknown-region':
      return '链接指向的地区不在本应用的目录中。'
    case 'unknown-item':
      return '这个事项在当前目录中找不到，可能已被调整或合并。'
    case 'other-region':
      return '这个事项不属于链接中的地区，可能是转发时地区被改动。'
    case 'unknown-event':
      return '这件事在当前地区的目录中找不到，可能已被调整，或属于其他地区。'
    case 'unknown-list':
      return '这个列表在当前目录中找不到，可能已被调整。'
    case 'unknown-page':
      return `${address ? `地址“${address}”` : '这个地址'}不是本应用的页面，可能输入有误，或页面已调整。`
  }
}

/**
 * The one page for every broken link (guide, 一件事, list, region, and on H5 an address that is no page:
 * `address`, the one the citizen opened): never blank, never a crash; says
 * what went wrong, and offers search and home. Moments' single page can open neither: the page's
 * shell says how to open the full app instead. Opened from a link, the shell's 返回首页 is the one way
 * home, so it is not repeated here.
 */
export default function NotFound({ subject, reason, address = null }: { subject: NotFoundSubject; reason: NotFoundReason; address?: string | null }) {
  const { readOnly, homeLink } = usePageChromeHere()
  return (
    <View className='not-found' data-testid='not-found'>
      <Heading level={1}>{HEADINGS[subject]}</Heading>
      <View className='not-found__why'>{explanation(subject, reason, address)}</View>
      {!readOnly && (
        <View className='not-found__actions'>
          <Pressable className='button button--primary' onPress={() => Taro.redirectTo({ url: searchPath() })}>
            搜索事项
          </Pressable>
          {!homeLink && (
            <Pressable className='button button--plain' onPress={() => goToTab(PAGES.home)}>
              返回首页
            </Pressable>
          )}
        </View>
      )}
      {/* The hotline as a call button (a tel: link on H5; WeChat asks before dialling), sized for 长辈模式 like every button. */}
      <View className='not-found__hotline'>
        <View className='muted'>也可以拨打全国人社服务热线咨询：</View>
        <TelLink
          className='button button--plain not-found__call'
          number={HRSS_HOTLINE.number}
          label={`拨打 ${HRSS_HOTLINE.number}，${HRSS_HOTLINE.label}`}
          onDial={() => void callPhone(HRSS_HOTLINE.number)}
        >
          拨打 {HRSS_HOTLINE.number}
        </TelLink>
      </View>
    </View>
  )
}
