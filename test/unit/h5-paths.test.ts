import { PAGES, queryParams } from '../../src/domain/routes'
import { H5_PATHS, pageOfH5Path, unknownAddressTarget } from '../../src/domain/routes/h5-paths'
import { notFoundSpec } from '../../src/domain/routes/specs'

describe('H5 short addresses', () => {
  it('name every page once', () => {
    expect(Object.keys(H5_PATHS).sort()).toEqual(Object.values(PAGES).sort())
  })
  it('map an address, short or full, to its page', () => {
    expect(pageOfH5Path('/guide')).toBe(PAGES.item)
    expect(pageOfH5Path('/guide/')).toBe(PAGES.item)
    expect(pageOfH5Path('/')).toBe(PAGES.home)
    expect(pageOfH5Path('/home')).toBe(PAGES.home)
    expect(pageOfH5Path('/packages/guide/pages/life-event/index')).toBe(PAGES.lifeEvent)
    expect(pageOfH5Path('/nowhere')).toBeNull()
  })
})

describe('an address the H5 router has no route for (unknownAddressTarget)', () => {
  it('opens the page a mini-program path names, with its query (the router then shows its short address)', () => {
    expect(unknownAddressTarget('/pages/home/index', '')).toBe(PAGES.home)
    expect(unknownAddressTarget('/packages/guide/pages/item/index', '?region=bijie&id=bj-073')).toBe(`${PAGES.item}?region=bijie&id=bj-073`)
    expect(unknownAddressTarget('/guide/', '?region=bijie&id=bj-073')).toBe(`${PAGES.item}?region=bijie&id=bj-073`)
  })

  it('opens the one not-found page with the address it was given, which the page reads back', () => {
    for (const [pathname, search, shown] of [
      ['/foo', '', '/foo'],
      ['/a/b/c', '?x=1&y=2', '/a/b/c?x=1&y=2'],
      ['/%E5%A4%B1%E4%B8%9A%E9%87%91', '', '/失业金'],
      ['/pages/home', '', '/pages/home'],
      ['/not-found/', '', '/not-found/'],
    ]) {
      const target = unknownAddressTarget(pathname, search)
      expect(target.startsWith(`${PAGES.notFound}?path=`)).toBe(true)
      expect(notFoundSpec.parse(queryParams(target.split('?').slice(1).join('?')))).toEqual({ address: shown })
    }
  })

  it('the page shows no address for a missing or garbled one, and cuts a very long one short', () => {
    expect(notFoundSpec.parse({})).toEqual({ address: null })
    expect(notFoundSpec.parse({ path: '%E5%A4' })).toEqual({ address: null })
    const long = notFoundSpec.parse({ path: encodeURIComponent(`/${'x'.repeat(500)}`) }).address
    expect(long?.length).toBe(121)
    expect(long?.endsWith('…')).toBe(true)
  })
})
