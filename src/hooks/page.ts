/**
 * A page's place in WeChat: its route, title, forwarding, tabs, the way home, and Moments'
 * single-page mode. Every page calls usePageChrome and hands the result to PageShell, which draws the
 * parts every page shares (the link home, the line on Moments) and tells components what may be done.
 */
import Taro, { useDidShow, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { chromeRules, isTabPage, PAGES, shareTarget, type SharedView, type TabKey } from '../domain/routes'
import { goToTab, hideSystemHomeButton, isFirstPage, isSinglePageMode } from '../platform'
import { startWebApp } from '../platform/web-app'
import { currentTab } from '../services/tabs'

/** What forwarding this page sends: the view that reopens it, and its titles. */
export interface PageShare {
  view: SharedView
  /** For a friend, who has the chat around it. */
  title: string
  /** For Moments, where there is no chat context (e.g. with the region); `title` when absent. */
  timelineTitle?: string
}

export interface PageChromeOptions {
  /** The navigation bar title (WeChat shows about 16 characters); the page config's when absent. */
  title?: string
  /** What forwarding sends; read when the citizen forwards, so it reflects what the page shows then. */
  share: () => PageShare
  /** A tab page (首页, 分类, 我的): its tab is marked current, and on H5 the tabs are drawn in the page. */
  tab?: TabKey
}

export interface PageChrome {
  /** Moments' single page: nothing to save, share or open; calling and copying stay. */
  readOnly: boolean
  /** The page shows its own 返回首页 (opened from a link; WeChat's button is hidden). */
  homeLink: boolean
  tab?: TabKey
  /**
   * The handler that opens `url` (switchTab for a tab page), or undefined where nothing may be opened
   * (Moments), so the row or step renders as plain text instead of a link that does nothing.
   */
  link(url: string): (() => void) | undefined
  /** Goes to the home tab. */
  goHome(): void
}

/** The one rule for every page's chrome (see domain/routes/page-chrome.ts for the rules themselves). */
export function usePageChrome({ title, share, tab }: PageChromeOptions): PageChrome {
  const latest = useRef(share)
  latest.current = share
  useShareAppMessage(() => {
    const { view, title: text } = latest.current()
    const target = shareTarget(view, text)
    return { title: target.title, path: target.path }
  })
  useShareTimeline(() => {
    const { view, title: text, timelineTitle } = latest.current()
    const target = shareTarget(view, timelineTitle ?? text)
    return { title: target.title, query: target.query }
  })

  useEffect(() => {
    if (title !== undefined) Taro.setNavigationBarTitle({ title: title.slice(0, 16) }).catch(() => undefined)
  }, [title])

  // How the page was opened does not change while it is open.
  const rules = useMemo(() => chromeRules({ singlePage: isSinglePageMode(), cold: isFirstPage(), tab: Boolean(tab) }), [tab])
  const showPage = () => {
    if (tab) currentTab.set(tab)
    if (rules.hideSystemHome) hideSystemHomeButton()
  }
  // On every show (WeChat may show its button again), and on mount: a page whose data arrived after
  // its first onShow still hides it.
  useDidShow(showPage)
  useEffect(showPage, []) // eslint-disable-line react-hooks/exhaustive-deps
  // The first page has its content on screen: only now may H5 register its service worker, so that
  // neither its script nor its downloads compete with the first screen (weapp: nothing).
  useEffect(startWebApp, [])

  return useMemo<PageChrome>(
    () => ({
      ...rules,
      tab,
      link: (url) => (rules.readOnly ? undefined : opener(url)),
      goHome: () => goToTab(PAGES.home),
    }),
    [rules, tab],
  )
}

/** Opens a page: switchTab for a tab page (WeChat refuses navigateTo there), navigateTo otherwise. */
function opener(url: string): () => void {
  return () => (isTabPage(url) ? goToTab(url) : void Taro.navigateTo({ url }).catch(() => undefined))
}

/** The chrome of the page being rendered, for components inside PageShell; null outside a page's shell. */
export const PageChromeContext = createContext<PageChrome | null>(null)

/** Read-only-ness and links of the page around a component (the plain chrome outside a page's shell). */
export function usePageChromeHere(): Pick<PageChrome, 'readOnly' | 'homeLink'> {
  return useContext(PageChromeContext) ?? { readOnly: false, homeLink: false }
}

/**
 * Links for components inside a page (entries, results, search box): the page's `link`, so a
 * component offers nothing to open on Moments' single page either.
 */
export function usePageLink(): PageChrome['link'] {
  return useContext(PageChromeContext)?.link ?? opener
}

/** The tab the custom tab bar shows as current. */
export function useCurrentTab(): TabKey {
  return useSyncExternalStore(currentTab.subscribe, currentTab.get, currentTab.get)
}

/** Route parameters of the current page (raw; decode with domain/routes). */
export function useRouteParams(): Record<string, string | undefined> {
  return Taro.useRouter().params
}
