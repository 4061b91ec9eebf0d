/**
 * Forwarding from every page (a title, a path that reopens the same view, and a Moments query where
 * the page enables Moments), one way home on a cold open, and Moments' single-page mode: read-only,
 * honest, hotline and copy kept. All of it is usePageChrome's, so every page type is tried.
 */
import DisclosurePage from '../../src/packages/guide/pages/disclosure/index'
import EligibilityPage from '../../src/packages/guide/pages/eligibility/index'
import ServiceGuidePage from '../../src/packages/guide/pages/item/index'
import LifeEventPage from '../../src/packages/guide/pages/life-event/index'
import SearchPage from '../../src/packages/search/pages/search/index'
import Browse from '../../src/pages/browse/index'
import Home from '../../src/pages/home/index'
import ListPage from '../../src/pages/list/index'
import Mine from '../../src/pages/mine/index'
import PrivacyPage from '../../src/pages/privacy/index'
import { taroCalls, taroState } from '../setup/taro-mock'
import { click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

/** Page configs, read as the build reads them. */
function pageConfig(path: string): Record<string, unknown> {
  ;(globalThis as { definePageConfig?: (c: unknown) => unknown }).definePageConfig = (c) => c
  return require(`../../src/${path}/index.config`).default
}

describe('every page forwards', () => {
  test.each([
    ['pages/home', false],
    ['pages/browse', false],
    ['pages/mine', false],
    ['pages/privacy', false],
    ['pages/list', true],
    ['packages/guide/pages/item', true],
    ['packages/guide/pages/disclosure', true],
    ['packages/guide/pages/life-event', true],
    ['packages/guide/pages/eligibility', true],
    ['packages/search/pages/search', false],
    ['packages/search/pages/region', false],
  ])('%s enables forwarding (Moments: %s)', (path, timeline) => {
    const config = pageConfig(path)
    expect(config.enableShareAppMessage).toBe(true)
    expect(Boolean(config.enableShareTimeline)).toBe(timeline)
  })

  test('home, 分类 and 我的 forward their region, and a forwarded link opens that region', async () => {
    taroState.params = { region: 'bijie' }
    await mount(Home)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '毕节市人社办事指南', path: '/pages/home/index?region=bijie' })
    expect(stored('rsbszn.settings')).toEqual({ v: 1, data: { regionId: 'bijie', elderMode: null } })
    await mount(Browse)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '分类浏览 - 毕节市人社办事指南', path: '/pages/browse/index?region=bijie' })
    await mount(Mine)
    expect(taroState.shareAppMessage?.()?.path).toBe('/pages/mine/index?region=bijie')
  })

  test('a forwarded link with an unknown region changes nothing', async () => {
    taroState.params = { region: 'atlantis' }
    await mount(Home)
    expect(stored('rsbszn.settings')).toBeUndefined()
    expect(taroState.shareAppMessage?.()?.path).toBe('/pages/home/index?region=hami')
  })

  test('a list forwards its kind, key and region to friends and to Moments', async () => {
    taroState.params = { kind: 'category', key: encodeURIComponent('事项办理（公共服务）'), region: 'bijie' }
    await mount(ListPage)
    const share = taroState.shareAppMessage?.()
    expect(share?.title).toBe('事项办理（公共服务） - 毕节市人社办事指南')
    expect(share?.path).toBe(`/pages/list/index?kind=category&key=${encodeURIComponent('事项办理（公共服务）')}&region=bijie`)
    expect(taroState.shareTimeline?.()).toEqual({
      title: '事项办理（公共服务） - 毕节市人社办事指南',
      query: `kind=category&key=${encodeURIComponent('事项办理（公共服务）')}&region=bijie`,
    })
  })

  test('公开目录 forwards its region', async () => {
    taroState.params = { region: 'hami' }
    await mount(DisclosurePage)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '政务公开目录 - 哈密市人社办事指南', path: '/packages/guide/pages/disclosure/index?region=hami' })
    expect(taroState.shareTimeline?.()?.query).toBe('region=hami')
  })

  test('search forwards what is typed at the moment of forwarding, and a forwarded search reopens it', async () => {
    taroState.params = { q: encodeURIComponent('失业金'), region: 'bijie' }
    const utils = await mount(SearchPage)
    expect(taroState.shareAppMessage?.()).toEqual({
      title: '搜索“失业金” - 毕节市人社办事指南',
      path: `/packages/search/pages/search/index?q=${encodeURIComponent('失业金')}&region=bijie`,
    })
    expect(document.querySelector('[data-testid="search-results"]')).not.toBeNull()
    const input = document.querySelector('input') as HTMLInputElement
    utils.act(() => {
      utils.fireEvent.change(input, { target: { value: '社保证明' } } as unknown as EventInit)
    })
    await new Promise((r) => setTimeout(r, 0))
    expect(taroState.shareAppMessage?.()?.path).toBe(`/packages/search/pages/search/index?q=${encodeURIComponent('社保证明')}&region=bijie`)
  })

  test('一件事 forwards to a friend and to Moments with its region and id', async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    await mount(LifeEventPage)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '失业了 - 一件事一次办', path: '/packages/guide/pages/life-event/index?region=bijie&id=shiye' })
    expect(taroState.shareTimeline?.()).toEqual({ title: '失业了 - 毕节市人社办事指南', query: 'region=bijie&id=shiye' })
  })

  test('我能办什么 forwards its region to a friend and to Moments (never the answers)', async () => {
    taroState.params = { region: 'bijie' }
    await mount(EligibilityPage)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '我能办什么 - 毕节市人社办事指南', path: '/packages/guide/pages/eligibility/index?region=bijie' })
    expect(taroState.shareTimeline?.()?.query).toBe('region=bijie')
  })

  test('the title bar says what the page shows, cut to what WeChat can show', async () => {
    const titles = () => taroCalls().setNavigationBarTitle.mock.calls.map(([o]) => (o as { title: string }).title)
    taroState.params = { region: 'hami', id: 'hm-007' }
    await mount(ServiceGuidePage)
    expect(titles().at(-1)).toBe('职业供求信息、市场工资指导价位信')
    taroState.params = { region: 'bijie', id: 'bj-999' }
    await mount(ServiceGuidePage)
    expect(titles().at(-1)).toBe('事项不存在')
  })

  test('隐私说明 forwards itself', async () => {
    await mount(PrivacyPage)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '隐私说明 - 哈密市人社办事指南', path: '/pages/privacy/index' })
  })
})

