/**
 * Working days, completion dates and office hours on China's official calendar.
 * Instants are built with Date.UTC, so this file passes unchanged in any TZ (npm test runs it under
 * Asia/Shanghai, UTC and America/Los_Angeles). Expected dates were counted by hand against the
 * 国务院办公厅 2026 holiday notice: 国庆 10/1-10/7 (work 9/20, 10/10), 春节 2/15-2/23 (work 2/14, 2/28),
 * 劳动节 5/1-5/5 (work 5/9), 中秋 9/25-9/27.
 */
import type { OpeningHours, TimeLimit } from '../../types/catalogue'
import { deriveHolidayCalendar } from '../../scripts/data/holidays'
import { addWorkdays, chinaDate, chinaTime, dayInfo, estimateCompletion, isoDate, officeStatus } from '../../src/domain/calendar'

const calendar = deriveHolidayCalendar(2025)

/** China wall-clock time as an epoch instant: cst(2026, 9, 30, 10) is 2026-09-30 10:00 in Beijing. */
const cst = (y: number, mo: number, d: number, h = 10, mi = 0) => chinaTime(Date.UTC(y, mo - 1, d, h - 8, mi))

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
const seasonalHours: OpeningHours = {
  text: '夏季 10:00—14:00、16:00—20:00；冬季 10:00—14:00、15:30—19:30',
  schedules: [
    {
      label: '夏季作息',
      from: '05-01',
      to: '09-30',
      weekly: [
        {
          days: [1, 2, 3, 4, 5],
          periods: [
            { start: '10:00', end: '14:00' },
            { start: '16:00', end: '20:00' },
          ],
        },
      ],
    },
    {
      label: '冬季作息',
      from: '10-01',
      to: '04-30',
      weekly: [
        {
          days: [1, 2, 3, 4, 5],
          periods: [
            { start: '10:00', end: '14:00' },
            { start: '15:30', end: '19:30' },
          ],
        },
      ],
    },
  ],
  closedOnPublicHolidays: true,
}
const workdays = (n: number): TimeLimit => ({ value: n, unit: 'workday', text: `${n}个工作日` })
const naturalDays = (n: number): TimeLimit => ({ value: n, unit: 'natural-day', text: `${n}日` })

describe('the calendar', () => {
  test('covers 2025-2026 from chinese-days and nothing after', () => {
    expect(calendar.lastYear).toBe(2026)
    expect(calendar.firstYear).toBe(2025)
  })

  test.each([
    ['2026-10-01', 'holiday', '国庆节'],
    ['2026-10-07', 'holiday', '国庆节'],
    ['2026-10-10', 'makeup-workday', '国庆节'],
    ['2026-09-20', 'makeup-workday', '国庆节'],
    ['2026-02-14', 'makeup-workday', '春节'],
    ['2026-02-28', 'makeup-workday', '春节'],
    ['2026-02-23', 'holiday', '春节'],
    ['2026-05-09', 'makeup-workday', '劳动节'],
    ['2026-11-21', 'weekend', undefined],
    ['2026-11-20', 'workday', undefined],
  ])('%s is a %s', (date, kind, holiday) => {
    const info = dayInfo(chinaDate(date), calendar)
    expect(info.kind).toBe(kind)
    expect(info.holiday).toBe(holiday)
    expect(info.covered).toBe(true)
  })

  test('a 2027 day is not covered', () => {
    expect(dayInfo(chinaDate('2027-01-01'), calendar)).toEqual({ kind: 'workday', covered: false })
  })
})

