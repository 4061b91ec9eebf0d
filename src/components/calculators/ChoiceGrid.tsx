import { View } from '@tarojs/components'
import { a11y, Pressable } from '../../platform'
import './calculators.scss'

export interface Choice<T> {
  value: T
  label: string
  /** Spoken label when the visible one is short (e.g. 3 → 3月). */
  spoken?: string
  disabled?: boolean
}

interface ChoiceGridProps<T> {
  /** The group's name for screen readers (出生年份). */
  name: string
  choices: readonly Choice<T>[]
  chosen: T | null
  onPick: (value: T) => void
  testId: string
  /** Moments' single page: the choices are shown, not offered. */
  readOnly?: boolean
}

/** Big radio buttons in a grid (no pop-up picker: elders tap what they see). */
export default function ChoiceGrid<T extends string | number>({ name, choices, chosen, onPick, testId, readOnly }: ChoiceGridProps<T>) {
  return (
    <View className='choice-grid' {...a11y('radiogroup', name)}>
      {choices.map((c) => {
        const on = c.value === chosen
        return (
          <Pressable
            key={String(c.value)}
            role='radio'
            checked={on}
            disabled={readOnly || c.disabled}
            label={c.spoken}
            className={`choice ${on ? 'choice--on' : ''} ${c.disabled ? 'choice--off' : ''}`}
            onPress={() => onPick(c.value)}
            testId={`${testId}-${c.value}`}
          >
            {c.label}
          </Pressable>
        )
      })}
    </View>
  )
}
