/**
 * What each page forwards, what its navigation bar says once its data is in, and which region files it
 * loads (src/domain/routes/specs), on Bijie's real index and 一件事 file: the titles a friend and
 * Moments see, and the link that reopens the same page. Expectations are written out, not recomputed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { decodeParam, pageKeyOf, pageRegionOf, queryParams, viewPath } from '../../src/domain/routes'
import { preloadFirstScreen } from '../../src/domain/routes/first-screen'
import { routeOf, shareOf, type AnyPageSpec } from '../../src/domain/routes/page-spec'
import { PAGE_SPECS } from '../../src/domain/routes/specs'
import type { DataManifest, RegionIndexFile, RegionLifeEventsFile } from '../../types/region-data'

const GENERATED = path.resolve(__dirname, '../../src/generated')
const manifest = JSON.parse(readFileSync(path.join(GENERATED, 'bundle-manifest.json'), 'utf8')) as DataManifest
const bijie = manifest.regions.find((r) => r.id === 'bijie')!
const file = <T>(p: string) => JSON.parse(readFileSync(path.join(GENERATED, 'region-data', p), 'utf8')) as T
const index = file<RegionIndexFile>(bijie.files.index.path)
const lifeEvents = file<RegionLifeEventsFile>(bijie.files.lifeEvents!.path)
/** The guide group of bj-073 as far as the page reads it (the item is listed in it). */
const group073 = { items: { 'bj-073': {} } }

const IDS = ['hami', 'bijie']

/** Opening `raw` (a link's query) with the citizen's region hami, then forwarding it: what the friend and Moments get, and the path. */
function forwarded(key: keyof typeof PAGE_SPECS, raw: Record<string, string>, data: Record<string, unknown> = {}) {
  const spec: AnyPageSpec = PAGE_SPECS[key]
  const route = routeOf(spec, raw, 'hami', IDS)
  const names: Record<string, string> = { hami: '哈密市', bijie: '毕节市' }
  const titles = shareOf(spec.share(route, data), route.regionId, names[route.regionId])
  return { friend: titles.friend, moments: titles.moments, path: viewPath(titles.view) }
}
const titleOf = (key: keyof typeof PAGE_SPECS, raw: Record<string, string>, data: Record<string, unknown>) => {
  const spec = PAGE_SPECS[key]
  return spec.title!(routeOf(spec, raw, 'hami', IDS), data)
}

