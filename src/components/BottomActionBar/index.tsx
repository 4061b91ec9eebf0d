import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { usePageChromeHere } from '../../hooks'
import { a11y, Pressable, ShareButton } from '../../platform'
import './index.scss'

/** The sticky bottom action bar of a guide or 一件事 (call, favourite, share). */
export default function BottomActionBar({ children }: { children: ReactNode }) {
  return (
    <View className='fixed-bottom action-bar' {...a11y('toolbar', '操作')}>
      {children}
    </View>
  )
}

/**
 * 收藏 in the bar. Not offered on Moments' single page, whose storage is not the app's: a saved
 * entry would never show in 我的.
 */
export function FavouriteAction({ name, saved, onToggle }: { name: string; saved: boolean; onToggle: () => void }) {
  if (usePageChromeHere().readOnly) return null
  return (
    <Pressable
      role='switch'
      checked={saved}
      className='action-bar__side'
      label={saved ? `取消收藏 ${name}` : `收藏 ${name}`}
      onPress={onToggle}
      testId='favourite'
    >
      <View aria-hidden>{saved ? '★' : '☆'}</View>
      <View>{saved ? '已收藏' : '收藏'}</View>
    </Pressable>
  )
}

/** 分享 in the bar. Not offered on Moments' single page, where WeChat ignores share buttons. */
export function ShareAction({ title }: { title: string }) {
  if (usePageChromeHere().readOnly) return null
  return (
    <ShareButton className='action-bar__side' title={title}>
      <View aria-hidden>↗</View>
      <View>分享</View>
    </ShareButton>
  )
}
