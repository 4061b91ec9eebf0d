import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Heading, Pressable } from '../../platform'
import './index.scss'

interface CellGroupProps {
  title?: string
  /** Heading level of the title in the page outline. */
  level?: 2 | 3
  extra?: ReactNode
  children: ReactNode
  footer?: ReactNode
}

/** A WeUI list group: an optional heading over white cells. */
export function CellGroup({ title, level = 2, extra, children, footer }: CellGroupProps) {
  return (
    <View className='cell-group'>
      {(title || extra) && (
        <View className='cell-group__head'>
          {title && <Heading level={level}>{title}</Heading>}
          {extra}
        </View>
      )}
      <View className='cell-group__body'>{children}</View>
      {footer && <View className='cell-group__foot muted'>{footer}</View>}
    </View>
  )
}

interface CellProps {
  title: ReactNode
  description?: ReactNode
  extra?: ReactNode
  onPress?: () => void
  label?: string
}

/** One list row; tappable rows show an arrow and are buttons. */
export function Cell({ title, description, extra, onPress, label }: CellProps) {
  const body = (
    <>
      <View className='cell__main'>
        <View className='cell__title'>{title}</View>
        {description && <View className='cell__desc muted'>{description}</View>}
      </View>
      {extra && <View className='cell__extra muted'>{extra}</View>}
      {onPress && (
        <View className='cell__arrow' aria-hidden>
          ›
        </View>
      )}
    </>
  )
  if (!onPress) return <View className='cell'>{body}</View>
  return (
    <Pressable className='cell' onPress={onPress} label={label}>
      {body}
    </Pressable>
  )
}
