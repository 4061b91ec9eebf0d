/**
 * A @tarojs/taro mock for page tests. test-utils' mount cannot run useRouter / share hooks on
 * Taro 4 ("React.useMemo is not a function"), so those hooks are replaced: route params come from
 * taroState.params and share callbacks are captured so tests can call them and check what a share
 * produces. Navigation, phone, clipboard and toast calls are recorded. Storage stays real (H5,
 * jsdom localStorage).
 *
 * Use in a test file:  jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())
 */
export interface TaroState {
  params: Record<string, string>
  /** How many pages are on the stack: 1 means the page was opened cold (shared link). */
  pages: number
  fontScale: number
  /** WeChat's launch scene: 1154 is Moments' single-page mode. */
  scene: number
  shareAppMessage?: () => { title: string; path: string }
  shareTimeline?: () => { title: string; query?: string }
}

export const taroState: TaroState = { params: {}, pages: 2, fontScale: 1, scene: 1001 }

// Page lifecycle: useDidShow callbacks run on mount (as on a page's first onShow) and on showPage();
// useDidHide callbacks on hidePage().
const shown = new Set<() => void>()
const hidden = new Set<() => void>()

/** The page is shown again (back from another page, or the app back from the background). */
export function showPage(): void {
  shown.forEach((cb) => cb())
}

/** The page is hidden (another page on top of it, or the app in the background). */
export function hidePage(): void {
  hidden.forEach((cb) => cb())
}

export function resetTaroState(): void {
  taroState.params = {}
  taroState.pages = 2
  taroState.fontScale = 1
  taroState.scene = 1001
  taroState.shareAppMessage = undefined
  taroState.shareTimeline = undefined
}

export function createTaroMock() {
  const actual = jest.requireActual('@tarojs/taro')
  const resolved = () => jest.fn(() => Promise.resolve({ errMsg: 'ok' }))
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { useEffect, useRef } = require('react') as typeof import('react')
  const lifecycle = (set: Set<() => void>, runOnMount: boolean) => (cb: () => void) => {
    const latest = useRef(cb)
    latest.current = cb
    useEffect(() => {
      const fn = () => latest.current()
      set.add(fn)
      if (runOnMount) fn()
      return () => {
        set.delete(fn)
      }
    }, [])
  }
  const overrides = {
    useDidShow: lifecycle(shown, true),
    useDidHide: lifecycle(hidden, false),
    useRouter: () => ({ params: taroState.params, path: '' }),
    useShareAppMessage: (cb: TaroState['shareAppMessage']) => {
      taroState.shareAppMessage = cb
    },
    useShareTimeline: (cb: TaroState['shareTimeline']) => {
      taroState.shareTimeline = cb
    },
    getCurrentPages: () => Array.from({ length: taroState.pages }, () => ({})),
    getLaunchOptionsSync: () => ({ scene: taroState.scene }),
    getAppBaseInfo: () => ({ fontSizeScaleFactor: taroState.fontScale }),
    navigateTo: resolved(),
    redirectTo: resolved(),
    reLaunch: resolved(),
    switchTab: resolved(),
    hideHomeButton: resolved(),
    makePhoneCall: resolved(),
    setClipboardData: resolved(),
    showToast: resolved(),
    setNavigationBarTitle: resolved(),
    openLocation: resolved(),
  }
  return { __esModule: true, ...actual, ...overrides, default: { ...actual.default, ...overrides } }
}

/** The mocked module, for assertions on recorded calls. */
export function taroCalls(): Record<string, jest.Mock> {
  return jest.requireMock('@tarojs/taro')
}
