/**
 * Forwarded paths: every view a citizen can forward gets a path (friends) and a query (Moments) that
 * reopen the same view once the page parses its parameters the way WeChat hands them over.
 */
import {
  decodeParam,
  disclosurePath,
  isTabPage,
  itemPath,
  listPath,
  PAGES,
  parseItemParams,
  searchPath,
  shareTarget,
  TAB_PAGES,
  viewPath,
  viewQuery,
  type SharedView,
} from '../../src/domain/routes'

/** What WeChat gives a page's onLoad for a path: the query split on & and =, values as written. */
function open(path: string): { page: string; params: Record<string, string> } {
  const [page, q = ''] = path.split('?')
  const params: Record<string, string> = {}
  for (const pair of q.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=')
    params[k] = v
  }
  return { page, params }
}

const decoded = (params: Record<string, string>) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, decodeParam(v)]))

describe('shared views', () => {
  const views: [SharedView, Record<string, string>][] = [
    [{ page: 'home', regionId: 'bijie' }, { region: 'bijie' }],
    [{ page: 'browse', regionId: 'hami' }, { region: 'hami' }],
    [{ page: 'mine', regionId: 'hami' }, { region: 'hami' }],
    [{ page: 'disclosure', regionId: 'bijie' }, { region: 'bijie' }],
    [
      { page: 'list', kind: 'theme', key: 'subsidies', regionId: 'hami' },
      { kind: 'theme', key: 'subsidies', region: 'hami' },
    ],
    [
      { page: 'list', kind: 'category', key: '就业创业&培训 = 100%', regionId: 'bijie' },
      { kind: 'category', key: '就业创业&培训 = 100%', region: 'bijie' },
    ],
    [
      { page: 'list', kind: 'audience', key: '单位', regionId: 'bijie' },
      { kind: 'audience', key: '单位', region: 'bijie' },
    ],
    [
      { page: 'item', regionId: 'bijie', id: 'bj-073' },
      { region: 'bijie', id: 'bj-073' },
    ],
    [
      { page: 'lifeEvent', regionId: 'bijie', id: 'shiye' },
      { region: 'bijie', id: 'shiye' },
    ],
    [{ page: 'eligibility', regionId: 'hami' }, { region: 'hami' }],
    [
      { page: 'search', regionId: 'hami', q: ' 失业金 a&b ' },
      { q: '失业金 a&b', region: 'hami' },
    ],
    [{ page: 'search', regionId: 'hami', q: '' }, { region: 'hami' }],
  ]

  test.each(views)('%j reopens with the same parameters', (view, expected) => {
    const target = shareTarget(view, '标题')
    expect(target.title).toBe('标题')
    const opened = open(target.path)
    expect(opened.page).toBe(PAGES[view.page])
    expect(decoded(opened.params)).toEqual(expected)
    // Moments gets the same query for the same page.
    expect(target.query).toBe(target.path.split('?')[1])
    expect(decoded(open(`${PAGES[view.page]}?${viewQuery(view)}`).params)).toEqual(expected)
  })

  test('the 隐私说明 page has no query', () => {
    expect(viewPath({ page: 'privacy' })).toBe('/pages/privacy/index')
    expect(shareTarget({ page: 'privacy' }, '隐私说明').query).toBe('')
  })

  test('a shared item path is the same path the app navigates to, and parses back to the item', () => {
    expect(viewPath({ page: 'item', regionId: 'bijie', id: 'bj-073' })).toBe(itemPath('bijie', 'bj-073'))
    expect(parseItemParams(open(itemPath('bijie', 'bj-073')).params)).toEqual({ ok: true, regionId: 'bijie', id: 'bj-073' })
    expect(viewPath({ page: 'list', kind: 'theme', key: 'subsidies', regionId: 'hami' })).toBe(listPath('theme', 'subsidies', 'hami'))
    expect(viewPath({ page: 'disclosure', regionId: 'hami' })).toBe(disclosurePath('hami'))
    expect(viewPath({ page: 'search', regionId: 'hami', q: '社保' })).toBe(searchPath('社保', 'hami'))
    expect(searchPath()).toBe(PAGES.search)
  })
})

describe('tab pages', () => {
  test('首页, 分类 and 我的, in that order, are the tab pages; others are not', () => {
    expect(TAB_PAGES.map((t) => t.label)).toEqual(['首页', '分类', '我的'])
    expect(isTabPage('/pages/home/index')).toBe(true)
    expect(isTabPage('pages/mine/index?region=hami')).toBe(true)
    expect(isTabPage(PAGES.list)).toBe(false)
    expect(isTabPage(PAGES.item)).toBe(false)
  })

  test('the tab pages in app.config.ts are exactly TAB_PAGES (weapp build)', () => {
    const previous = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const config = require('../../src/app.config').default as { tabBar: { custom: boolean; list: { pagePath: string }[] }; pages: string[] }
        expect(config.tabBar.custom).toBe(true)
        expect(config.tabBar.list.map((t) => `/${t.pagePath}`)).toEqual(TAB_PAGES.map((t) => t.url))
        for (const t of config.tabBar.list) expect(config.pages).toContain(t.pagePath)
      })
    } finally {
      process.env.TARO_ENV = previous
    }
  })
})
