import { PAGES } from '../../src/domain/routes'
import { H5_PATHS, pageOfH5Path } from '../../src/domain/routes/h5-paths'

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
