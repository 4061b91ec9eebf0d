import { View } from '@tarojs/components'
import type { Timeline } from '../../domain/life-events'
import { a11y } from '../../platform'
import './EventTimeline.scss'

interface EventTimelineProps {
  timeline: Timeline
  calendarLastYear: number
}

/** When each step and the whole event may be done, on the working-day calendar from today. */
export default function EventTimeline({ timeline, calendarLastYear }: EventTimelineProps) {
  const alwaysOnly = timeline.finishAlwaysOnly
  return (
    <View className='event-timeline' data-testid='event-timeline'>
      <View {...a11y('list', '各步骤预计办结时间')}>
        {timeline.steps.map((s) => (
          <View key={s.stepIndex} className='event-timeline__step' {...a11y('listitem')} data-testid={`timeline-step-${s.stepIndex + 1}`}>
            <View className='event-timeline__name'>
              第{s.stepIndex + 1}步 {s.itemName}
            </View>
            <View className='row'>
              {s.parallel && <View className='tag tag--brand'>可同时办理</View>}
              {s.need === 'conditional' && <View className='tag tag--warn'>视情况办</View>}
            </View>
            <View>{s.text}</View>
          </View>
        ))}
      </View>
      {timeline.untimed.length > 0 && (
        <View {...a11y('list', '无法预计日期的步骤')} data-testid='timeline-untimed'>
          {timeline.untimed.map((s) => (
            <View key={s.stepIndex} className='event-timeline__step' {...a11y('listitem')} data-testid={`timeline-step-${s.stepIndex + 1}`}>
              <View className='event-timeline__name'>
                第{s.stepIndex + 1}步 {s.itemName}
              </View>
              <View className='row'>
                <View className='tag'>不计入预计日期</View>
                {s.need === 'conditional' && <View className='tag tag--warn'>视情况办</View>}
              </View>
              <View>{s.reason}</View>
            </View>
          ))}
        </View>
      )}
      <View className='event-timeline__finish' data-testid='timeline-finish'>
        {timeline.finishText}
      </View>
      {alwaysOnly && !alwaysOnly.isSame(timeline.finish, 'day') && (
        <View className='muted'>以上含视情况办理的步骤；只办必办的步骤，预计 {alwaysOnly.format('YYYY年M月D日')}办完。</View>
      )}
      <View className='muted'>
        按各事项的承诺时限计算（没有承诺时限的按法定时限）。工作日不含周末和法定节假日，调休上班日计入，从受理次日起算；前一阶段办结后再办下一阶段，同一阶段的步骤可同时办理。这是最晚日期，实际可能更早，以窗口告知为准。
      </View>
      {timeline.uncoveredYears.length > 0 && (
        <View className='event-timeline__fallback' data-testid='calendar-fallback'>
          注意：{timeline.uncoveredYears.join('、')}年的法定节假日安排尚未收录（目前收录到{calendarLastYear}年），以上日期只扣除了周末，遇节假日会顺延。
        </View>
      )}
    </View>
  )
}
