/**
 * Everything that differs between the WeChat mini-program and the H5 page, in one place.
 * Pages and components call these; they never test process.env.TARO_ENV themselves.
 *
 * Branches here test `process.env.TARO_ENV === 'h5'` inline rather than through a shared constant:
 * after DefinePlugin the condition is a literal, so webpack drops the other platform's code from each
 * bundle (Taro's weapp minifier does not inline imported constants). In Jest, TARO_ENV_JEST switches
 * these branches (test/setup/taro-env-transformer.js).
 */
import Taro from '@tarojs/taro'
import type { Venue } from '../../types/catalogue'
import { dialString, isDiallable } from '../domain/phone'
import { privacyFor, type PlatformPrivacy } from '../domain/privacy'
import { pageOfH5Path, unknownAddressTarget } from '../domain/routes/h5-paths'
import { PAGES } from '../domain/routes'
import { queryParams } from '../domain/routes/params'
import { COPY_REFUSED, copyRefusalMessage, copyText, toast } from './clipboard'

export { COPY_REFUSED, copyRefusalMessage, copyText, toast }

/**
 * Dials a number after the caller has shown it. On H5 the call itself is a real tel: link
 * (see TelLink), so this is only the weapp path. Numbers that are not well formed are refused.
 */
export function callPhone(number: string): Promise<boolean> {
  if (!isDiallable(number)) return Promise.resolve(false)
  // Plain if/else, not inside an async function: webpack then drops the other platform's branch and
  // Taro's H5 makePhoneCall module with it (fetch-text.ts says why).
  if (process.env.TARO_ENV === 'h5') {
    window.location.href = `tel:${dialString(number)}`
    return Promise.resolve(true)
  } else {
    return Taro.makePhoneCall({ phoneNumber: dialString(number) }).then(
      () => true,
      // The citizen cancelled the system dialog: nothing to report.
      () => false,
    )
  }
}

export type MapResult = 'opened' | 'copied-name' | 'failed'

/**
 * Shows a venue on a map. WeChat's map needs coordinates, and Taro's H5 openLocation silently does
 * nothing without the WeChat JS-SDK, so wherever that is the case the honest fallback is to copy the
 * venue's name for the citizen's own map app, and say so.
 */
export function openVenueOnMap(venue: Venue): Promise<MapResult> {
  const copyName = () => copyText(venue.name, '暂无准确坐标，已复制地点名称，可在地图 App 中搜索').then((ok): MapResult => (ok ? 'copied-name' : 'failed'))
  if (process.env.TARO_ENV === 'weapp') {
    if (!venue.coordinates) return copyName()
    return Taro.openLocation({ latitude: venue.coordinates.latitude, longitude: venue.coordinates.longitude, name: venue.name, scale: 16 }).then(
      (): MapResult => 'opened',
      (): MapResult => 'failed',
    )
  } else {
    return copyName()
  }
}

/** Puts the current query into the address bar (H5) so a reload or a shared link shows the same thing. */
export function replaceUrlQuery(params: Record<string, string>): void {
  if (process.env.TARO_ENV !== 'h5') return
  const url = new URL(window.location.href)
  for (const [k, v] of Object.entries(params)) {
    if (v) url.searchParams.set(k, v)
    else url.searchParams.delete(k)
  }
  window.history.replaceState(window.history.state, '', url.toString())
}

/** The system's font scale: WeChat's setting on weapp, the browser's default font size on H5. */
export function systemFontScale(): number {
  try {
    if (process.env.TARO_ENV === 'weapp') return (Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number }).fontSizeScaleFactor ?? 1
    const px = parseFloat(getComputedStyle(document.documentElement).fontSize)
    return Number.isFinite(px) && px > 0 ? px / 16 : 1
  } catch {
    return 1
  }
}

/** True when the page was opened directly (a shared link, Moments), with nothing to go back to. */
export function isFirstPage(): boolean {
  try {
    return Taro.getCurrentPages().length <= 1
  } catch {
    return true
  }
}

