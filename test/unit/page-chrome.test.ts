/**
 * One rule for every page's chrome (domain/routes/page-chrome.ts, applied by usePageChrome from the
 * page's spec): which pages forward where, and what a page offers given how it was opened, on either
 * platform. Expectations are written out as a citizen sees them, not recomputed from the rule.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { chromeRules, H5_ONLY_PAGES, pageConfig, PAGES, viewPath, type PageKey } from '../../src/domain/routes'

const SRC = path.resolve(__dirname, '../../src')
const keys = Object.keys(PAGES) as PageKey[]
/** The page's folder under src, from its path: /pages/home/index -> pages/home. */
const folderOf = (key: PageKey) => PAGES[key].replace(/^\//, '').replace(/\/index$/, '')

const weapp = { noSystemBar: false }
const h5 = { noSystemBar: true }

describe('how a page was opened decides its chrome', () => {
  test("weapp, from inside the app: WeChat's bar goes back; the page draws neither back nor home", () => {
    expect(chromeRules({ singlePage: false, cold: false, tab: false, ...weapp })).toEqual({
      readOnly: false,
      homeLink: false,
      backLink: false,
      hideSystemHome: false,
    })
  })

  test('H5, from inside the app: no browser bar in the installed web app, so the page draws its own back control', () => {
    expect(chromeRules({ singlePage: false, cold: false, tab: false, ...h5 })).toEqual({
      readOnly: false,
      homeLink: false,
      backLink: true,
      hideSystemHome: false,
    })
  })

  test("cold from a link, on either platform: the page's own 返回首页 and no back (there is nothing to go back to); WeChat's home button hidden", () => {
    for (const platform of [weapp, h5])
      expect(chromeRules({ singlePage: false, cold: true, tab: false, ...platform })).toEqual({
        readOnly: false,
        homeLink: true,
        backLink: false,
        hideSystemHome: true,
      })
  })

  test("a tab page is home already: no back, no link home, WeChat's button hidden", () => {
    for (const cold of [true, false])
      for (const platform of [weapp, h5])
        expect(chromeRules({ singlePage: false, cold, tab: true, ...platform })).toEqual({
          readOnly: false,
          homeLink: false,
          backLink: false,
          hideSystemHome: true,
        })
  })

  test("Moments' single page is read-only and cannot leave: no back, no link home, whatever else holds", () => {
    for (const cold of [true, false])
      for (const tab of [true, false])
        expect(chromeRules({ singlePage: true, cold, tab, ...weapp })).toEqual({ readOnly: true, homeLink: false, backLink: false, hideSystemHome: false })
  })
})

/** What WeChat shows for each page: its title, and the share menus it offers (Moments only where the page makes sense alone). */
const CONFIGS: Record<PageKey, { navigationBarTitleText: string; enableShareAppMessage: true; enableShareTimeline?: true }> = {
  home: { navigationBarTitleText: '人社办事指南', enableShareAppMessage: true },
  browse: { navigationBarTitleText: '分类浏览', enableShareAppMessage: true },
  mine: { navigationBarTitleText: '我的', enableShareAppMessage: true },
  list: { navigationBarTitleText: '事项列表', enableShareAppMessage: true, enableShareTimeline: true },
  item: { navigationBarTitleText: '办事指南', enableShareAppMessage: true, enableShareTimeline: true },
  disclosure: { navigationBarTitleText: '政务公开目录', enableShareAppMessage: true, enableShareTimeline: true },
  search: { navigationBarTitleText: '搜索事项', enableShareAppMessage: true },
  regionPicker: { navigationBarTitleText: '选择地区', enableShareAppMessage: true },
  lifeEvent: { navigationBarTitleText: '一件事', enableShareAppMessage: true, enableShareTimeline: true },
  eligibility: { navigationBarTitleText: '我能办什么', enableShareAppMessage: true, enableShareTimeline: true },
  privacy: { navigationBarTitleText: '隐私说明', enableShareAppMessage: true },
  retirement: { navigationBarTitleText: '退休年龄计算', enableShareAppMessage: true, enableShareTimeline: true },
  unemploymentBenefit: { navigationBarTitleText: '失业金领取期限计算', enableShareAppMessage: true, enableShareTimeline: true },
  notFound: { navigationBarTitleText: '页面不存在', enableShareAppMessage: true },
}

describe('page configs', () => {
  test.each(keys)('%s: its title, forwarding to friends, and Moments only for pages that stand alone', (key) => {
    expect(pageConfig(key)).toEqual(CONFIGS[key])
  })

  test.each(keys)('%s/index.config.ts is the config WeChat must show', (key) => {
    ;(globalThis as { definePageConfig?: (c: unknown) => unknown }).definePageConfig = (c) => c
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const config = require(path.join(SRC, folderOf(key), 'index.config')).default
    expect(config).toEqual(CONFIGS[key])
  })

  test.each(['h5', 'weapp'] as const)('every page of the app (%s build) is a key of PAGES, so none can be left out of the rule', (platform) => {
    ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
    const previous = process.env.TARO_ENV
    process.env.TARO_ENV = platform
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const app = require('../../src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
        const routes = [...app.pages, ...app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map((r) => `/${r}`).sort()
        // The not-found page is H5's alone: WeChat answers a missing page itself (platform redirectUnknownPages).
        const expected = keys.filter((k) => platform === 'h5' || !H5_ONLY_PAGES.includes(k)).map((k) => PAGES[k])
        expect(routes).toEqual(expected.sort())
        expect(routes.includes(PAGES.notFound)).toBe(platform === 'h5')
      })
    } finally {
      process.env.TARO_ENV = previous
    }
  })

  test('一件事 and 我能办什么 forward a path that reopens them', () => {
    expect(viewPath({ page: 'lifeEvent', regionId: 'bijie', id: 'shiye' })).toBe('/packages/guide/pages/life-event/index?region=bijie&id=shiye')
    expect(viewPath({ page: 'eligibility', regionId: 'hami' })).toBe('/packages/guide/pages/eligibility/index?region=hami')
  })
})

describe('every page is made from its spec', () => {
  // What only the rule and the page wrapper may do; a page doing it itself is a copy that can drift.
  const forbidden = [
    /\busePageChrome\(/,
    /\buseShareAppMessage\b/,
    /\buseShareTimeline\b/,
    /\bisSinglePageMode\b/,
    /\bisFirstPage\b/,
    /\bhideSystemHomeButton\b/,
    /\breLaunch\b/,
    /\bnavigateTo\b/,
    /\bnavigateBack\b/,
    /SinglePageNotice/,
    /返回首页/,
    // The share title is built once (page-spec.ts shareOf).
    /\}人社办事指南/,
    /\buseRouteParams\b/,
    /\bdecodeParam\b/,
    /\buseCatalogue\b/,
    /\bloadedCatalogue\b/,
  ]

  test.each(keys)('%s', (key) => {
    const source = readFileSync(path.join(SRC, folderOf(key), 'index.tsx'), 'utf8')
    expect(source).toMatch(new RegExp(`export default definePage\\(${key}Spec, \\w+\\)`))
    expect(source.match(/<PageShell\b[^>]*>/g)?.length).toBeGreaterThan(0)
    for (const pattern of forbidden) expect(source).not.toMatch(pattern)
  })
})
