/** What each page needs in memory, by its path and route: the one table the pages and the launch preload read. */
import { PAGES } from '../../src/domain/routes'
import { PAGE_DATA_OF, pageDataNeeds } from '../../src/domain/routes/page-data'

const known = (id: string) => id === 'hami' || id === 'bijie'
const needs = (page: string, params: Record<string, string>) => pageDataNeeds(page, params, 'hami', known)

describe('page data needs', () => {
  test('every page but 隐私说明 declares what it needs', () => {
    expect(Object.values(PAGES).filter((p) => !PAGE_DATA_OF[p])).toEqual([PAGES.privacy])
  })

  test('a guide link needs its own region and item, nothing else; a broken one the current region', () => {
    expect(needs(PAGES.item, { region: 'bijie', id: 'bj-073' })).toEqual({ regionId: 'bijie', itemId: 'bj-073' })
    expect(needs('packages/guide/pages/item/index', { region: 'bijie', id: 'bj-073' })).toEqual({ regionId: 'bijie', itemId: 'bj-073' })
    for (const params of [{ region: "nowhere", id: "bj-073" }, {} as Record<string, string>, { region: '%E0%A4', id: 'x' }, { region: 'bijie', id: '<script>' }]) {
      expect(needs(PAGES.item, params)).toEqual({ regionId: 'hami' })
    }
  })

  test('home, 我的 and search also need the bundled regions (最近浏览, 收藏, results that open at once)', () => {
    expect(needs(PAGES.home, {})).toEqual({ regionId: 'hami', bundledIndexes: true })
    expect(needs(PAGES.mine, { region: 'bijie' })).toEqual({ regionId: 'bijie', bundledIndexes: true })
    expect(needs(PAGES.search, { q: 'shiye' })).toMatchObject({ regionId: 'hami', search: true, province: true, bundledIndexes: true })
    expect(needs(PAGES.list, { region: 'nowhere' })).toEqual({ regionId: 'hami' })
  })

  test('an unknown page needs nothing', () => {
    expect(needs('/pages/nowhere/index', {})).toBeNull()
  })
})
