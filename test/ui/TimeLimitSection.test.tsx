import TimeLimitSection from '../../src/components/guide/TimeLimitSection'
import ServiceGuidePage from '../../src/packages/guide/pages/item/index'
import type { OpeningHours, TimeLimit } from '../../types/catalogue'
import { deriveHolidayCalendar } from '../../scripts/data/holidays'
import { chinaTime, estimateCompletion } from '../../src/domain/calendar'
import { taroState } from '../setup/taro-mock'
import { byText, mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const calendar = deriveHolidayCalendar(2025)
const hours: OpeningHours = {
  text: '周一至周五 9:00—12:00、14:00—17:30',
  schedules: [
    {
      weekly: [
        {
          days: [1, 2, 3, 4, 5],
          periods: [
            { start: '09:00', end: '12:00' },
            { start: '14:00', end: '17:30' },
          ],
        },
      ],
    },
  ],
  closedOnPublicHolidays: true,
}
const threeMonths: TimeLimit = { value: 3, unit: 'month', text: '三个月' }

describe('TimeLimitSection with a limit in months', () => {
  test('a statutory-only month limit is counted on the calendar and explained as months', async () => {
    // 2026-07-01 10:00 in Beijing; three months land on 国庆 (10/1) and move to 10/8.
    const estimate = estimateCompletion(chinaTime(Date.UTC(2026, 6, 1, 2)), threeMonths, hours, calendar)
    await mount(TimeLimitSection, { limits: { statutory: threeMonths, promised: null }, estimate, calendarLastYear: 2026 })
    expect(textOf(byText('.time-limit__row', '法定时限'))).toBe('法定时限三个月')
    const shown = textOf(document.querySelector('[data-testid="completion-estimate"]'))
    expect(shown).toContain('今天受理，预计 2026年10月8日（周四）前办结（期限末日遇休息日顺延）')
    expect(shown).toContain('按法定时限计算。按月计算')
    expect(shown).not.toContain('工作日不含周末')
  })

  describe('on the hm-027 guide page', () => {
    let now: jest.SpyInstance
    beforeEach(() => {
      now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 8, 30, 2, 0))
    })
    afterEach(() => now.mockRestore())

    test('shows the statutory three months beside the promised working days', async () => {
      taroState.params = { region: 'hami', id: 'hm-027' }
      await mount(ServiceGuidePage)
      expect(textOf(byText('.time-limit__row', '法定时限'))).toBe('法定时限三个月')
      expect(textOf(byText('.time-limit__row', '承诺时限'))).toBe('承诺时限30个工作日')
      expect(textOf(document.querySelector('[data-testid="completion-estimate"]'))).toContain('按承诺时限计算。工作日不含周末')
    })
  })
})
