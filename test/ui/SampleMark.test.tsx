/**
 * Sample figures carry their mark wherever they show: the mark component itself, list cells, and the
 * guide page's header and location section. Whether to mark comes from the data's sample flags.
 */
import { SampleFigure, SampleMark } from '../../src/components/SampleMark'
import ServiceCell from '../../src/components/ServiceCell'
import type { VenueStatus } from '../../src/domain/calendar'
import Home from '../../src/pages/home/index'
import Mine from '../../src/pages/mine/index'
import ServiceGuidePage from '../../src/packages/guide/pages/item/index'
import ListPage from '../../src/pages/list/index'
import type { ItemSummary } from '../../types/generated'
import { taroState } from '../setup/taro-mock'
import { mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const put = (key: string, value: unknown) => window.localStorage.setItem(key, JSON.stringify({ data: JSON.stringify(value) }))

const item: ItemSummary = {
  id: 'hm-013',
  kind: 'service',
  name: '创业补贴',
  unit: '市就业局',
  regionId: 'hami',
  guideId: 'hm-013',
  venueId: 'hm-employment-center',
  timeLimitText: '20个工作日',
  timeLimitSample: true,
  applicants: ['个人'],
  materialIds: [],
}
const open: VenueStatus = { state: 'open', label: '办公中', closesAt: '12:00', uncertain: false, sample: true }

describe('the mark', () => {
  test('a sample figure reads "label（示例）：value"', async () => {
    await mount(() => (
      <SampleFigure label='时限' sample>
        20个工作日
      </SampleFigure>
    ))
    expect(textOf(document.querySelector('.sample-figure'))).toBe('时限（示例）：20个工作日')
    expect(textOf(document.querySelector('.sample-figure .sample-mark'))).toBe('（示例）')
  })

  test('a figure that is not sample has no mark', async () => {
    await mount(() => (
      <SampleFigure label='时限' sample={false}>
        20个工作日
      </SampleFigure>
    ))
    expect(textOf(document.querySelector('.sample-figure'))).toBe('时限：20个工作日')
    expect(document.querySelector('.sample-mark')).toBeNull()
  })

  test('the mark alone, after a value', async () => {
    await mount(() => (
      <span className='value'>
        周一至周五
        <SampleMark />
      </span>
    ))
    expect(textOf(document.querySelector('.value'))).toBe('周一至周五（示例）')
  })
})

describe('list cells', () => {
  const cell = () => textOf(document.querySelector('[data-item-id="hm-013"]'))

  test('mark a sample time limit and an office status from sample hours', async () => {
    await mount(ServiceCell, { item, status: open, onPress: () => undefined })
    expect(cell()).toContain('时限（示例）：20个工作日')
    expect(cell()).toContain('办公时间（示例）：办公中')
  })

  test('follow the data: a non-sample limit and non-sample hours are not marked', async () => {
    await mount(ServiceCell, { item: { ...item, timeLimitSample: false }, status: { ...open, sample: false }, onPress: () => undefined })
    expect(cell()).toContain('时限：20个工作日')
    expect(cell()).toContain('办公时间：办公中')
    expect(cell()).not.toContain('示例')
  })
})

describe('pages', () => {
  let now: jest.SpyInstance
  beforeEach(() => {
    // 2026-11-25 10:00 in Beijing, a Wednesday: offices are open.
    now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 10, 25, 2, 0))
  })
  afterEach(() => now.mockRestore())

  test('home: 常用服务 marks the limit and the office status', async () => {
    await mount(Home)
    const featured = textOf(document.querySelector('[data-item-id="hm-013"]'))
    expect(featured).toMatch(/时限（示例）：\d+个工作日/)
    expect(featured).toContain('办公时间（示例）：')
  })

  test('a list marks every limit it shows', async () => {
    taroState.params = { kind: 'theme', key: 'subsidies', region: 'hami' }
    await mount(ListPage)
    const cells = Array.from(document.querySelectorAll('[data-item-id]')).map(textOf)
    const withLimit = cells.filter((t) => t.includes('时限'))
    expect(withLimit.length).toBeGreaterThan(2)
    for (const c of withLimit) expect(c).toContain('时限（示例）：')
  })

  test('我的: a saved item’s limit is marked', async () => {
    put('rsbszn.favourites', { v: 2, data: { hami: [{ id: 'hm-013', savedAt: 2 }] } })
    await mount(Mine)
    expect(textOf(document.querySelector('[data-item-id="hm-013"]'))).toContain('时限（示例）：')
  })

  test('the guide header marks its limit and status; the location section marks the hours', async () => {
    taroState.params = { region: 'bijie', id: 'bj-073' }
    await mount(ServiceGuidePage)
    const head = textOf(document.querySelector('.item-head'))
    expect(head).toMatch(/办理时限（示例）：\d+个工作日/)
    expect(head).toContain('办公时间（示例）：办公中')
    const location = document.querySelector('[data-section="location"]')
    expect(textOf(location?.querySelector('.tag--warn') ?? null)).toBe('示例内容')
    expect(textOf(location)).toMatch(/办公时间.+（示例）/)
  })
})
