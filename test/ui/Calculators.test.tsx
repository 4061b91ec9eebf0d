/** 我哪年退休 and 失业金能领几个月 pages (H5 branches): link → answer, taps, bad links, elder mode, screen-reader names, share. */
import RetirementPage from '../../src/packages/tools/pages/retirement/index'
import UnemploymentBenefitPage from '../../src/packages/tools/pages/unemployment-benefit/index'
import { taroState } from '../setup/taro-mock'
import { click, mount, stored, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const q = (s: string) => document.querySelector(s)
const t = (id: string) => q(`[data-testid="${id}"]`)

describe('我哪年退休', () => {
  test('a shared link opens its answer with the exact labels, 弹性 range and no pension amount', async () => {
    taroState.params = { birth: '1965-03', kind: 'male' }
    await mount(RetirementPage)
    const result = textOf(t('retirement-result'))
    expect(result).toContain('法定退休年龄：60岁1个月')
    expect(result).toContain('退休时间：2025年4月')
    expect(result).toContain('最低缴费年限：15年')
    expect(textOf(t('flexible'))).toContain('最早可申请：2025年3月（60岁）')
    expect(textOf(t('flexible'))).toContain('最晚可延迟到：2028年4月（63岁1个月）')
    expect(t('retirement-result')?.getAttribute('role')).toBe('region')
    expect(t('retirement-result')?.getAttribute('aria-label')).toBe('计算结果')
    expect(textOf(q('.page'))).toContain('不作估算')
    expect(taroState.shareAppMessage?.()).toEqual({
      title: '1965年3月出生的男职工：2025年4月退休',
      path: '/packages/tools/pages/retirement/index?birth=1965-03&kind=male',
    })
    // Moments has no chat around it: the answer, then the region's app (shareOf, the one rule for titles).
    expect(taroState.shareTimeline?.()).toEqual({
      title: expect.stringMatching(/^1965年3月出生的男职工：2025年4月退休 - .+人社办事指南$/),
      query: 'birth=1965-03&kind=male',
    })
  })

  test('taps: decade, year, month, category; radios are named and checked; the address follows', async () => {
    const utils = await mount(RetirementPage)
    expect(t('retirement-result')).toBeNull()
    await click(utils, t('decade-1970'))
    await click(utils, t('year-1971'))
    await click(utils, t('month-6'))
    await click(utils, t('kind-male'))
    expect(t('kind-male')?.getAttribute('role')).toBe('radio')
    expect(t('kind-male')?.getAttribute('aria-checked')).toBe('true')
    expect(t('kind-female50')?.getAttribute('aria-label')).toContain('原法定退休年龄五十周岁的女职工')
    expect(q('[role="radiogroup"][aria-label="出生月份"]')).not.toBeNull()
    expect(textOf(t('retirement-result'))).toContain('退休时间：2033年2月')
    expect(window.location.search).toBe('?birth=1971-06&kind=male')
    expect(taroState.shareAppMessage?.().title).toBe('1971年6月出生的男职工：2033年2月退休')
  })

  test.each([
    [{ birth: '2999-01', kind: 'male' }, '不能晚于本月'],
    [{ birth: '1800-01', kind: 'male' }, '1940年1月'],
    [{ birth: '1965-03', kind: 'unknown' }, '人员类别看不懂'],
    [{ birth: 'abc', kind: 'male' }, '出生年月看不懂'],
    [{ birth: 'x'.repeat(50_000) }, '出生年月看不懂'],
  ])('bad link %j: a clear message, the form, no crash', async (params, message) => {
    taroState.params = params as Record<string, string>
    await mount(RetirementPage)
    expect(textOf(t('calc-problem'))).toContain(message)
    expect(t('calc-problem')?.getAttribute('role')).toBe('alert')
    expect(t('retirement-result')).toBeNull()
    expect(t('decade-1960')).not.toBeNull()
  })

  test('elder mode applies (large system font), and the choices are real buttons', async () => {
    document.documentElement.style.fontSize = '21px'
    try {
      taroState.params = { birth: '1984-11', kind: 'female50' }
      await mount(RetirementPage)
      expect(q('.page')?.classList.contains('page--elder')).toBe(true)
      expect(textOf(t('retirement-result'))).toContain('法定退休年龄：55岁')
      expect(t('month-11')?.tagName).toBe('BUTTON')
    } finally {
      document.documentElement.style.fontSize = ''
    }
  })

  test('remembering the birth month is off by default; on stores it, off deletes it', async () => {
    taroState.params = { birth: '1970-05', kind: 'female55' }
    const utils = await mount(RetirementPage)
    expect(t('remember-birth')?.getAttribute('aria-checked')).toBe('false')
    expect(stored('rsbszn.retirement-birth')).toBeUndefined()
    await click(utils, t('remember-birth'))
    expect(stored('rsbszn.retirement-birth')).toMatchObject({ v: 1, data: { birth: '1970-05', kind: 'female55' } })
    await click(utils, t('remember-birth'))
    expect(stored('rsbszn.retirement-birth')).toEqual({ v: 1, data: null })
  })

  test('before the reform: the original age, no 弹性', async () => {
    taroState.params = { birth: '1960-01', kind: 'male' }
    await mount(RetirementPage)
    expect(textOf(t('retirement-result'))).toContain('退休时间：2020年1月')
    expect(t('before-reform')).not.toBeNull()
    expect(t('flexible')).toBeNull()
  })
})

describe('失业金能领几个月', () => {
  test('a link opens its answer; the conditions and the combining rule are there; share states the answer', async () => {
    taroState.params = { paidYears: '7' }
    await mount(UnemploymentBenefitPage)
    expect(textOf(t('benefit-result'))).toContain('最长可领18个月')
    const page = textOf(q('.page'))
    expect(page).toContain('非因本人意愿中断就业')
    expect(page).toContain('已经进行失业登记，并有求职要求')
    expect(page).toContain('最长不超过24个月')
    expect(taroState.shareAppMessage?.()).toEqual({
      title: '失业保险缴费7年：失业保险金最长可领18个月',
      path: '/packages/tools/pages/unemployment-benefit/index?paidYears=7',
    })
  })

  test('the stepper and quick choices change the answer', async () => {
    const utils = await mount(UnemploymentBenefitPage)
    await click(utils, t('years-0'))
    expect(textOf(t('benefit-result'))).toContain('缴费不满1年，不能领取失业保险金')
    await click(utils, t('years-plus'))
    expect(textOf(t('benefit-result'))).toContain('最长可领12个月')
    await click(utils, t('years-10'))
    expect(textOf(t('benefit-result'))).toContain('最长可领24个月')
    expect(t('years-plus')?.getAttribute('aria-label')).toBe('多一年')
  })

  test.each([
    [{ paidYears: 'abc' }, '看不懂'],
    [{ paidYears: '-1' }, '不能是负数'],
    [{ paidYears: '1e9' }, '看不懂'],
    [{ paidYears: '99' }, '不能超过50年'],
  ])('bad link %j: a clear message, no answer', async (params, message) => {
    taroState.params = params
    await mount(UnemploymentBenefitPage)
    expect(textOf(t('calc-problem'))).toContain(message)
    expect(t('benefit-result')).toBeNull()
  })
})
