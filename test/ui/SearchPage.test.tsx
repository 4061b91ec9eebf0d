import SearchPage from '../../src/packages/search/pages/search/index'
import { taroCalls, taroState } from '../setup/taro-mock'
import { click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const results = () => Array.from(document.querySelectorAll('[data-testid="search-results"] [data-item-id]')).map((el) => el.getAttribute('data-item-id'))

describe('the search page', () => {
  test('reads the query from the page parameters (percent-encoded on H5) and ranks the alias target first', async () => {
    window.localStorage.setItem('rsbszn.settings', JSON.stringify({ data: JSON.stringify({ v: 1, data: { regionId: 'bijie', elderMode: null } }) }))
    taroState.params = { q: '%E5%A4%B1%E4%B8%9A%E9%87%91' }
    await mount(SearchPage)
    expect((document.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('失业金')
    expect(results()[0]).toBe('bj-073')
    expect(textOf(document.querySelector('[data-item-id="bj-073"]'))).toContain('常用叫法：失业金')
  })

  test('marks matches in names and lists other regions after the current one', async () => {
    taroState.params = { q: 'dangan' }
    await mount(SearchPage)
    const ids = results()
    expect(ids[0]).toMatch(/^hm-/)
    expect(ids.some((id) => id?.startsWith('bj-'))).toBe(true)
    expect(document.querySelector('[data-item-id="bj-092"] .tag--warn')?.textContent).toBe('毕节市的事项')
    expect(document.querySelector('.highlight')?.textContent).toBe('档案')
  })

  test('finds life events by everyday words, above the items, and opens them', async () => {
    window.localStorage.setItem('rsbszn.settings', JSON.stringify({ data: JSON.stringify({ v: 1, data: { regionId: 'bijie', elderMode: null } }) }))
    taroState.params = { q: '%E5%8E%BB%E4%B8%96' }
    const utils = await mount(SearchPage)
    const event = document.querySelector('[data-event-id="tuixiu-shenhoushi"]')
    expect(textOf(event)).toContain('退休人员身后事')
    expect(textOf(event)).toContain('常用说法：去世')
    // Events come before the item results in the page.
    const all = Array.from(document.querySelectorAll('[data-event-id], [data-testid="search-results"]'))
    expect(all[0].getAttribute('data-event-id')).toBe('tuixiu-shenhoushi')
    await click(utils, event!.querySelector('.cell'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/life-event/index?region=bijie&id=tuixiu-shenhoushi' })
  })

  test('an empty result offers everyday names, themes and the hotline', async () => {
    taroState.params = { q: 'zzzzqqq' }
    await mount(SearchPage)
    const empty = textOf(document.querySelector('.empty-state'))
    expect(empty).toContain('没有找到“zzzzqqq”相关事项')
    expect(empty).toContain('试试常用叫法')
    expect(empty).toContain('按主题查找')
    expect(document.querySelector('.empty-state .hotline-card')).not.toBeNull()
  })

  test('confirming a query remembers it in the history', async () => {
    taroState.params = {}
    const utils = await mount(SearchPage)
    const input = document.querySelector('input[type="search"]') as HTMLInputElement
    utils.act(() => {
      utils.fireEvent.change(input, { target: { value: '社保证明' } } as unknown as EventInit)
    })
    utils.act(() => {
      utils.fireEvent.keyDown(input, { key: 'Enter' })
    })
    expect(stored('rsbszn.search-history')).toEqual({ v: 1, data: ['社保证明'] })
  })
})