describe('forwarding a page', () => {
  test('a guide: its name to a friend, with the region for Moments; the link reopens the same guide', () => {
    expect(forwarded('item', { region: 'bijie', id: 'bj-073' }, { index, group: group073 })).toEqual({
      friend: '市本级参保人员办理失业保险金申领',
      moments: '市本级参保人员办理失业保险金申领 - 毕节市人社办事指南',
      path: '/packages/guide/pages/item/index?region=bijie&id=bj-073',
    })
  })

  test('a guide whose link is garbled, names an unknown item, or whose group has not arrived forwards the region’s home', () => {
    const home = { friend: '毕节市人社办事指南', moments: '毕节市人社办事指南', path: '/pages/home/index?region=bijie' }
    expect(forwarded('item', { region: 'bijie', id: '%E0%A4%A' }, { index, group: group073 })).toEqual(home)
    expect(forwarded('item', { region: 'bijie', id: 'bj-999' }, { index, group: group073 })).toEqual(home)
    expect(forwarded('item', { region: 'bijie', id: 'bj-073' }, { index, group: { items: {} } })).toEqual(home)
    expect(forwarded('item', { region: 'bijie', id: 'bj-073' }, { index })).toEqual(home)
    expect(forwarded('item', { region: 'bijie', id: 'bj-073' }, {})).toEqual(home)
  })

  test('一件事: its name and 一件事一次办 to a friend; an unknown event forwards the home page', () => {
    expect(forwarded('lifeEvent', { region: 'bijie', id: 'shiye' }, { index, lifeEvents })).toEqual({
      friend: '失业了 - 一件事一次办',
      moments: '失业了 - 毕节市人社办事指南',
      path: '/packages/guide/pages/life-event/index?region=bijie&id=shiye',
    })
    const home = { friend: '毕节市人社办事指南', moments: '毕节市人社办事指南', path: '/pages/home/index?region=bijie' }
    expect(forwarded('lifeEvent', { region: 'bijie', id: 'chuangye' }, { index, lifeEvents })).toEqual(home)
    expect(forwarded('lifeEvent', { region: 'bijie', id: 'shiye' }, { index })).toEqual(home)
  })

  test('a theme list: its title; an unknown list forwards the home page', () => {
    expect(forwarded('list', { region: 'bijie', kind: 'theme', key: 'employment' }, { index })).toEqual({
      friend: '就业创业 - 毕节市人社办事指南',
      moments: '就业创业 - 毕节市人社办事指南',
      path: '/pages/list/index?kind=theme&key=employment&region=bijie',
    })
    expect(forwarded('list', { region: 'bijie', kind: 'theme', key: 'nope' }, { index }).path).toBe('/pages/home/index?region=bijie')
  })

  test('search: what was typed (trimmed, at most 20 characters in the title, all of it in the link)', () => {
    const q = '  失业金怎么领取才能快一点呢我想知道具体的流程  '
    expect(forwarded('search', { region: 'bijie', q })).toEqual({
      friend: '搜索“失业金怎么领取才能快一点呢我想知道具体的” - 毕节市人社办事指南',
      moments: '搜索“失业金怎么领取才能快一点呢我想知道具体的” - 毕节市人社办事指南',
      path: `/packages/search/pages/search/index?q=${encodeURIComponent(q.trim())}&region=bijie`,
    })
    expect(forwarded('search', { region: 'bijie', q: '   ' })).toEqual({
      friend: '搜索事项 - 毕节市人社办事指南',
      moments: '搜索事项 - 毕节市人社办事指南',
      path: '/packages/search/pages/search/index?region=bijie',
    })
  })

  test('the region’s own pages: their name with the region; home and 我的 the region’s app alone', () => {
    const region = { region: 'bijie' }
    expect(forwarded('home', region)).toEqual({ friend: '毕节市人社办事指南', moments: '毕节市人社办事指南', path: '/pages/home/index?region=bijie' })
    expect(forwarded('mine', region)).toEqual({ friend: '毕节市人社办事指南', moments: '毕节市人社办事指南', path: '/pages/mine/index?region=bijie' })
    expect(forwarded('browse', region)).toEqual({
      friend: '分类浏览 - 毕节市人社办事指南',
      moments: '分类浏览 - 毕节市人社办事指南',
      path: '/pages/browse/index?region=bijie',
    })
    expect(forwarded('disclosure', region)).toEqual({
      friend: '政务公开目录 - 毕节市人社办事指南',
      moments: '政务公开目录 - 毕节市人社办事指南',
      path: '/packages/guide/pages/disclosure/index?region=bijie',
    })
    expect(forwarded('eligibility', region, { index })).toEqual({
      friend: '我能办什么 - 毕节市人社办事指南',
      moments: '我能办什么 - 毕节市人社办事指南',
      path: '/packages/guide/pages/eligibility/index?region=bijie',
    })
    // Still loading: the region's home, not a 我能办什么 that may not open.
    expect(forwarded('eligibility', region).path).toBe('/pages/home/index?region=bijie')
    // Without ?region= the page shows (and forwards) the citizen's own region.
    expect(forwarded('browse', {}).path).toBe('/pages/browse/index?region=hami')
  })

  test('the region picker forwards the home page of the citizen’s region', () => {
    expect(forwarded('regionPicker', {})).toEqual({ friend: '哈密市人社办事指南', moments: '哈密市人社办事指南', path: '/pages/home/index?region=hami' })
  })

  test('the calculators: the answer as the title, and the inputs that reopen it; an empty form its name', () => {
    expect(forwarded('retirement', { birth: '1965-03', kind: 'male' })).toEqual({
      friend: '1965年3月出生的男职工：2025年4月退休',
      moments: '1965年3月出生的男职工：2025年4月退休 - 哈密市人社办事指南',
      path: '/packages/tools/pages/retirement/index?birth=1965-03&kind=male',
    })
    expect(forwarded('retirement', {})).toEqual({
      friend: '退休年龄计算 - 哈密市人社办事指南',
      moments: '退休年龄计算 - 哈密市人社办事指南',
      path: '/packages/tools/pages/retirement/index',
    })
    expect(forwarded('unemploymentBenefit', { paidYears: '7' })).toEqual({
      friend: '失业保险缴费7年：失业保险金最长可领18个月',
      moments: '失业保险缴费7年：失业保险金最长可领18个月 - 哈密市人社办事指南',
      path: '/packages/tools/pages/unemployment-benefit/index?paidYears=7',
    })
    expect(forwarded('unemploymentBenefit', {})).toEqual({
      friend: '失业保险金能领几个月 - 哈密市人社办事指南',
      moments: '失业保险金能领几个月 - 哈密市人社办事指南',
      path: '/packages/tools/pages/unemployment-benefit/index',
    })
  })
})

