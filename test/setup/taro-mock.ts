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
  shareAppMessage?: () => { title: string; path: string }
  shareTimeline?: () => { title: string; query?: string }
}

export const taroState: TaroState = { params: {}, pages: 2, fontScale: 1 }

export function resetTaroState(): void {
  taroState.params = {}
  taroState.pages = 2
  taroState.fontScale = 1
  taroState.shareAppMessage = undefined
  taroState.shareTimeline = undefined
}

export function createTaroMock() {
  const actual = jest.requireActual('@tarojs/taro')
  const resolved = () => jest.fn(() => Promise.resolve({ errMsg: 'ok' }))
  const overrides = {
    useRouter: () => ({ params: taroState.params, path: '' }),
    useShareAppMessage: (cb: TaroState['shareAppMessage']) => {
      taroState.shareAppMessage = cb
    },
    useShareTimeline: (cb: TaroState['shareTimeline']) => {
      taroState.shareTimeline = cb
    },
    getCurrentPages: () => Array.from({ length: taroState.pages }, () => ({})),
    getLaunchOptionsSync: () => ({ scene: 1001 }),
    getAppBaseInfo: () => ({ fontSizeScaleFactor: taroState.fontScale }),
    navigateTo: resolved(),
    redirectTo: resolved(),
    reLaunch: resolved(),
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
