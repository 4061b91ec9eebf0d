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

  test("shows the region's life events and a 我能办什么 entry", async () => {
    const utils = await mount(Home)
    const group = Array.from(document.querySelectorAll('.cell-group')).find((g) => textOf(g.querySelector('h2')) === '一件事一次办')!
    const cells = Array.from(group.querySelectorAll('.cell')).map((c) => textOf(c))
    expect(cells).toHaveLength(5)
    expect(cells[0]).toContain('我要创业')
    expect(cells[0]).toContain('4步')
    expect(cells[4]).toContain('我能办什么')
    await click(utils, byText('.cell', '单位招人'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/life-event/index?region=hami&id=danwei-zhaoren' })
    await click(utils, byText('.cell', '我能办什么'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/eligibility/index?region=hami' })
    // Bijie's events follow the region switch.
    await click(utils, byText('.region-switch button', '毕节市'))
    expect(byText('.cell', '失业了')).not.toBeNull()
    expect(byText('.cell', '我要创业')).toBeNull()
  })

  test('a theme tile opens its list for the current region', async () => {
    const utils = await mount(Home)
    await click(utils, document.querySelector('[data-testid="theme-subsidies"]'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/pages/list/index?kind=theme&key=subsidies&region=hami' })
  })
})

describe('我的', () => {
  beforeEach(() => {
    put('rsbszn.favourites', {
      v: 2,
      data: {
        hami: [
          { id: 'hm-013', savedAt: 2 },
          { id: 'hm-999', savedAt: 1 },
        ],
      },
    })
    put('rsbszn.checklists', { v: 1, data: { 'hm-013': { dataVersion: '2026.11.1', ticked: ['id-card', 'business-licence', 'bank-account'], updatedAt: 1 } } })
    put('rsbszn.recents', { v: 1, data: { hami: [{ id: 'hm-010', viewedAt: 3 }] } })
  })

  test('lists favourites with checklist progress; ids no longer in the catalogue are pruned quietly', async () => {
    await mount(Mine)
    const saved = document.querySelector('[data-item-id="hm-013"]')
    expect(textOf(saved)).toContain('已备 3/6')
    expect(document.querySelector('[data-item-id="hm-999"]')).toBeNull()
    // Saved as version 2 (items only), read and written back as version 3 with every item kept.
    expect(stored('rsbszn.favourites')).toEqual({ v: 3, data: { hami: [{ kind: 'item', id: 'hm-013', savedAt: 2 }] } })
  })

  test("a saved life event shows with its combined checklist's progress, from the guides' own ticks", async () => {
    put('rsbszn.settings', { v: 1, data: { regionId: 'bijie', elderMode: null } })
    put('rsbszn.favourites', {
      v: 3,
      data: {
        bijie: [
          { kind: 'event', id: 'shiye', savedAt: 3 },
          { kind: 'event', id: 'gone-event', savedAt: 2 },
          { kind: 'item', id: 'bj-073', savedAt: 1 },
        ],
      },
    })
    // 身份证 ticked in all four guides of 失业了 (one merged document), the bank card in bj-073 only.
    const entry = (ticked: string[]) => ({ dataVersion: '2026.11.1', ticked, updatedAt: 1 })
    put('rsbszn.checklists', {
      v: 1,
      data: {
        'bj-073': entry(['social-security-card', 'bank-card']),
        'bj-092': entry(['id-card']),
        'bj-082': entry(['social-security-card']),
        'bj-077': entry(['social-security-card']),
      },
    })
    const utils = await mount(Mine)
    const saved = document.querySelector('[data-event-id="shiye"]')
    expect(textOf(saved)).toContain('失业了')
    expect(textOf(saved)).toContain('已备 2/12')
    expect(textOf(document.querySelector('[data-item-id="bj-073"]'))).toContain('已备 2/3')
    // An event the data no longer has is pruned quietly; the saved item stays.
    expect(document.querySelector('[data-event-id="gone-event"]')).toBeNull()
    expect((stored('rsbszn.favourites') as { data: { bijie: { id: string }[] } }).data.bijie.map((s) => s.id)).toEqual(['shiye', 'bj-073'])
    await click(utils, saved!.querySelector('.service-cell__main'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/life-event/index?region=bijie&id=shiye' })
    await click(utils, document.querySelector('[aria-label="移除 失业了"]'))
    expect(document.querySelector('[data-event-id="shiye"]')).toBeNull()
    expect(document.querySelector('[data-item-id="bj-073"]')).not.toBeNull()
  })

  test('清空收藏 clears the saved items and keeps the saved life events', async () => {
    put('rsbszn.favourites', {
      v: 3,
      data: {
        hami: [
          { kind: 'event', id: 'wo-yao-chuangye', savedAt: 3 },
          { kind: 'item', id: 'hm-013', savedAt: 2 },
        ],
      },
    })
    const utils = await mount(Mine)
    await click(utils, byText('button', '清空收藏'))
    await click(utils, document.querySelector('[aria-label="确认清空收藏"]'))
    expect(document.querySelector('[data-item-id="hm-013"]')).toBeNull()
    expect(textOf(document.querySelector('[data-event-id="wo-yao-chuangye"]'))).toContain('我要创业')
    expect(stored('rsbszn.favourites')).toEqual({ v: 3, data: { hami: [{ kind: 'event', id: 'wo-yao-chuangye', savedAt: 3 }] } })
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
