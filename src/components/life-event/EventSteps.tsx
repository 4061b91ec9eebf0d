import { View } from '@tarojs/components'
import { flatMap } from '../../domain/collections'
import type { LifeEventStep } from '../../../types/life-events'
import { a11y, Pressable } from '../../platform'
import './EventSteps.scss'

export interface EventStepView extends LifeEventStep {
  itemName: string
  timeLimitText: string | null
}

/** Step numbers (1-based) that share a stage with step i: they can be done at the same time. */
export function parallelWith(steps: readonly { stage: number }[], i: number): number[] {
  return flatMap(steps, (s, j) => (j !== i && s.stage === steps[i].stage ? [j + 1] : []))
}

/**
 * The event's steps as a numbered path; each step opens its guide. `linkOf` gives a step's handler, or
 * undefined where nothing may be opened (Moments' single page): the step is then plain text.
 */
export default function EventSteps({ steps, linkOf }: { steps: readonly EventStepView[]; linkOf: (itemId: string) => (() => void) | undefined }) {
  return (
    <View className='event-steps' {...a11y('list', '办事步骤')}>
      {steps.map((s, i) => {
        const together = parallelWith(steps, i)
        const open = linkOf(s.itemId)
        const text = (
          <View className='event-steps__text'>
            <View className='event-steps__name'>
              第{i + 1}步 {s.itemName}
            </View>
            <View className='event-steps__why'>{s.why}</View>
            <View className='row'>
              <View className={`tag ${s.need === 'always' ? 'tag--brand' : 'tag--warn'}`}>{s.need === 'always' ? '都要办' : '视情况办'}</View>
              {together.length > 0 && <View className='tag'>可与第{together.join('、')}步同时办</View>}
              {s.timeLimitText && <View className='muted'>时限：{s.timeLimitText}</View>}
            </View>
            {s.condition && <View className='event-steps__condition'>什么情况要办：{s.condition}</View>}
          </View>
        )
        return (
          <View key={`${s.itemId}-${i}`} className='event-steps__step' {...a11y('listitem')} data-step={i + 1}>
            <View className='event-steps__rail' aria-hidden>
              <View className='step-number'>{i + 1}</View>
              {i < steps.length - 1 && <View className='event-steps__line' />}
            </View>
            {open ? (
              <Pressable className='event-steps__body' onPress={open} testId={`event-step-${i + 1}`}>
                {text}
                <View className='event-steps__arrow' aria-hidden>
                  ›
                </View>
              </Pressable>
            ) : (
              <View className='event-steps__body' data-testid={`event-step-${i + 1}`}>
                {text}
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}
