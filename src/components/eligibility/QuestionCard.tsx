import { View } from '@tarojs/components'
import type { EligibilityQuestion } from '../../domain/life-events'
import { a11y, Heading, Pressable } from '../../platform'
import './QuestionCard.scss'

interface QuestionCardProps {
  number: number
  question: EligibilityQuestion
  /** The option values now chosen. */
  chosen: readonly string[]
  onPick: (value: string) => void
}

/** One plain question of 我能办什么: radio options, or checkboxes when several can apply; 不确定 is always there. */
export default function QuestionCard({ number, question, chosen, onPick }: QuestionCardProps) {
  const title = `${number}. ${question.title}`
  return (
    <View className='question' data-question={question.id}>
      <Heading level={2} className='question__title'>
        {title}
      </Heading>
      {question.hint && <View className='muted'>{question.hint}</View>}
      <View className='question__options' {...a11y(question.multiple ? 'group' : 'radiogroup', question.title)}>
        {question.options.map((o) => {
          const on = chosen.includes(o.value)
          return (
            <Pressable
              key={o.value}
              role={question.multiple ? 'checkbox' : 'radio'}
              checked={on}
              className={`question__option ${on ? 'question__option--on' : ''} ${o.value === 'unsure' ? 'question__option--unsure' : ''}`}
              onPress={() => onPick(o.value)}
              testId={`answer-${question.id}-${o.value}`}
            >
              <View className={`question__mark ${question.multiple ? '' : 'question__mark--round'}`} aria-hidden>
                {on ? '✓' : ''}
              </View>
              <View>{o.label}</View>
            </Pressable>
          )
        })}
      </View>
    </View>
  )
}
