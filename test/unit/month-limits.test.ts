/**
 * Time limits in months ("三个月内"): read from the guide's wording, counted on China's calendar.
 * N calendar months after acceptance land on the same day of the month (民法典第二百零二条: the
 * month's last day when it has no such day); a deadline on a rest day moves to the next working day
 * (第二百零三条), as natural-day limits do. Instants are built with Date.UTC, so this file passes in
 * any TZ. Expected dates were counted by hand against the 2026 holiday notice (国庆 10/1-10/7,
 * make-up workdays 9/20 and 10/10; 春节 make-up workdays 2/14 and 2/28).
 */
import type { OpeningHours, TimeLimit } from '../../types/catalogue'
import { deriveHolidayCalendar } from '../../scripts/data/holidays'
import { addCalendarMonths, chinaDate, chinaTime, estimateCompletion, isoDate } from '../../src/domain/calendar'
import { parseTimeLimitText } from '../../src/domain/catalogue/time-limit'

const calendar = deriveHolidayCalendar(2025)
const cst = (y: number, mo: number, d: number, h = 10) => chinaTime(Date.UTC(y, mo - 1, d, h - 8))
const weekdayHours: OpeningHours = {
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
const months = (n: number, text = `${n}个月`): TimeLimit => ({ value: n, unit: 'month', text })

describe('reading month limits', () => {
  test.each([
    ['三个月', 3],
    ['3个月', 3],
    ['六个月内', 6],
    ['十二个月', 12],
    ['2个月内办结', 2],
  ])('"%s" is %d months', (text, value) => {
    expect(parseTimeLimitText(text)).toEqual({ value, unit: 'month' })
  })

  test('"3月" is not a limit (it reads as March), and day limits still read as days', () => {
    expect(parseTimeLimitText('3月')).toBeNull()
    expect(parseTimeLimitText('个月')).toBeNull()
    expect(parseTimeLimitText('30日')).toEqual({ value: 30, unit: 'natural-day' })
    expect(parseTimeLimitText('二十个工作日')).toEqual({ value: 20, unit: 'workday' })
  })
})

describe('counting calendar months', () => {
  test.each<[string, string, number, string, boolean, number[]]>([
    ['1月31日 + 1个月 ends on the last day of February, a 春节 make-up Saturday', '2026-01-31', 1, '2026-02-28', false, []],
    ['1月31日 + 1个月 in 2025 ends on Friday 2月28日', '2025-01-31', 1, '2025-02-28', false, []],
    ['3月31日 + 1个月 ends on 4月30日', '2026-03-31', 1, '2026-04-30', false, []],
    ['8月31日 + 1个月 ends on 9月30日, the workday before 国庆', '2026-08-31', 1, '2026-09-30', false, []],
    ['7月1日 + 3个月 lands on 国庆 and moves to 10月8日', '2026-07-01', 3, '2026-10-08', true, []],
    ['7月5日 + 3个月 lands in 国庆 (10月5日) and moves to 10月8日', '2026-07-05', 3, '2026-10-08', true, []],
    ['7月10日 + 3个月 lands on the 10月10日 make-up Saturday and stays', '2026-07-10', 3, '2026-10-10', false, []],
    ['7月17日 + 3个月 lands on Saturday 10月17日 and moves to Monday', '2026-07-17', 3, '2026-10-19', true, []],
    ['11月30日 + 3个月 ends in 2027 (weekends only, flagged): Sunday 2月28日 moves to 3月1日', '2026-11-30', 3, '2027-03-01', true, [2027]],
  ])('%s', (_label, accepted, n, due, rolledOver, uncovered) => {
    const result = addCalendarMonths(chinaDate(accepted), n, calendar)
    expect(isoDate(result.date)).toBe(due)
    expect(result.rolledOver).toBe(rolledOver)
    expect(result.uncoveredYears).toEqual(uncovered)
  })

  test('a leap year: 2028年1月31日 + 1个月 is 2月29日', () => {
    expect(isoDate(addCalendarMonths(chinaDate('2028-01-31'), 1, calendar).date)).toBe('2028-02-29')
  })
})

describe('completion estimates for month limits', () => {
  test('accepted 2026-07-01, three months land on 国庆 and move to 10月8日', () => {
    const estimate = estimateCompletion(cst(2026, 7, 1), months(3, '三个月'), weekdayHours, calendar)
    expect(isoDate(estimate.acceptance)).toBe('2026-07-01')
    expect(isoDate(estimate.due!)).toBe('2026-10-08')
    expect(estimate.rolledOver).toBe(true)
    expect(estimate.text).toBe('今天受理，预计 2026年10月8日（周四）前办结（期限末日遇休息日顺延）')
  })

  test('after hours on Friday 7月31日: accepted Monday 8月3日, one month later is 9月3日', () => {
    const estimate = estimateCompletion(cst(2026, 7, 31, 18), months(1), weekdayHours, calendar)
    expect(isoDate(estimate.acceptance)).toBe('2026-08-03')
    expect(estimate.text).toBe('今天已下班，按8月3日（周一）受理计算，预计 2026年9月3日（周四）前办结')
  })
})