describe('completion estimates', () => {
  test.each<[string, ReturnType<typeof cst>, TimeLimit, OpeningHours, string, string, number[]]>([
    [
      '20 workdays across 国庆, counting the 10/10 make-up day',
      cst(2026, 9, 30, 10),
      workdays(20),
      weekdayHours,
      '2026-11-03',
      '今天受理，预计 2026年11月3日（周二）前办结',
      [],
    ],
    [
      'after hours before 国庆: accepted 10/8',
      cst(2026, 9, 30, 18),
      workdays(5),
      weekdayHours,
      '2026-10-14',
      '今天已下班，按10月8日（周四）受理计算，预计 2026年10月14日（周三）前办结',
      [],
    ],
    [
      'across 春节 with both make-up days 2/14 and 2/28',
      cst(2026, 2, 13, 10),
      workdays(10),
      weekdayHours,
      '2026-03-05',
      '今天受理，预计 2026年3月5日（周四）前办结',
      [],
    ],
    [
      'accepted on a Saturday: counts from Monday',
      cst(2026, 11, 21, 10),
      workdays(3),
      weekdayHours,
      '2026-11-26',
      '今天不办公，按11月23日（周一）受理计算，预计 2026年11月26日（周四）前办结',
      [],
    ],
    [
      'month end into 劳动节, landing on the 5/9 make-up Saturday',
      cst(2026, 4, 29, 10),
      workdays(5),
      weekdayHours,
      '2026-05-09',
      '今天受理，预计 2026年5月9日（周六）前办结',
      [],
    ],
    [
      'year end into 2027: weekends only, flagged',
      cst(2026, 12, 30, 10),
      workdays(5),
      weekdayHours,
      '2027-01-06',
      '今天受理，预计 2027年1月6日（周三）前办结',
      [2027],
    ],
    [
      'a 2027 acceptance uses the fallback',
      cst(2027, 3, 10, 10),
      workdays(20),
      weekdayHours,
      '2027-04-07',
      '今天受理，预计 2027年4月7日（周三）前办结',
      [2027],
    ],
    [
      'natural days ending in 国庆 roll over to 10/8',
      cst(2026, 9, 24, 10),
      naturalDays(10),
      weekdayHours,
      '2026-10-08',
      '今天受理，预计 2026年10月8日（周四）前办结（期限末日遇休息日顺延）',
      [],
    ],
    [
      'natural days ending on a workday stay',
      cst(2026, 11, 2, 10),
      naturalDays(10),
      weekdayHours,
      '2026-11-12',
      '今天受理，预计 2026年11月12日（周四）前办结',
      [],
    ],
    [
      'seasonal hours: 19:00 is still open in winter',
      cst(2026, 10, 9, 19),
      workdays(1),
      seasonalHours,
      '2026-10-10',
      '今天受理，预计 2026年10月10日（周六）前办结',
      [],
    ],
    [
      'seasonal hours: 19:30 is closed in winter',
      cst(2026, 10, 9, 19, 30),
      workdays(1),
      seasonalHours,
      '2026-10-12',
      '今天已下班，按10月10日（周六）受理计算，预计 2026年10月12日（周一）前办结',
      [],
    ],
  ])('%s', (_label, now, limit, hours, due, text, uncovered) => {
    const estimate = estimateCompletion(now, limit, hours, calendar)
    expect(isoDate(estimate.due!)).toBe(due)
    expect(estimate.text).toBe(text)
    expect(estimate.uncoveredYears).toEqual(uncovered)
  })

  test('on-the-spot limits have no due date', () => {
    const estimate = estimateCompletion(cst(2026, 11, 20, 10), { value: null, unit: 'on-the-spot', text: '即时办结' }, weekdayHours, calendar)
    expect(estimate.due).toBeNull()
    expect(estimate.text).toBe('今天受理，当场办结')
  })

  test('working days count from the day after acceptance', () => {
    expect(isoDate(addWorkdays(chinaDate('2026-11-20'), 1, calendar).date)).toBe('2026-11-23')
    expect(isoDate(addWorkdays(chinaDate('2026-11-19'), 1, calendar).date)).toBe('2026-11-20')
  })
})

describe('office status', () => {
  test.each<[string, ReturnType<typeof cst>, string, string | undefined]>([
    ['before opening', cst(2026, 11, 20, 8, 59), '未开始办公', '今天 9:00 开始办理'],
    ['at opening', cst(2026, 11, 20, 9, 0), '办公中', undefined],
    ['last minute of the morning', cst(2026, 11, 20, 11, 59), '办公中', undefined],
    ['lunch starts', cst(2026, 11, 20, 12, 0), '午休', '今天 14:00 开始办理'],
    ['last minute of lunch', cst(2026, 11, 20, 13, 59), '午休', '今天 14:00 开始办理'],
    ['lunch ends', cst(2026, 11, 20, 14, 0), '办公中', undefined],
    ['last open minute', cst(2026, 11, 20, 17, 29), '办公中', undefined],
    ['closing (Friday)', cst(2026, 11, 20, 17, 30), '已下班', '11月23日 9:00 开始办理'],
    ['closing (Thursday)', cst(2026, 11, 19, 17, 30), '已下班', '明天 9:00 开始办理'],
    ['Saturday', cst(2026, 11, 21, 10), '今日休息', '后天 9:00 开始办理'],
    ['国庆 holiday', cst(2026, 10, 1, 10), '今日休息', '10月8日 9:00 开始办理'],
    ['the 10/10 make-up Saturday keeps weekday hours', cst(2026, 10, 10, 10), '办公中', undefined],
  ])('%s', (_label, now, label, next) => {
    const status = officeStatus(now, weekdayHours, calendar)
    expect(status.label).toBe(label)
    expect(status.next?.text).toBe(next)
    expect(status.uncertain).toBe(false)
  })

  test('open periods report when they close', () => {
    expect(officeStatus(cst(2026, 11, 20, 9), weekdayHours, calendar).closesAt).toBe('12:00')
  })

  test('rest days say why', () => {
    expect(officeStatus(cst(2026, 10, 1, 10), weekdayHours, calendar).restReason).toBe('国庆节')
    expect(officeStatus(cst(2026, 11, 21, 10), weekdayHours, calendar).restReason).toBe('周末')
  })

  test('seasonal hours switch on 10-01', () => {
    expect(officeStatus(cst(2026, 9, 30, 15, 45), seasonalHours, calendar).label).toBe('午休')
    expect(officeStatus(cst(2026, 10, 9, 15, 45), seasonalHours, calendar).label).toBe('办公中')
    expect(officeStatus(cst(2026, 10, 9, 15, 29), seasonalHours, calendar).next?.text).toBe('今天 15:30 开始办理')
  })

  test('a 2027 day is marked uncertain', () => {
    expect(officeStatus(cst(2027, 1, 1, 10), weekdayHours, calendar).uncertain).toBe(true)
  })
})