describe('one way home on a cold open (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
    taroState.pages = 1
    taroState.scene = 1007
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test.each([
    ['一件事', LifeEventPage, { region: 'bijie', id: 'shiye' }],
    ['我能办什么', EligibilityPage, { region: 'bijie' }],
    ['公开目录', DisclosurePage, { region: 'bijie' }],
    ['a broken 一件事 link', LifeEventPage, { region: 'bijie', id: 'no-such-event' }],
  ] as const)("%s: the page's own 返回首页, once, switching to the home tab; WeChat's is hidden", async (_name, Page, params) => {
    taroState.params = { ...params }
    const utils = await mount(Page as never)
    expect(taroCalls().hideHomeButton).toHaveBeenCalled()
    const ways = Array.from(document.querySelectorAll('[aria-role="button"]')).filter((el) => textOf(el).includes('返回首页'))
    expect(ways).toHaveLength(1)
    await click(utils, ways[0])
    expect(taroCalls().switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
    expect(taroCalls().reLaunch).not.toHaveBeenCalled()
  })
})

describe('Moments single-page mode (scene 1154)', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
    taroState.scene = 1154
    taroState.pages = 1
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test('a guide offers no favourite, no share and no 返回首页, says how to open the full app, and keeps the hotline', async () => {
    taroState.params = { region: 'hami', id: 'hm-013' }
    const utils = await mount(ServiceGuidePage)
    expect(document.querySelector('[data-testid="favourite"]')).toBeNull()
    expect(document.querySelector('.share-button')).toBeNull()
    expect(document.querySelector('.item-home')).toBeNull()
    expect(textOf(document.querySelector('[data-testid="single-page-notice"]'))).toContain('前往小程序')
    expect(taroCalls().hideHomeButton).not.toHaveBeenCalled()
    await click(utils, document.querySelector('[data-testid="hotline-bar"]'))
    expect(textOf(document.querySelector('.call-panel'))).toContain('0902-2321695')
  })

  test('outside Moments the same guide has both', async () => {
    taroState.scene = 1007
    taroState.params = { region: 'hami', id: 'hm-013' }
    await mount(ServiceGuidePage)
    expect(document.querySelector('[data-testid="favourite"]')).not.toBeNull()
    expect(document.querySelector('.share-button')).not.toBeNull()
    expect(document.querySelector('[data-testid="single-page-notice"]')).toBeNull()
  })

  test('a list names its items without offering links that cannot open there', async () => {
    taroState.params = { kind: 'theme', key: 'subsidies', region: 'hami' }
    await mount(ListPage)
    expect(document.querySelector('[data-testid="single-page-notice"]')).not.toBeNull()
    expect(document.querySelectorAll('.service-cell')).toHaveLength(0)
    expect(document.querySelectorAll('.cell').length).toBeGreaterThan(0)
    expect(document.querySelectorAll('.cell[aria-role="button"]')).toHaveLength(0)
  })

  test('a bad link there offers neither search nor home', async () => {
    taroState.params = { region: 'hami', id: 'hm-999' }
    await mount(ServiceGuidePage)
    expect(document.querySelector('.not-found__actions')).toBeNull()
    expect(document.querySelector('[data-testid="single-page-notice"]')).not.toBeNull()
  })

  /** Read-only: nothing to save or share, no way out of the page, and the line on the full app. */
  const expectReadOnly = () => {
    expect(document.querySelector('[data-testid="favourite"]')).toBeNull()
    expect(document.querySelector('.share-button')).toBeNull()
    expect(document.querySelector('[data-testid="back-home"]')).toBeNull()
    expect(textOf(document.querySelector('[data-testid="single-page-notice"]'))).toContain('前往小程序')
    expect(document.querySelectorAll('[data-testid="single-page-notice"]')).toHaveLength(1)
    expect(taroCalls().hideHomeButton).not.toHaveBeenCalled()
  }
  const noNavigation = () => {
    for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch']) expect(taroCalls()[api]).not.toHaveBeenCalled()
  }

  test('一件事 offers no 收藏 or 分享; its steps are text, not links; the hotline stays', async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    const utils = await mount(LifeEventPage)
    expectReadOnly()
    const step = document.querySelector('[data-testid="event-step-1"]')
    expect(textOf(step)).toContain('第1步')
    expect(step?.getAttribute('aria-role')).toBeNull()
    await click(utils, step)
    noNavigation()
    await click(utils, document.querySelector('[data-testid="hotline-bar"]'))
    expect(textOf(document.querySelector('.call-panel'))).toContain('12333')
  })

  test('我能办什么 answers but saves nothing and opens nothing', async () => {
    taroState.params = { region: 'hami' }
    const utils = await mount(EligibilityPage)
    expectReadOnly()
    await click(utils, document.querySelector('[data-testid="answer-applicant-个人"]'))
    expect(document.querySelector('[data-testid="finder-results"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="save-answers"]')).toBeNull()
    const results = document.querySelector('[data-testid="finder-results"]') as Element
    expect(results.querySelectorAll('[aria-role="button"]')).toHaveLength(0)
    for (const el of Array.from(results.querySelectorAll('[data-testid^="finding-"], .cell'))) await click(utils, el)
    noNavigation()
    expect(textOf(document.body)).toContain('0902-2321695')
  })

  test('公开目录 lists its entries without links', async () => {
    taroState.params = { region: 'hami' }
    const utils = await mount(DisclosurePage)
    expectReadOnly()
    const entries = document.querySelectorAll('.disclosure-entry')
    expect(entries.length).toBeGreaterThan(0)
    expect(document.querySelectorAll('.disclosure-entry[aria-role="button"]')).toHaveLength(0)
    await click(utils, entries[0])
    noNavigation()
  })

  test('a broken 一件事 link there offers neither search nor home, and still the national hotline', async () => {
    taroState.params = { region: 'bijie', id: 'no-such-event' }
    await mount(LifeEventPage)
    expectReadOnly()
    expect(document.querySelector('.not-found__actions')).toBeNull()
    expect(textOf(document.querySelector('[data-testid="not-found"]'))).toContain('12333')
  })
})
