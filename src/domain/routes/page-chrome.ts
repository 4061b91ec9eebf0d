/**
 * The chrome every page shares, as plain rules (no Taro here): where each page can be forwarded (its
 * page config is made here, so no page can forget a share menu), and what a page offers given how it
 * was opened. src/hooks/page.ts (usePageChrome) applies them on every page.
 */
import type { PAGES } from './index'

export type PageKey = keyof typeof PAGES

/**
 * Pages a citizen can also share to Moments (朋友圈). Moments opens them on their own, in single-page
 * mode, where they are read-only. Every page forwards to a friend.
 */
const TO_MOMENTS: readonly PageKey[] = ['list', 'item', 'disclosure', 'lifeEvent', 'eligibility', 'retirement', 'unemploymentBenefit']

/** Each page's title in the navigation bar until the page sets a more specific one. */
const TITLES: Record<PageKey, string> = {
  home: '人社办事指南',
  browse: '分类浏览',
  mine: '我的',
  list: '事项列表',
  item: '办事指南',
  disclosure: '政务公开目录',
  search: '搜索事项',
  regionPicker: '选择地区',
  lifeEvent: '一件事',
  eligibility: '我能办什么',
  privacy: '隐私说明',
  retirement: '退休年龄计算',
  unemploymentBenefit: '失业金领取期限计算',
  notFound: '页面不存在',
}

export interface SharingPageConfig {
  navigationBarTitleText: string
  enableShareAppMessage: true
  enableShareTimeline?: true
}

export function sharesToMoments(page: PageKey): boolean {
  return TO_MOMENTS.includes(page)
}

/** A page's config (index.config.ts): its title, and the share menus WeChat shows for it. */
export function pageConfig(page: PageKey): SharingPageConfig {
  const config: SharingPageConfig = { navigationBarTitleText: TITLES[page], enableShareAppMessage: true }
  if (sharesToMoments(page)) config.enableShareTimeline = true
  return config
}

export interface OpenedAs {
  /** Opened from Moments, in WeChat's single-page mode (scene 1154). */
  singlePage: boolean
  /** The first page of the stack: opened from a shared link, not from within the app. */
  cold: boolean
  /** One of the tab pages (首页, 分类, 我的). */
  tab: boolean
  /**
   * The platform draws no navigation bar with a back button around the page: H5, where the installed
   * web app (display: standalone) has no browser bar either. WeChat draws its own bar for the mini-program.
   */
  noSystemBar: boolean
}

export interface ChromeRules {
  /** Nothing to save, share or open: Moments' single page shows, calls and copies only. */
  readOnly: boolean
  /** The page draws its own 返回首页: the one way home of a page opened from a link. */
  homeLink: boolean
  /** The page draws its own back control (‹ 返回): opened inside the app where no system bar offers one. */
  backLink: boolean
  /** WeChat's own 返回首页 in the title bar is hidden (so there is exactly one way home). */
  hideSystemHome: boolean
}

/**
 * What a page offers given how it was opened; one rule for both platforms. Tab pages are home
 * already. A page opened cold offers its own 返回首页, and WeChat's is hidden. A page opened from
 * another page goes back: WeChat's bar does that on weapp; on H5 the page draws the back control.
 * Moments' single page cannot leave the page: no link home, nothing else to open, nothing to save or share.
 */
export function chromeRules({ singlePage, cold, tab, noSystemBar }: OpenedAs): ChromeRules {
  if (singlePage) return { readOnly: true, homeLink: false, backLink: false, hideSystemHome: false }
  const homeLink = cold && !tab
  return { readOnly: false, homeLink, backLink: noSystemBar && !cold && !tab, hideSystemHome: homeLink || tab }
}