describe('the navigation bar once the data is in', () => {
  test('a guide’s name, or 事项不存在', () => {
    expect(titleOf('item', { region: 'bijie', id: 'bj-073' }, { index, group: group073 })).toBe('市本级参保人员办理失业保险金申领')
    expect(titleOf('item', { region: 'bijie', id: 'bj-999' }, { index, group: group073 })).toBe('事项不存在')
    expect(titleOf('item', { region: 'bijie', id: '' }, { index, group: group073 })).toBe('事项不存在')
  })

  test('an event’s name, or 这件事不存在', () => {
    expect(titleOf('lifeEvent', { region: 'bijie', id: 'shiye' }, { index, lifeEvents })).toBe('失业了')
    expect(titleOf('lifeEvent', { region: 'bijie', id: 'chuangye' }, { index, lifeEvents })).toBe('这件事不存在')
    expect(titleOf('lifeEvent', { region: 'bijie', id: '%E0%A4%A' }, { index, lifeEvents })).toBe('这件事不存在')
    expect(titleOf('lifeEvent', { region: 'bijie', id: 'shiye' }, { index })).toBe('这件事不存在')
  })

  test('a list’s title, or 列表不存在', () => {
    expect(titleOf('list', { region: 'bijie', kind: 'theme', key: 'employment' }, { index })).toBe('就业创业')
    expect(titleOf('list', { region: 'bijie', kind: 'theme', key: 'nope' }, { index })).toBe('列表不存在')
  })
})

describe('the region files each page loads', () => {
  const wants = (key: keyof typeof PAGE_SPECS, raw: Record<string, string>) => {
    const spec = PAGE_SPECS[key]
    return spec.wants!(routeOf(spec, raw, 'hami', IDS))
  }

  test('the index of the region shown; 一件事 and 我能办什么 also every guide group and the 一件事 file', () => {
    for (const key of ['home', 'browse', 'mine', 'list'] as const) expect([key, wants(key, { region: 'bijie' })]).toEqual([key, { index: ['index', 'bijie'] }])
    expect(wants('disclosure', { region: 'bijie' })).toEqual({ index: ['index', 'bijie'], groups: ['groups', 'bijie'] })
    const full = { index: ['index', 'bijie'], groups: ['groups', 'bijie'], lifeEvents: ['lifeEvents', 'bijie'] }
    expect(wants('eligibility', { region: 'bijie' })).toEqual(full)
    expect(wants('lifeEvent', { region: 'bijie', id: 'shiye' })).toEqual(full)
    expect(wants('search', { region: 'bijie' })).toEqual({ index: ['index', 'bijie'], search: ['search', 'bijie'], province: ['province', ''] })
    expect(wants('regionPicker', {})).toEqual({ province: ['province', ''] })
  })

  test('a link to a region this build does not know loads nothing for 一件事 and 我能办什么 (the page says the link is broken)', () => {
    const none = { index: null, groups: null, lifeEvents: null }
    expect(wants('eligibility', { region: 'atlantis' })).toEqual(none)
    expect(wants('lifeEvent', { region: 'atlantis', id: 'shiye' })).toEqual(none)
  })
})

