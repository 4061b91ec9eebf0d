/** A page's place in WeChat: its route, forwarding, tabs and Moments' single-page mode. */
import Taro, { useDidShow, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useMemo, useRef, useSyncExternalStore } from 'react'
import { shareTarget, type SharedView, type TabKey } from '../domain/routes'
import { hideSystemHomeButton, isSinglePageMode } from '../platform'
import { currentTab } from '../services/tabs'

/**
 * Forwarding of this page: to a friend (path) and to Moments (query), with a title, reopening the same
 * view. `describe` is read when the citizen forwards, so it reflects what the page shows then.
 */
export function usePageShare(describe: () => { view: SharedView; title: string; timelineTitle?: string }): void {
  const latest = useRef(describe)
  latest.current = describe
  useShareAppMessage(() => {
    const { view, title } = latest.current()
    const target = shareTarget(view, title)
    return { title: target.title, path: target.path }
  })
  useShareTimeline(() => {
    const { view, title, timelineTitle } = latest.current()
    const target = shareTarget(view, timelineTitle ?? title)
    return { title: target.title, query: target.query }
  })
}

/** A tab page: marks its tab as current whenever it is shown, and hides WeChat's own home button. */
export function useTabPage(key: TabKey | undefined): void {
  useDidShow(() => {
    if (!key) return
    currentTab.set(key)
    hideSystemHomeButton()
  })
}

/** The tab the custom tab bar shows as current. */
export function useCurrentTab(): TabKey {
  return useSyncExternalStore(currentTab.subscribe, currentTab.get, currentTab.get)
}

/** Moments' single-page mode (read-only: no navigation, no saving, no share buttons). */
export function useSinglePageMode(): boolean {
  return useMemo(() => isSinglePageMode(), [])
}

/** Route parameters of the current page (raw; decode with domain/routes). */
export function useRouteParams(): Record<string, string | undefined> {
  return Taro.useRouter().params
}
