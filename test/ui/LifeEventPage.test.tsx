import LifeEventPage from '../../src/packages/guide/pages/life-event/index'
import ServiceGuidePage from '../../src/packages/guide/pages/item/index'
import { taroCalls, taroState } from '../setup/taro-mock'
import { click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const q = (selector: string) => document.querySelector(selector)
const doc = (key: string) => q(`[data-testid="document-${key}"]`)
const put = (key: string, value: unknown) => window.localStorage.setItem(key, JSON.stringify({ data: JSON.stringify(value) }))

describe('the life-event page (一件事)', () => {
  let now: jest.SpyInstance
  beforeEach(() => {
    // 2026-09-30 10:00 in Beijing: a Wednesday before the 国庆 holiday (10/1-10/7, make-up workday 10/10).
    now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 8, 30, 2, 0))
  })
  afterEach(() => now.mockRestore())

  test('shows the steps as a numbered path, each opening its guide, with the sample marks', async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    const utils = await mount(LifeEventPage)
    expect(textOf(q('h1'))).toBe('失业了')
    expect(textOf(q('.sample-notice'))).toContain('示例内容')
    const steps = Array.from(document.querySelectorAll('[data-step]')).map((el) => textOf(el))
    expect(steps).toHaveLength(4)
    expect(steps[0]).toContain('第1步 市本级参保人员办理失业保险金申领')
    expect(steps[1]).toContain('可与第1步同时办')
    expect(steps[3]).toContain('视情况办')
    await click(utils, q('[data-testid="event-step-1"]'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/item/index?region=bijie&id=bj-073' })
  })

  test('the combined checklist lists a document several steps need once, with its steps, counts and cases', async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    await mount(LifeEventPage)
    const items = document.querySelectorAll('[data-section="materials"] [role="checkbox"]')
    expect(items).toHaveLength(12)
    expect(textOf(q('[data-section="materials"] .checklist__note'))).toContain('共列 17 份材料')
    const idCard = textOf(doc('own-id-card'))
    expect(idCard).toContain('本人居民身份证')
    expect(idCard).toContain('原件（4个事项要用）')
    expect(idCard).toContain(
      '用于：第1步 市本级参保人员办理失业保险金申领、第2步 流动人员人事档案接收和传递、第3步 查询市本级领取失业金人员领取失业金情况、第4步',
    )
    expect(idCard).toContain('必需')
    // Needed only in some case: a conditional material, and a step needed only on re-employment.
    const termination = textOf(doc('termination-proof'))
    expect(termination).toContain('视情况')
    expect(termination).toContain('何时需要：第1步（经办机构无法通过信息共享核实离职情况时提供。）')
    expect(textOf(doc('bj-077/stop-application'))).toContain('第4步')
  })

  test("ticks are the guides' own: a tick here shows on the guide, and a tick on the guide shows here", async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    const utils = await mount(LifeEventPage)
    expect(textOf(q('[data-testid="event-checklist-progress"]'))).toBe('已备 0/12')
    await click(utils, doc('own-id-card'))
    expect(doc('own-id-card')?.getAttribute('aria-checked')).toBe('true')
    expect(textOf(q('[data-testid="event-checklist-progress"]'))).toBe('已备 1/12')
    // One tick, four guides' checklists.
    const saved = stored('rsbszn.checklists') as { v: number; data: Record<string, { ticked: string[]; dataVersion: string }> }
    expect(saved.v).toBe(1)
    expect(saved.data['bj-073'].ticked).toEqual(['social-security-card'])
    expect(saved.data['bj-092'].ticked).toEqual(['id-card'])
    expect(saved.data['bj-082'].ticked).toEqual(['social-security-card'])
    expect(saved.data['bj-077'].ticked).toEqual(['social-security-card'])

    // The guide of step 1 shows it ticked; ticking the bank card there shows on the event page.
    taroState.params = { region: 'bijie', id: 'bj-073' }
    const guide = await mount(ServiceGuidePage)
    const guideCard = document.querySelector('[data-testid="material-social-security-card"]')
    expect(guideCard?.getAttribute('aria-checked')).toBe('true')
    await click(guide, document.querySelector('[data-testid="material-bank-card"]'))
    expect(doc('bj-073/bank-card')?.getAttribute('aria-checked')).toBe('true')
    expect(textOf(q('[data-testid="event-checklist-progress"]'))).toBe('已备 2/12')

    // Unticking the shared card on the guide leaves it partly ticked here, not ticked.
    await click(guide, document.querySelector('[data-testid="material-social-security-card"]'))
    expect(doc('own-id-card')?.getAttribute('aria-checked')).toBe('false')
    expect(textOf(doc('own-id-card'))).toContain('部分事项已勾选')
    // Ticking it here again ticks it everywhere.
    await click(utils, doc('own-id-card'))
    expect((stored('rsbszn.checklists') as { data: Record<string, { ticked: string[] }> }).data['bj-073'].ticked).toContain('social-security-card')
  })

  test('复制清单 copies what is still missing, with counts, steps and cases', async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    const utils = await mount(LifeEventPage)
    await click(utils, doc('own-id-card'))
    const write = jest.fn((_text: string) => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true })
    await click(utils, q('[data-testid="event-checklist-copy"]'))
    const text = write.mock.calls[0][0]
    expect(text.split('\n')[0]).toBe('【失业了】还缺 11 项材料（示例内容，以窗口告知为准）：')
    expect(text).not.toContain('本人居民身份证')
    expect(text).toContain(
      '1. 解除或终止劳动关系的证明：原件、复印件 1份（用于第1步 市本级参保人员办理失业保险金申领、第2步 流动人员人事档案接收和传递；仅部分情况需要：',
    )
  })

  test('the timeline runs on the real calendar from today in China time, across 国庆 2026', async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    await mount(LifeEventPage)
    // Steps 1 and 2 run in parallel: 5 working days from 9/30 skip 10/1-10/7 and count the make-up Saturday 10/10.
    const step1 = textOf(q('[data-testid="timeline-step-1"]'))
    expect(step1).toContain('可同时办理')
    expect(step1).toContain('9月30日（周三）受理，承诺5个工作日，预计 2026年10月13日（周二）前办结')
    expect(textOf(q('[data-testid="timeline-step-2"]'))).toContain('可同时办理')
    // Step 3 is a lookup (查询领取失业金情况) and step 4 happens when the citizen finds work: listed without a date.
    expect(textOf(q('[data-testid="timeline-untimed"]'))).toContain('第3步 查询市本级领取失业金人员领取失业金情况')
    expect(textOf(q('[data-testid="timeline-untimed"]'))).toContain('第4步 市本级领取失业金人员申请停发失业金')
    expect(textOf(q('[data-testid="timeline-finish"]'))).toBe('全部办完预计 2026年10月13日')
    expect(q('[data-testid="calendar-fallback"]')).toBeNull()
  })

  test('where the calendar has no data (2027), the timeline says so', async () => {
    now.mockReturnValue(Date.UTC(2026, 11, 28, 2, 0))
    taroState.params = { region: 'hami', id: 'wo-yao-chuangye' }
    await mount(LifeEventPage)
    expect(textOf(q('[data-testid="calendar-fallback"]'))).toContain('2027年的法定节假日安排尚未收录')
  })

  test('share callbacks carry the event, its region and a stable link', async () => {
    taroState.params = { region: 'hami', id: 'wo-yao-chuangye' }
    await mount(LifeEventPage)
    expect(taroState.shareAppMessage?.()).toEqual({
      title: '我要创业 - 一件事一次办',
      path: '/packages/guide/pages/life-event/index?region=hami&id=wo-yao-chuangye',
    })
    expect(taroState.shareTimeline?.()).toEqual({ title: '我要创业 - 哈密市人社办事指南', query: 'region=hami&id=wo-yao-chuangye' })
  })

  test('an event can be saved like an item; saved items survive', async () => {
    put('rsbszn.favourites', { v: 2, data: { hami: [{ id: 'hm-013', savedAt: 5 }] } })
    taroState.params = { region: 'hami', id: 'wo-yao-chuangye' }
    const utils = await mount(LifeEventPage)
    const star = q('[data-testid="favourite"]')
    expect(star?.getAttribute('aria-checked')).toBe('false')
    await click(utils, star)
    expect(star?.getAttribute('aria-checked')).toBe('true')
    const saved = stored('rsbszn.favourites') as { v: number; data: { hami: { kind: string; id: string }[] } }
    expect(saved.v).toBe(3)
    expect(saved.data.hami.map((s) => `${s.kind}:${s.id}`)).toEqual(['event:wo-yao-chuangye', 'item:hm-013'])
  })

  test('the hotline is one tap away', async () => {
    taroState.params = { region: 'hami', id: 'wo-yao-chuangye' }
    const utils = await mount(LifeEventPage)
    await click(utils, q('[data-testid="hotline-bar"]'))
    expect(q('.hotline-bar a[href^="tel:"]')?.getAttribute('href')).toBe('tel:09022321695')
  })

  test.each([
    ['an unknown id', { region: 'bijie', id: 'no-such-event' }, '这件事在当前地区的目录中找不到'],
    ['an event of the other region', { region: 'hami', id: 'shiye' }, '这件事在当前地区的目录中找不到'],
    ['an unknown region', { region: 'shanghai', id: 'shiye' }, '链接指向的地区不在本应用的目录中'],
    ['a missing parameter', { region: 'bijie' }, '链接缺少'],
    ['hostile text', { region: 'bijie', id: '<script>' }, '链接中的信息无法识别'],
  ])('%s shows a clear not-found state', async (_label, params, why) => {
    taroState.params = params as Record<string, string>
    await mount(LifeEventPage)
    const box = q('[data-testid="not-found"]')
    expect(textOf(box)).toContain(why)
    expect(textOf(box)).toContain('返回首页')
    expect(q('[data-testid="favourite"]')).toBeNull()
  })
})
