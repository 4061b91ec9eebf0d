import { unmountAll } from '../ui/helpers'
import { installPageClipboard } from './page-clipboard'
import { resetTaroState } from './taro-mock'

// Each UI test starts with empty storage and fresh route state, so tests never see each other's data.
beforeEach(() => {
  jest.clearAllMocks()
  window.localStorage.clear()
  // Required lazily, so it binds to the test file's @tarojs/taro mock like the code under test does.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('../../src/services/stores').reloadAllStores()
  resetTaroState()
  installPageClipboard()
})

afterEach(() => {
  unmountAll()
})

// react-dom 18.3 warns that test-utils' ReactDOMTestUtils.act is deprecated; the warning is about the
// test library, not the app, so only that exact message is filtered out.
const originalError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act` is deprecated')) return
  originalError(...args)
}
