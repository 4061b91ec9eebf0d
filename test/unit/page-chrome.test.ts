/**
 * One rule for every page's chrome (domain/routes/page-chrome.ts, applied by usePageChrome): which
 * pages forward where, what a page offers given how it was opened, and that every page takes its
 * config and its chrome from that rule rather than from a copy of its own.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { chromeRules, pageConfig, PAGES, sharesToMoments, viewPath, type PageKey } from '../../src/domain/routes'

const SRC = path.resolve(__dirname, '../../src')
const keys = Object.keys(PAGES) as PageKey[]
/** The page's folder under src, from its path: /pages/home/index -> pages/home. */
const folderOf = (key: PageKey) => PAGES[key].replace(/^\//, '').replace(/\/index$/, '')

describe('how a page was opened decides its chrome', () => {
  test("from inside the app: no own link home, WeChat's back button is left alone", () => {
    expect(chromeRules({ singlePage: false, cold: false, tab: false })).toEqual({ readOnly: false, homeLink: false, hideSystemHome: false })
  })

  test("cold from a link: the page's own 返回首页, and WeChat's is hidden (exactly one way home)", () => {
    expect(chromeRules({ singlePage: false, cold: true, tab: false })).toEqual({ readOnly: false, homeLink: true, hideSystemHome: true })
  })

  test("a tab page is home already: no link home, WeChat's button hidden", () => {
    for (const cold of [true, false])
      expect(chromeRules({ singlePage: false, cold, tab: true })).toEqual({ readOnly: false, homeLink: false, hideSystemHome: true })
  })

  test("Moments' single page is read-only and cannot leave: no link home, whatever else holds", () => {
    for (const cold of [true, false]) {
      for (const tab of [true, false]) expect(chromeRules({ singlePage: true, cold, tab })).toEqual({ readOnly: true, homeLink: false, hideSystemHome: false })
    }
  })
})

describe('page configs come from the one rule', () => {
  test.each(keys)('%s forwards to friends, and to Moments exactly when the rule says so', (key) => {
    const config = pageConfig(key)
    expect(config.enableShareAppMessage).toBe(true)
    expect(Boolean(config.enableShareTimeline)).toBe(sharesToMoments(key))
    expect(config.navigationBarTitleText).toBeTruthy()
  })

  test('the pages that open in Moments: guides, lists, 公开目录, 一件事, 我能办什么 and the calculators', () => {
    expect(keys.filter(sharesToMoments).sort()).toEqual(['disclosure', 'eligibility', 'item', 'lifeEvent', 'list', 'retirement', 'unemploymentBenefit'])
  })

  test.each(keys)('%s/index.config.ts is pageConfig of its own page', (key) => {
    ;(globalThis as { definePageConfig?: (c: unknown) => unknown }).definePageConfig = (c) => c
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const config = require(path.join(SRC, folderOf(key), 'index.config')).default
    expect(config).toEqual(pageConfig(key))
  })

  test('every page of the app is a key of PAGES, so none can be left out of the rule', () => {
    ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const app = require('../../src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
    const routes = [...app.pages, ...app.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map((r) => `/${r}`).sort()
    expect(routes).toEqual(keys.map((k) => PAGES[k]).sort())
  })

  test('一件事 and 我能办什么 forward a path that reopens them', () => {
    expect(viewPath({ page: 'lifeEvent', regionId: 'bijie', id: 'shiye' })).toBe('/packages/guide/pages/life-event/index?region=bijie&id=shiye')
    expect(viewPath({ page: 'eligibility', regionId: 'hami' })).toBe('/packages/guide/pages/eligibility/index?region=hami')
  })
})

describe('every page takes its chrome from usePageChrome', () => {
  // What only the rule may do; a page doing it itself is a copy that can drift.
  const forbidden = [
    /\buseShareAppMessage\b/,
    /\buseShareTimeline\b/,
    /\bisSinglePageMode\b/,
    /\buseSinglePageMode\b/,
    /\bisFirstPage\b/,
    /\bhideSystemHomeButton\b/,
    /\breLaunch\b/,
    /\bnavigateTo\b/,
    /SinglePageNotice/,
    /返回首页/,
  ]

  test.each(keys)('%s', (key) => {
    const source = readFileSync(path.join(SRC, folderOf(key), 'index.tsx'), 'utf8')
    expect(source).toMatch(/\busePageChrome\(/)
    // Every PageShell of the page gets the chrome (the not-found branch too).
    const shells = source.match(/<PageShell\b[^>]*>/g) ?? []
    expect(shells.length).toBeGreaterThan(0)
    for (const shell of shells) expect(shell).toContain('chrome={chrome}')
    for (const pattern of forbidden) expect(source).not.toMatch(pattern)
  })
})
