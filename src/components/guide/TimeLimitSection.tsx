import { View } from '@tarojs/components'
import type { GuideSections, TimeLimit } from '../../../types/catalogue'
import type { CompletionEstimate } from '../../domain/calendar'
import './TimeLimitSection.scss'
import PhoneText from '../PhoneText'

const UNIT_WORDS: Record<TimeLimit['unit'], string> = { workday: '工作日', 'natural-day': '自然日', month: '个月', 'on-the-spot': '当场' }

/** How the date below was counted, for the unit of the limit it was counted from. */
const COUNTING_WORDS: Record<TimeLimit['unit'], string> = {
  workday: '工作日不含周末和法定节假日，调休上班日计入，从受理次日起算。',
  'natural-day': '从受理次日起按自然日计算，期限末日遇周末或法定节假日顺延到下一个工作日。',
  month: '按月计算：到期月与受理日相同的日期为最后一日，该月没有这一天的以月末为准；末日遇周末或法定节假日顺延到下一个工作日。',
  'on-the-spot': '',
}

function limitWords(limit: TimeLimit | null): string {
  if (!limit) return '无'
  if (limit.unit === 'on-the-spot') return limit.text
  return `${limit.text}${limit.text.includes(UNIT_WORDS[limit.unit]) ? '' : `（${UNIT_WORDS[limit.unit]}）`}`
}

interface TimeLimitSectionProps {
  limits: NonNullable<GuideSections['timeLimit']>
  /** Estimate for the limit that applies (promised, else statutory); null without a venue. */
  estimate: CompletionEstimate | null
  calendarLastYear: number
}

/** The statutory and promised limits in words, and the date they land on from today. */
export default function TimeLimitSection({ limits, estimate, calendarLastYear }: TimeLimitSectionProps) {
  const basis = limits.promised ? '承诺时限' : '法定时限'
  const applied = limits.promised ?? limits.statutory
  return (
    <View className='time-limit'>
      <View className='time-limit__row'>
        <View className='time-limit__label'>法定时限</View>
        <View>{limitWords(limits.statutory)}</View>
      </View>
      <View className='time-limit__row'>
        <View className='time-limit__label'>承诺时限</View>
        <View>{limitWords(limits.promised)}</View>
      </View>
      {limits.note && (
        <View className='muted'>
          <PhoneText text={limits.note} />
        </View>
      )}
      {estimate && (
        <View className='time-limit__estimate' data-testid='completion-estimate'>
          <View className='time-limit__estimate-text'>{estimate.text}</View>
          <View className='muted'>
            按{basis}计算。{applied ? COUNTING_WORDS[applied.unit] : ''}
          </View>
          {estimate.uncoveredYears.length > 0 && (
            <View className='time-limit__fallback' data-testid='calendar-fallback'>
              注意：{estimate.uncoveredYears.join('、')}年的法定节假日安排尚未收录（目前收录到{calendarLastYear}年），以上日期只扣除了周末，遇节假日会顺延。
            </View>
          )}
        </View>
      )}
    </View>
  )
}
