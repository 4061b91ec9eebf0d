import { View } from '@tarojs/components'
import type { OfficeStatus } from '../../domain/calendar'
import './index.scss'

/** 办公中 / 午休 / 已下班 / 今日休息, always as words (never colour alone), with the next opening. */
export default function OfficeStatusBadge({ status, showNext = true }: { status: OfficeStatus; showNext?: boolean }) {
  const detail = status.state === 'open' ? (status.closesAt ? `${status.closesAt} 前可办理` : '') : status.next?.text
  return (
    <View className='office-status'>
      <View className={`office-status__label office-status__label--${status.state}`}>
        {status.label}
        {status.restReason ? `（${status.restReason}）` : ''}
      </View>
      {showNext && detail && <View className='office-status__next muted'>{detail}</View>}
    </View>
  )
}
