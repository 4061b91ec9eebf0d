/**
 * A page's place in WeChat: its title, forwarding, tabs, the way back or home, and Moments'
 * single-page mode. The page wrapper (components/RegionGate definePage) calls usePageChrome with the
 * page's spec and puts the result in context; PageShell draws the parts every page shares (back, the
 * link home, the line on Moments, the tabs) and components read what may be done (usePageChromeHere).
 */
import Taro, { useDidShow, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { chromeRules, isTabPage, PAGES, shareTarget, type TabKey } from '../domain/routes'
import { shareOf, type AnyPageSpec, type PageRoute } from '../domain/routes/page-spec'
import { goBack, goToTab, hideSystemHomeButton, isFirstPage, isSinglePageMode, lacksSystemBar } from '../platform'
import { firstContentShown } from '../services/first-content'
import { knownRegions } from '../services/region-store'
import { currentTab } from '../services/tabs'

export interface PageChrome {
  /** Moments' single page: nothing to save, share or open; calling and copying stay. */
  readOnly: boolean
  /** The page shows its own 返回首页 (opened from a link; WeChat's button is hidden). */
  homeLink: boolean
  /** The page shows its own back control (H5, opened inside the app). */
  backLink: boolean
  tab?: TabKey
  /**
   * The handler that opens `url` (switchTab for a tab page), or undefined where nothing may be opened
   * (Moments), so the row or step renders as plain text instead of a link that does nothing.
   */
  link(url: string): (() => void) | undefined
  /** Goes to the home tab. */
  goHome(): void
  /** Back to the page below. */
  goBack(): void
  /** What the page shows now that its link does not say (the search typed since): forwarding sends it. */
  shareParams(params: Record<string, unknown>): void
}

/**
 * The one rule for every page's chrome (domain/routes/page-chrome.ts), from the page's spec: its
 * title and what forwarding sends (shareOf, once the data is in; until then, or for a broken link,
 * the region's home).
 */
export function usePageChrome(spec: AnyPageSpec, route: PageRoute, data: Record<string, unknown> | null): PageChrome {
  const live = useRef<Record<string, unknown>>({})
  const latest = useRef({ route, data })
  latest.current = { route, data }
  const sharing = () => {
    const { route: r, data: d } = latest.current
    const share = d ? spec.share({ ...r, params: { ...(r.params as object), ...live.current } }, d) : null
    const name = knownRegions().find((k) => k.id === r.regionId)?.name ?? ''
    return shareOf(share, r.regionId, name)
  }
  useShareAppMessage(() => {
    const { view, friend } = sharing()
    const target = shareTarget(view, friend)
    return { title: target.title, path: target.path }
  })
  useShareTimeline(() => {
    const { view, moments } = sharing()
    const target = shareTarget(view, moments)
    return { title: target.title, query: target.query }
  })

  const title = data && spec.title ? spec.title(route, data) : undefined
  useEffect(() => {
    if (title !== undefined) Taro.setNavigationBarTitle({ title: title.slice(0, 16) }).catch(() => undefined)
  }, [title])

  // How the page was opened does not change while it is open.
  const tab: TabKey | undefined = spec.tab
  const rules = useMemo(() => chromeRules({ singlePage: isSinglePageMode(), cold: isFirstPage(), tab: Boolean(tab), noSystemBar: lacksSystemBar() }), [tab])
  const showPage = () => {
    if (tab) currentTab.set(tab)
    if (rules.hideSystemHome) hideSystemHomeButton()
  }
  // On every show (WeChat may show its button again), and on mount: a page whose data arrived after
  // its first onShow still hides it.
  useDidShow(showPage)
  useEffect(showPage, []) // eslint-disable-line react-hooks/exhaustive-deps

  return useMemo<PageChrome>(
    () => ({
      ...rules,
      tab,
      link: (url) => (rules.readOnly ? undefined : opener(url)),
      goHome: () => goToTab(PAGES.home),
      goBack,
      shareParams: (params) => {
        live.current = params
      },
    }),
    [rules, tab],
  )
}

/** Opens a page: switchTab for a tab page (WeChat refuses navigateTo there), navigateTo otherwise. */
function opener(url: string): () => void {
  return () => (isTabPage(url) ? goToTab(url) : void Taro.navigateTo({ url }).catch(() => undefined))
}

/** The chrome of the page being rendered; null outside a page. */
export const PageChromeContext = createContext<PageChrome | null>(null)

/** Outside a page (a component rendered on its own): the plain chrome of a page opened inside the app. */
const PLAIN: PageChrome = {
  readOnly: false,
  homeLink: false,
  backLink: false,
  link: opener,
  goHome: () => goToTab(PAGES.home),
  goBack,
  shareParams: () => undefined,
}

/** The chrome of the page around a component: read-only-ness, its links, the way back. */
export function usePageChromeHere(): PageChrome {
  return useContext(PageChromeContext) ?? PLAIN
}

/**
 * Links for components inside a page (entries, results, search box): the page's `link`, so a
 * component offers nothing to open on Moments' single page either.
 */
export function usePageLink(): PageChrome['link'] {
  return usePageChromeHere().link
}

/** What the page shows now beyond its link (e.g. the search typed), for forwarding to send. */
export function useSharedParams(params: Record<string, unknown>): void {
  usePageChromeHere().shareParams(params)
}

/** The page shows its content: the first time, the app may start what waits for the first screen (app.ts). */
export function useFirstContent(shown: boolean): void {
  useEffect(() => {
    if (shown) firstContentShown()
  }, [shown])
}

/** The tab the custom tab bar shows as current. */
export function useCurrentTab(): TabKey {
  return useSyncExternalStore(currentTab.subscribe, currentTab.get, currentTab.get)
}

/** Route parameters of the current page (raw; the page wrapper parses them once with the page's spec). */
export function useRouteParams(): Record<string, string | undefined> {
  return Taro.useRouter().params
}
