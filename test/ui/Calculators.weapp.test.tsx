/** 我哪年退休 on weapp (TARO_ENV_JEST=weapp): 提醒我 through wx.addPhoneCalendar, refusal, Moments read-only, aria-role. */
import RetirementPage from '../../src/packages/tools/pages/retirement/index'
import { taroState } from '../setup/taro-mock'
import { click, mount, textOf } from './helpers'

const mockAddPhoneCalendar = jest.fn()
jest.mock('@tarojs/taro', () => {
  const m = require('../setup/taro-mock').createTaroMock()
  const add = (...args: unknown[]) => mockAddPhoneCalendar(...args)
  return { ...m, addPhoneCalendar: add, default: { ...m.default, addPhoneCalendar: add } }
})

const t = (id: string) => document.querySelector(`[data-testid="${id}"]`)

describe('我哪年退休 on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
    mockAddPhoneCalendar.mockReset()
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test('提醒我 adds the retirement month and the earliest 弹性 month (seconds, China time)', async () => {
    mockAddPhoneCalendar.mockImplementation((o: { success: () => void }) => o.success())
    taroState.params = { birth: '1971-06', kind: 'male' }
    const utils = await mount(RetirementPage)
    expect(t('remind-me')?.getAttribute('aria-role')).toBe('button')
    await click(utils, t('remind-me'))
    await new Promise((r) => setTimeout(r, 0))
    expect(mockAddPhoneCalendar.mock.calls.map(([o]) => [o.title, o.startTime, o.allDay])).toEqual([
      ['法定退休时间：2033年2月', Date.parse('2033-02-01T00:00:00+08:00') / 1000, true],
      ['最早可申请弹性提前退休：2031年6月', Date.parse('2031-06-01T00:00:00+08:00') / 1000, true],
    ])
    expect(textOf(t('calendar-message'))).toContain('已添加到手机日历')
  })

  test('a refusal comes back in fail: a clear message, nothing more is tried', async () => {
    mockAddPhoneCalendar.mockImplementation((o: { fail: (r: { errMsg: string }) => void }) => o.fail({ errMsg: 'addPhoneCalendar:fail auth deny' }))
    taroState.params = { birth: '1971-06', kind: 'male' }
    const utils = await mount(RetirementPage)
    await click(utils, t('remind-me'))
    await new Promise((r) => setTimeout(r, 0))
    expect(mockAddPhoneCalendar).toHaveBeenCalledTimes(1)
    expect(textOf(t('calendar-message'))).toContain('没有得到添加日历的授权')
    expect(textOf(t('calendar-message'))).toContain('法定退休时间：2033年2月')
  })

  test("Moments' single page shows the shared answer read-only: no inputs, no 提醒我, no remembering", async () => {
    taroState.scene = 1154
    taroState.params = { birth: '1971-06', kind: 'male' }
    await mount(RetirementPage)
    expect(textOf(t('retirement-result'))).toContain('退休时间：2033年2月')
    expect(t('decade-1970')).toBeNull()
    expect(t('remind-me')).toBeNull()
    expect(t('remember-birth')).toBeNull()
    expect(taroState.shareTimeline?.()).toEqual({ title: expect.stringMatching(/^1971年6月出生的男职工：2033年2月退休 - /), query: 'birth=1971-06&kind=male' })
  })
})
