/**
 * Interactive primitives that must be real HTML on H5 (focusable, keyboard-operable, named for
 * screen readers) and plain Taro views on weapp, where WeChat reads aria-role/aria-label. On weapp
 * the aria-* attributes reach the WXML through @tarojs/plugin-inject (config/index.ts); states are
 * passed as the strings 'true'/'false', because a boolean false renders as an empty attribute.
 */
import { Button, Input, View } from '@tarojs/components'
import type { CSSProperties, ReactNode } from 'react'
import { telHref } from '../domain/phone'
import { shareCurrentPage } from './share'

/**
 * Accessibility attributes for a plain View: `role` on H5 (ARIA), `aria-role` on weapp (WeChat's
 * attribute). Spread onto a View: <View {...a11y('list')} />.
 */
export function a11y(role?: string, label?: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (role) out[process.env.TARO_ENV === 'h5' ? 'role' : 'aria-role'] = role
  if (label) out['aria-label'] = label
  return out
}

export interface PressableProps {
  className?: string
  style?: CSSProperties
  onPress: () => void
  /** The accessible name, when the visible text alone does not say enough. */
  label?: string
  /** tab: one entry of the tab bar (WeChat's tab role on weapp; a button marked aria-current on H5). */
  role?: 'button' | 'checkbox' | 'switch' | 'radio' | 'tab'
  checked?: boolean
  /** Marks the entry of the page being shown (navigation). */
  current?: boolean
  disabled?: boolean
  children: ReactNode
  testId?: string
}

export function Pressable({ className, style, onPress, label, role = 'button', checked, current, disabled, children, testId }: PressableProps) {
  const checkable = role === 'checkbox' || role === 'switch' || role === 'radio'
  if (process.env.TARO_ENV === 'h5') {
    return (
      <button
        type='button'
        className={`pressable ${className ?? ''}`}
        style={style}
        aria-label={label}
        role={role === 'button' || role === 'tab' ? undefined : role}
        aria-checked={checkable ? Boolean(checked) : undefined}
        aria-current={current ? 'page' : undefined}
        disabled={disabled}
        data-testid={testId}
        onClick={disabled ? undefined : onPress}
      >
        {children}
      </button>
    )
  }
  return (
    <View
      className={`pressable ${className ?? ''}`}
      style={style}
      hoverClass='pressable--active'
      aria-role={role}
      aria-label={label}
      aria-checked={checkable ? String(Boolean(checked)) : undefined}
      aria-selected={current === undefined ? undefined : String(current)}
      aria-disabled={disabled ? 'true' : undefined}
      data-testid={testId}
      onClick={disabled ? undefined : onPress}
    >
      {children}
    </View>
  )
}

export interface TelLinkProps {
  number: string
  className?: string
  label: string
  /** weapp: dial through Taro.makePhoneCall. */
  onDial: () => void
  children: ReactNode
}

/** A real tel: link on H5; a pressable that dials on weapp. Never rendered for a bad number. */
export function TelLink({ number, className, label, onDial, children }: TelLinkProps) {
  const href = telHref(number)
  if (!href) return null
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={`pressable ${className ?? ''}`} href={href} aria-label={label}>
        {children}
      </a>
    )
  }
  return (
    <Pressable className={className} label={label} onPress={onDial}>
      {children}
    </Pressable>
  )
}

export interface HeadingProps {
  level: 1 | 2 | 3
  className?: string
  children: ReactNode
}

/** Real h1-h3 on H5 so pages have an outline; a heading-role view on weapp. */
export function Heading({ level, className, children }: HeadingProps) {
  if (process.env.TARO_ENV === 'h5') {
    const Tag = `h${level}` as 'h1' | 'h2' | 'h3'
    return <Tag className={`heading heading--${level} ${className ?? ''}`}>{children}</Tag>
  }
  return (
    <View className={`heading heading--${level} ${className ?? ''}`} aria-role='heading' aria-label={plainText(children)}>
      {children}
    </View>
  )
}

/** The text of children made only of strings and numbers (a heading's name); undefined otherwise. */
function plainText(children: ReactNode): string | undefined {
  const parts = Array.isArray(children) ? children : [children]
  if (!parts.every((p) => typeof p === 'string' || typeof p === 'number')) return undefined
  const text = parts.join('').trim()
  return text || undefined
}

export interface ShareButtonProps {
  className?: string
  /** The title used by the H5 share sheet (weapp takes it from useShareAppMessage). */
  title: string
  children: ReactNode
}

/** weapp: WeChat's own share button (opens the forward sheet); H5: Web Share, or copy the link. */
export function ShareButton({ className, title, children }: ShareButtonProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <Pressable className={className} label={`分享：${title}`} onPress={() => void shareCurrentPage(title)} testId='share'>
        {children}
      </Pressable>
    )
  } else {
    // In an else branch, so that webpack drops it (and Taro's Button) from the H5 bundle.
    return (
      <Button className={`pressable share-button ${className ?? ''}`} openType='share' hoverClass='pressable--active' aria-label={`分享：${title}`}>
        {children}
      </Button>
    )
  }
}

export interface SearchFieldProps {
  value: string
  placeholder: string
  label: string
  onChange: (value: string) => void
  onConfirm: (value: string) => void
  className?: string
}

/** The search input: a native labelled search field on H5, Taro's Input with a search key on weapp. */
export function SearchField({ value, placeholder, label, onChange, onConfirm, className }: SearchFieldProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <input
        className={`search-field ${className ?? ''}`}
        type='search'
        enterKeyHint='search'
        aria-label={label}
        placeholder={placeholder}
        value={value}
        maxLength={100}
        autoFocus={!value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onConfirm((e.target as HTMLInputElement).value)
        }}
      />
    )
  } else {
    // In an else branch, so that webpack drops it (and Taro's Input) from the H5 bundle.
    return (
      <Input
        className={`search-field ${className ?? ''}`}
        type='text'
        confirmType='search'
        placeholder={placeholder}
        value={value}
        maxlength={100}
        focus={!value}
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={(e) => onConfirm(e.detail.value)}
      />
    )
  }
}