describe('the H5 first screen preload (preloadFirstScreen, run here as the app’s own function)', () => {
  const FILES = ['/js/home.js', '/js/common.js', '/js/guide.js', '/js/privacy.js']
  const ROUTES = {
    '/': { files: [0, 1], index: true },
    '/guide': { files: [2, 1], index: true },
    '/privacy': { files: [3], index: false },
  }
  const INDEXES = { hami: '/js/hami-index.js', bijie: '/js/bijie-index.js' }

  /** The files a cold open of `url` preloads; `stored`: entries in localStorage, or 'locked' when reading it throws. */
  function preloaded(url: string, stored: number | 'locked' = 0): string[] {
    const links: Record<string, string>[] = []
    const parsed = new URL(url, 'https://example.test')
    const globals = globalThis as Record<string, unknown>
    globals.window = { location: { pathname: parsed.pathname, search: parsed.search } }
    globals.document = {
      createElement: (tag: string) => {
        const link: Record<string, unknown> = { tag }
        link.setAttribute = (name: string, value: string) => (link[name] = value)
        return link
      },
      head: { appendChild: (l: Record<string, string>) => links.push(l) },
    }
    globals.localStorage =
      stored === 'locked'
        ? {
            get length(): number {
              throw new Error('SecurityError')
            },
          }
        : { length: stored }
    try {
      preloadFirstScreen(queryParams, decodeParam, pageRegionOf, FILES, ROUTES, INDEXES, IDS)
    } finally {
      delete globals.window
      delete globals.document
      delete globals.localStorage
    }
    for (const l of links) expect([l.tag, l.rel, l.as, l.fetchpriority]).toEqual(['link', 'preload', 'script', 'low'])
    return links.map((l) => l.href)
  }

  test('a shared guide: its chunks and the index of the link’s region, whether or not the citizen has been here', () => {
    expect(preloaded('/guide?region=bijie&id=bj-073', 3)).toEqual(['/js/guide.js', '/js/common.js', '/js/bijie-index.js'])
    expect(preloaded('/guide?region=hami&id=hm-013', 3)).toEqual(['/js/guide.js', '/js/common.js', '/js/hami-index.js'])
    expect(preloaded('/guide?region=%62ijie&id=bj-073')).toEqual(['/js/guide.js', '/js/common.js', '/js/bijie-index.js'])
  })

  test('home: the first region on a first visit; a returning visitor’s region (or an unreadable storage) is the app’s to decide', () => {
    expect(preloaded('/')).toEqual(['/js/home.js', '/js/common.js', '/js/hami-index.js'])
    expect(preloaded('/', 2)).toEqual(['/js/home.js', '/js/common.js'])
    expect(preloaded('/', 'locked')).toEqual(['/js/home.js', '/js/common.js'])
  })

  test('an unknown region preloads no index, even on a first visit; a page without region data none; an unknown path nothing', () => {
    expect(preloaded('/guide?region=atlantis&id=bj-073')).toEqual(['/js/guide.js', '/js/common.js'])
    expect(preloaded('/guide?region=atlantis&id=bj-073', 2)).toEqual(['/js/guide.js', '/js/common.js'])
    expect(preloaded('/privacy?region=bijie')).toEqual(['/js/privacy.js'])
    expect(preloaded('/nowhere')).toEqual([])
    expect(preloaded('/constructor')).toEqual([])
  })
})

describe('link parameters', () => {
  test('an H5 query as pages read it: values still encoded, a bare name empty, a value may hold =', () => {
    expect(queryParams('?region=bijie&q=%E5%A4%B1%E4%B8%9A&&flag&a=b=c')).toEqual({ region: 'bijie', q: '%E5%A4%B1%E4%B8%9A', flag: '', a: 'b=c' })
    expect(queryParams('region=hami')).toEqual({ region: 'hami' })
    expect(queryParams('')).toEqual({})
  })

  test('decoding: + is a space, a literal % that does not look encoded stays, anything else than text is missing', () => {
    expect(decodeParam('%E5%A4%B1%E4%B8%9A+%E9%87%91')).toBe('失业 金')
    expect(decodeParam('50%25a')).toBe('50%a')
    expect(decodeParam(undefined)).toBeNull()
    expect(decodeParam(['bijie'])).toBeNull()
  })

  test('a page path (with or without its leading slash) names its page', () => {
    expect(pageKeyOf('packages/guide/pages/item/index')).toBe('item')
    expect(pageKeyOf('/pages/home/index')).toBe('home')
    expect(pageKeyOf('/pages/nowhere/index')).toBeNull()
  })
})
