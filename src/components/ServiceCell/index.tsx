import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ItemSummary } from '../../../types/generated'
import type { VenueStatus } from '../../domain/calendar'
import { awaitsGuide, KIND_LABELS, NO_GUIDE_LABEL } from '../../domain/catalogue/queries'
import type { Segment } from '../../domain/search/highlight'
import { Pressable } from '../../platform'
import HighlightedName from '../HighlightedName'
import OfficeStatusBadge from '../OfficeStatusBadge'
import { SampleFigure } from '../SampleMark'
import './index.scss'

interface ServiceCellProps {
  item: ItemSummary
  onPress: () => void
  status?: VenueStatus
  /** Highlighted name segments (search results). */
  segments?: Segment[]
  /** Shown for results from a region other than the current one. */
  regionLabel?: string
  /** Extra line, e.g. checklist progress in 我的. */
  extra?: ReactNode
  /** A removal action beside the cell (我的). */
  onRemove?: () => void
}

/** An item in a list: name, responsible unit and time limit at a glance, office status; sample figures marked. */
export default function ServiceCell({ item, onPress, status, segments, regionLabel, extra, onRemove }: ServiceCellProps) {
  return (
    <View className='service-cell' data-item-id={item.id}>
      <Pressable className='service-cell__main' onPress={onPress}>
        <View className='service-cell__body'>
          <View className='service-cell__name'>{segments ? <HighlightedName segments={segments} /> : item.name}</View>
          <View className='service-cell__meta muted'>
            {regionLabel && <View className='tag tag--warn'>{regionLabel}</View>}
            {item.kind !== 'service' && <View className='tag'>{KIND_LABELS[item.kind]}</View>}
            {awaitsGuide(item) && <View className='tag'>{NO_GUIDE_LABEL}</View>}
            <View>{item.unit}</View>
            {item.timeLimitText && (
              <SampleFigure label='时限' sample={item.timeLimitSample}>
                {item.timeLimitText}
              </SampleFigure>
            )}
          </View>
          {status && (
            <View className='muted'>
              <SampleFigure label='办公时间' sample={status.sample}>
                <OfficeStatusBadge status={status} />
              </SampleFigure>
            </View>
          )}
          {extra && <View className='service-cell__extra'>{extra}</View>}
        </View>
        <View className='service-cell__arrow' aria-hidden>
          ›
        </View>
      </Pressable>
      {onRemove && (
        <Pressable className='service-cell__remove' label={`移除 ${item.name}`} onPress={onRemove}>
          移除
        </Pressable>
      )}
    </View>
  )
}
