/**
 * The official working-day calendar: weekends off, public holidays off, make-up workdays (调休) on.
 * For a year the calendar does not cover yet, only weekends are known; every answer says whether it
 * relied on such a year, so the page can warn instead of showing a silently wrong date.
 */
import type { Dayjs } from 'dayjs'
import type { HolidayCalendar } from '../../../types/generated'
import { isoDate, isoWeekday } from './china-time'

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday'

export interface DayInfo {
  kind: DayKind
  /** The holiday a holiday or make-up day belongs to (国庆节 ...). */
  holiday?: string
  /** False when the calendar has no data for this year and only weekends were considered. */
  covered: boolean
}

export function isCovered(day: Dayjs, calendar: HolidayCalendar): boolean {
  return calendar.years.includes(day.year())
}

export function dayInfo(day: Dayjs, calendar: HolidayCalendar): DayInfo {
  const key = isoDate(day)
  const covered = isCovered(day, calendar)
  if (calendar.holidays[key]) return { kind: 'holiday', holiday: calendar.holidays[key], covered }
  if (calendar.workdays[key]) return { kind: 'makeup-workday', holiday: calendar.workdays[key], covered }
  return { kind: isoWeekday(day) >= 6 ? 'weekend' : 'workday', covered }
}

export function isWorkday(info: DayInfo): boolean {
  return info.kind === 'workday' || info.kind === 'makeup-workday'
}

export interface CountResult {
  date: Dayjs
  /** Years the count passed through that the calendar does not cover (holidays unknown). */
  uncoveredYears: number[]
}

/** The day on which n working days have passed, counting from the day after acceptance. */
export function addWorkdays(acceptance: Dayjs, n: number, calendar: HolidayCalendar): CountResult {
  const uncovered = new Set<number>()
  let day = acceptance.startOf('day')
  let left = n
  while (left > 0) {
    day = day.add(1, 'day')
    const info = dayInfo(day, calendar)
    if (!info.covered) uncovered.add(day.year())
    if (isWorkday(info)) left--
  }
  return { date: day, uncoveredYears: [...uncovered] }
}

/**
 * n natural days after acceptance; a deadline that falls on a rest day moves to the next working
 * day (民法典第二百零三条: a period ending on a statutory holiday ends on the day after it).
 */
export function addNaturalDays(acceptance: Dayjs, n: number, calendar: HolidayCalendar): CountResult & { rolledOver: boolean } {
  return rollToWorkday(acceptance.startOf('day').add(n, 'day'), calendar)
}

/**
 * n calendar months after acceptance: the same day of the month n months on, or that month's last
 * day when it has no such day (民法典第二百零二条: 1月31日 + 1个月 = 2月28/29日); a deadline on a rest
 * day moves to the next working day, as for natural days.
 */
export function addCalendarMonths(acceptance: Dayjs, n: number, calendar: HolidayCalendar): CountResult & { rolledOver: boolean } {
  // dayjs clamps month arithmetic to the month's last day.
  return rollToWorkday(acceptance.startOf('day').add(n, 'month'), calendar)
}

function rollToWorkday(deadline: Dayjs, calendar: HolidayCalendar): CountResult & { rolledOver: boolean } {
  const uncovered = new Set<number>()
  let day = deadline
  let rolledOver = false
  for (;;) {
    const info = dayInfo(day, calendar)
    if (!info.covered) uncovered.add(day.year())
    if (isWorkday(info)) break
    day = day.add(1, 'day')
    rolledOver = true
  }
  return { date: day, uncoveredYears: [...uncovered], rolledOver }
}
