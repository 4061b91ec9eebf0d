import Home from '../../src/pages/home/index'
import Mine from '../../src/pages/mine/index'
import { taroCalls } from '../setup/taro-mock'
import { byText, click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const put = (key: string, value: unknown) => window.localStorage.setItem(key, JSON.stringify({ data: JSON.stringify(value) }))

describe('home', () => {
  test('shows the region switch, the elder switch, themes and featured services', async () => {
    await mount(Home)
    expect(textOf(document.querySelector('h1'))).toBe('人社办事指南')
    expect(document.querySelector('[data-testid="elder-switch"]')).not.toBeNull()
    expect(document.querySelectorAll('.theme-grid__tile').length).toBeGreaterThan(3)
    expect(document.querySelector('[data-item-id="hm-013"]')).not.toBeNull()
  })

  test('switching region is remembered and changes the lists', async () => {
    const utils = await mount(Home)
    await click(utils, byText('.region-switch button', '毕节市'))
    expect(stored('rsbszn.settings')).toEqual({ v: 1, data: { regionId: 'bijie', elderMode: null } })
    expect(document.querySelector('[data-item-id="bj-073"]')).not.toBeNull()
    expect(document.querySelector('[data-item-id="hm-013"]')).toBeNull()
  })

  test('a theme tile opens its list for the current region', async () => {
    const utils = await mount(Home)
    await click(utils, document.querySelector('[data-testid="theme-subsidies"]'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/pages/list/index?kind=theme&key=subsidies&region=hami' })
  })
})

describe('我的', () => {
  beforeEach(() => {
    put('rsbszn.favourites', { v: 2, data: { hami: [{ id: 'hm-013', savedAt: 2 }, { id: 'hm-999', savedAt: 1 }] } })
    put('rsbszn.checklists', { v: 1, data: { 'hm-013': { dataVersion: '2026.11.1', ticked: ['id-card', 'business-licence', 'bank-account'], updatedAt: 1 } } })
    put('rsbszn.recents', { v: 1, data: { hami: [{ id: 'hm-010', viewedAt: 3 }] } })
  })

  test('lists favourites with checklist progress; ids no longer in the catalogue are pruned quietly', async () => {
    await mount(Mine)
    const saved = document.querySelector('[data-item-id="hm-013"]')
    expect(textOf(saved)).toContain('已备 3/6')
    expect(document.querySelector('[data-item-id="hm-999"]')).toBeNull()
    expect(stored('rsbszn.favourites')).toEqual({ v: 2, data: { hami: [{ id: 'hm-013', savedAt: 2 }] } })
  })

  test('one-tap removal, and clear-all after an inline confirmation', async () => {
    const utils = await mount(Mine)
    await click(utils, document.querySelector('[aria-label="移除 创业补贴"]'))
    expect(document.querySelector('.cell-group [data-item-id="hm-013"]')).toBeNull()
    await click(utils, byText('button', '清空浏览记录'))
    await click(utils, document.querySelector('[aria-label="确认清空浏览记录"]'))
    expect(stored('rsbszn.recents')).toEqual({ v: 1, data: { hami: [] } })
  })
})
