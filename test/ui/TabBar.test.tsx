/**
 * The tab bar: 首页, 分类 and 我的 are reached with switchTab (WeChat tab pages, so no 返回首页 button
 * there); weapp draws the tabs in the custom tab bar and H5 at the bottom of each tab page; 长辈模式
 * enlarges the custom tab bar like every page; a cold-opened guide has exactly one way home.
 */
import CustomTabBar from '../../src/custom-tab-bar'
import ServiceGuidePage from '../../src/packages/guide/pages/item/index'
import Browse from '../../src/pages/browse/index'
import Home from '../../src/pages/home/index'
import Mine from '../../src/pages/mine/index'
import { showPage, taroCalls, taroState } from '../setup/taro-mock'
import { click, mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const put = (key: string, value: unknown) => window.localStorage.setItem(key, JSON.stringify({ data: JSON.stringify(value) }))
const tab = (key: string) => document.querySelector(`[data-testid="tab-${key}"]`)

describe('tabs on H5 (drawn in the page)', () => {
  test('each tab page draws the tabs, marks its own, and switches with switchTab', async () => {
    const utils = await mount(Home)
    expect(Array.from(document.querySelectorAll('.bottom-tabs [data-testid^="tab-"]')).map(textOf)).toEqual(['首页', '分类', '我的'])
    expect(tab('home')?.getAttribute('aria-current')).toBe('page')
    expect(tab('browse')?.getAttribute('aria-current')).toBeNull()
    await click(utils, tab('browse'))
    expect(taroCalls().switchTab).toHaveBeenCalledWith({ url: '/pages/browse/index' })
    await click(utils, tab('home'))
    expect(taroCalls().switchTab).toHaveBeenCalledTimes(1)
    expect(taroCalls().redirectTo).not.toHaveBeenCalled()
  })

  test('最近浏览 "全部" on home goes to the 我的 tab with switchTab', async () => {
    put('rsbszn.recents', { v: 1, data: { hami: [{ id: 'hm-013', viewedAt: 3 }] } })
    const utils = await mount(Home)
    await click(utils, document.querySelector('[aria-label="全部最近浏览"]'))
    expect(taroCalls().switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
    expect(taroCalls().redirectTo).not.toHaveBeenCalled()
  })

  test('分类 and 我的 mark their own tab', async () => {
    await mount(Browse)
    expect(tab('browse')?.getAttribute('aria-current')).toBe('page')
  })
})

describe('tabs on weapp (the custom tab bar)', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test("tab pages draw no tabs of their own, and hide WeChat's home button when shown", async () => {
    await mount(Mine)
    expect(document.querySelector('.bottom-tabs')).toBeNull()
    expect(taroCalls().hideHomeButton).toHaveBeenCalled()
  })

  test("the custom tab bar shows the tab of the page being shown, with WeChat's tab role and state", async () => {
    await mount(Mine)
    const utils = await mount(CustomTabBar)
    const mine = tab('mine')
    expect(mine?.getAttribute('aria-role')).toBe('tab')
    expect(mine?.getAttribute('aria-selected')).toBe('true')
    expect(mine?.getAttribute('aria-label')).toBe('我的，当前页')
    expect(tab('home')?.getAttribute('aria-selected')).toBe('false')
    await click(utils, tab('home'))
    expect(taroCalls().switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  test('follows the page that is shown again', async () => {
    await mount(CustomTabBar)
    await mount(Browse)
    expect(tab('browse')?.getAttribute('aria-selected')).toBe('true')
    await mount(Home)
    expect(tab('home')?.getAttribute('aria-selected')).toBe('true')
    expect(tab('browse')?.getAttribute('aria-selected')).toBe('false')
  })

  test('长辈模式 enlarges the custom tab bar like the pages (same tokens: 60px targets, 20px text)', async () => {
    put('rsbszn.settings', { v: 1, data: { regionId: null, elderMode: true } })
    require('../../src/services/stores').reloadAllStores()
    await mount(CustomTabBar)
    const root = document.querySelector('.custom-tab-bar')
    expect(root?.classList.contains('tokens')).toBe(true)
    expect(root?.classList.contains('page--elder')).toBe(true)
  })

  test('a large WeChat font turns the custom tab bar to 长辈模式 too', async () => {
    taroState.fontScale = 1.3
    await mount(CustomTabBar)
    expect(document.querySelector('.custom-tab-bar')?.getAttribute('data-elder')).toBe('on')
  })

  test("a cold-opened guide shows its own 返回首页 and hides WeChat's: exactly one way home", async () => {
    taroState.params = { region: 'bijie', id: 'bj-073' }
    taroState.pages = 1
    const utils = await mount(ServiceGuidePage)
    expect(taroCalls().hideHomeButton).toHaveBeenCalled()
    const home = document.querySelector('[data-testid="back-home"]')
    expect(textOf(home)).toBe('‹ 返回首页')
    // WeChat's bar goes back on weapp: the page draws no back control of its own.
    expect(document.querySelector('[data-testid="back"]')).toBeNull()
    await click(utils, home)
    expect(taroCalls().switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
    expect(taroCalls().reLaunch).not.toHaveBeenCalled()
  })

  test("a guide opened from inside the app keeps WeChat's back button and has no 返回首页", async () => {
    taroState.params = { region: 'bijie', id: 'bj-073' }
    taroState.pages = 3
    await mount(ServiceGuidePage)
    showPage()
    expect(document.querySelector('[data-testid="back-home"]')).toBeNull()
    expect(document.querySelector('[data-testid="back"]')).toBeNull()
    expect(taroCalls().hideHomeButton).not.toHaveBeenCalled()
  })
})

describe('one way home on a bad list link (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test("opened cold, a bad list's 返回首页 replaces WeChat's and is not repeated by the not-found box; a good list has the same one way home", async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ListPage = require('../../src/pages/list/index').default
    taroState.pages = 1
    taroState.params = { kind: 'theme', key: 'nothing', region: 'hami' }
    const utils = await mount(ListPage)
    expect(taroCalls().hideHomeButton).toHaveBeenCalled()
    const waysHome = () => Array.from(document.querySelectorAll('[aria-role="button"]')).filter((el) => textOf(el).includes('返回首页'))
    expect(waysHome()).toHaveLength(1)
    await click(utils, waysHome()[0])
    expect(taroCalls().switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
    utils.unmout()
    taroCalls().hideHomeButton.mockClear()
    taroState.params = { kind: 'theme', key: 'subsidies', region: 'hami' }
    await mount(ListPage)
    expect(taroCalls().hideHomeButton).toHaveBeenCalled()
    expect(waysHome()).toHaveLength(1)
  })
})