/**
 * H5: the page the app was opened on and its query, as the page will read them (values left
 * percent-encoded, as Taro's H5 router hands them to pages). Null when unknown, and always on weapp:
 * there a page's bundled files are registered by its package's code, which runs only after the app's,
 * so data asked for at launch would be looked for before it is there.
 */
export function launchPage(): { page: string; params: Record<string, string> } | null {
  if (process.env.TARO_ENV !== 'h5') return null
  try {
    const page = pageOfH5Path(window.location.pathname)
    return page ? { page, params: queryParams(window.location.search) } : null
  } catch {
    return null
  }
}

/**
 * An address that is no page of the app. H5: Taro's router renders nothing for an address it has no
 * route for (a typo, a mini-program path pasted into a browser); it reports it to onPageNotFound, and
 * this opens the page the address names (a page's own path) or the one not-found page, which repeats the
 * address (h5-paths.ts unknownAddressTarget). The not-found page replaces the address in the history, so
 * 返回 does not come back to it. weapp: WeChat calls onPageNotFound when a shared path no longer exists
 * and shows its own 页面不存在 page unless the app navigates at once (synchronously): the app opens 首页.
 */
export function redirectUnknownPages(): void {
  if (process.env.TARO_ENV === 'h5') {
    Taro.onPageNotFound(() => {
      const { pathname, search } = window.location
      void Taro.redirectTo({ url: unknownAddressTarget(pathname, search) })
    })
  } else {
    Taro.onPageNotFound(() => {
      void Taro.reLaunch({ url: PAGES.home }).then(() => toast('链接指向的页面已不存在，已为您打开首页'))
    })
  }
}

/** Moments opens a shared page in single-page mode, where navigation does not work. */
export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    return Taro.getLaunchOptionsSync().scene === 1154
  } catch {
    return false
  }
}

/**
 * weapp: 首页, 分类 and 我的 are WeChat tab pages and the custom tab bar (src/custom-tab-bar) draws
 * the tabs. H5 has no native tab bar, so each tab page draws the same tabs at its bottom.
 */
/** The 隐私说明 content for this platform: WeChat features on weapp; the browser's storage and offline cache on H5. */
export function platformPrivacy(): PlatformPrivacy {
  return privacyFor(process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp')
}

export function drawsTabsInPage(): boolean {
  return process.env.TARO_ENV === 'h5'
}

/**
 * Hides WeChat's own 返回首页 button in the title bar (base library 2.8.3+, guarded). Called when a
 * tab page or a guide is shown: tab pages need none, and a cold-opened guide has its own 返回首页.
 */
export function hideSystemHomeButton(): void {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    if (typeof Taro.hideHomeButton === 'function') Taro.hideHomeButton().catch(() => undefined)
  } catch {
    // An older base library: WeChat's button stays, which is still a way home.
  }
}

/**
 * H5 has no navigation bar around the page (and the installed web app, display: standalone, no
 * browser bar): pages draw their own back control. WeChat draws its bar, with back, for the mini-program.
 */
export function lacksSystemBar(): boolean {
  return process.env.TARO_ENV === 'h5'
}

/** Back to the page below (H5: the history entry before), or home when there is none. */
export function goBack(): void {
  Taro.navigateBack().catch(() => goToTab(PAGES.home))
}

/** Goes to a tab page (首页, 分类, 我的): switchTab on weapp, which also closes the pages above. */
export function goToTab(url: string): void {
  Taro.switchTab({ url: url.split('?')[0] }).catch(() => undefined)
}

export { shareCurrentPage } from './share'
export { a11y, Heading, Pressable, SearchField, ShareButton, TelLink } from './primitives'

/** H5: calls back when another tab of the app changed saved data. weapp has one instance: no-op. */
export function onStorageChangedElsewhere(callback: () => void): () => void {
  if (process.env.TARO_ENV !== 'h5') return () => undefined
  const listener = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith('rsbszn.')) callback()
  }
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}
