import ServiceGuidePage from '../../src/packages/guide/pages/item/index'
import { taroState } from '../setup/taro-mock'
import { click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const sections = () => Array.from(document.querySelectorAll('[data-section]')).map((el) => el.getAttribute('data-section'))
const notFound = () => document.querySelector('[data-testid="not-found"]')

describe('the service-guide page', () => {
  let now: jest.SpyInstance
  beforeEach(() => {
    // 2026-09-30 10:00 in Beijing: a Wednesday before the 国庆 holiday.
    now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 8, 30, 2, 0))
  })
  afterEach(() => now.mockRestore())

  test('shows the sections the standard requires, in its order, with the sample notice', async () => {
    taroState.params = { region: 'bijie', id: 'bj-073' }
    await mount(ServiceGuidePage)
    expect(textOf(document.querySelector('h1'))).toBe('市本级参保人员办理失业保险金申领')
    // 公开内容: 基本信息 (with 办理时限 and 地点), 办理依据, 申请材料, 特殊环节, 基本流程, 事项评价, 办理结果; then 咨询, 网上办理 and 受理条件.
    expect(sections()).toEqual([
      'basicInfo',
      'timeLimit',
      'location',
      'legalBasis',
      'materials',
      'specialSteps',
      'flow',
      'evaluation',
      'result',
      'contact',
      'online',
      'conditions',
    ])
    expect(textOf(document.querySelector('.sample-notice'))).toContain('示例内容')
    expect(textOf(document.querySelector('[data-testid="publication-facts"]'))).toContain(
      '来源：《毕节市人力资源和社会保障局2024年政务公开标准规范（试行）》第 73 项',
    )
  })

  test('turns the promised limit into a date on the official calendar', async () => {
    taroState.params = { region: 'bijie', id: 'bj-073' }
    await mount(ServiceGuidePage)
    // 5 working days from 9/30: 10/1-10/7 off, then 10/8, 10/9, 10/10 (make-up Saturday), 10/12, 10/13.
    expect(textOf(document.querySelector('[data-testid="completion-estimate"]'))).toContain('今天受理，预计 2026年10月13日（周二）前办结')
  })

  test('share callbacks carry the item name, region and id', async () => {
    taroState.params = { region: 'hami', id: 'hm-013' }
    await mount(ServiceGuidePage)
    expect(taroState.shareAppMessage?.()).toEqual({ title: '创业补贴', path: '/packages/guide/pages/item/index?region=hami&id=hm-013' })
    expect(taroState.shareTimeline?.()).toEqual({ title: '创业补贴 - 哈密市人社办事指南', query: 'region=hami&id=hm-013' })
  })

  test('the favourite star saves the item under its region', async () => {
    taroState.params = { region: 'hami', id: 'hm-013' }
    const utils = await mount(ServiceGuidePage)
    const star = document.querySelector('[data-testid="favourite"]')
    expect(star?.getAttribute('aria-checked')).toBe('false')
    await click(utils, star)
    expect(star?.getAttribute('aria-checked')).toBe('true')
    expect(stored('rsbszn.favourites')).toMatchObject({ v: 3, data: { hami: [{ kind: 'item', id: 'hm-013' }] } })
    expect(stored('rsbszn.recents')).toMatchObject({ v: 1, data: { hami: [{ id: 'hm-013' }] } })
  })

  test('the bottom bar calls the seed hotline for Hami items', async () => {
    taroState.params = { region: 'hami', id: 'hm-013' }
    const utils = await mount(ServiceGuidePage)
    await click(utils, document.querySelector('[data-testid="hotline-bar"]'))
    expect(document.querySelector('.hotline-bar a[href^="tel:"]')?.getAttribute('href')).toBe('tel:09022321695')
  })

  test('opened cold (a shared link), it offers 返回首页', async () => {
    taroState.params = { region: 'bijie', id: 'bj-073' }
    taroState.pages = 1
    await mount(ServiceGuidePage)
    expect(textOf(document.querySelector('[data-testid="back-home"]'))).toContain('返回首页')
  })

  test('a 公开目录 entry shows its 公开内容 and publication facts, without a guide', async () => {
    taroState.params = { region: 'bijie', id: 'bj-001' }
    await mount(ServiceGuidePage)
    expect(sections()).toEqual([])
    expect(textOf(document.querySelector('.section-card'))).toContain('联系方式 1) 办公地址')
    expect(textOf(document.querySelector('[data-testid="publication-facts"]'))).toContain('网站公开栏目机构概况')
  })

  test('the duplicated source row says so and shares the original guide', async () => {
    taroState.params = { region: 'bijie', id: 'bj-055' }
    await mount(ServiceGuidePage)
    expect(textOf(document.querySelector('.item-duplicate'))).toContain('源目录第 55 项与第 46 项内容相同')
    expect(sections()).toContain('materials')
  })

  test.each([
    ['an unknown id', { region: 'bijie', id: 'bj-999' }, '这个事项在当前目录中找不到'],
    ['an unknown region', { region: 'shanghai', id: 'bj-073' }, '链接指向的地区不在本应用的目录中'],
    ['an id from the other region', { region: 'hami', id: 'bj-073' }, '这个事项不属于链接中的地区'],
    ['a missing parameter', { region: 'bijie' }, '链接缺少事项信息'],
    ['a garbled parameter', { region: 'bijie', id: '%E5%A4%B1%' }, '链接中的事项信息无法识别'],
    ['hostile text', { region: '<script>alert(1)</script>', id: "bj-073'" }, '链接中的事项信息无法识别'],
  ])('%s lands on 事项不存在或已调整', async (_label, params, why) => {
    taroState.params = params as Record<string, string>
    await mount(ServiceGuidePage)
    expect(textOf(notFound())).toContain('事项不存在或已调整')
    expect(textOf(notFound())).toContain(why)
    expect(textOf(notFound())).toContain('搜索事项')
    expect(textOf(notFound())).toContain('返回首页')
  })
})
