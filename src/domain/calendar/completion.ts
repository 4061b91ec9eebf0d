/**
 * "今天受理，预计 2026年11月3日（周二）前办结": turns a guide's time limit into the date it lands on.
 * Acceptance is today when the office still takes applications today; otherwise the next day it
 * opens, and the result says so. Working days count from the day after acceptance.
 */
import type { Dayjs } from 'dayjs'
import type { OpeningHours, TimeLimit } from '../../../types/catalogue'
import type { HolidayCalendar } from '../../../types/generated'
import { formatLongDate, formatShortDate, minutesOfDay, weekdayName } from './china-time'
import { periodsOn } from './office-hours'
import { clockToMinutes } from './schedule'
import { addCalendarMonths, addNaturalDays, addWorkdays, dayInfo } from './workdays'

export type AcceptanceShift = 'none' | 'after-hours' | 'rest-day'

export interface CompletionEstimate {
  /** The sentence a citizen reads. */
  text: string
  acceptance: Dayjs
  shift: AcceptanceShift
  /** The deadline; null for on-the-spot limits. */
  due: Dayjs | null
  /** Years whose holidays the calendar does not include yet (weekends only were skipped). */
  uncoveredYears: number[]
  /** A natural-day or month deadline moved off a rest day. */
  rolledOver: boolean
}

/** The day applications are accepted if handed in now. */
export function acceptanceDay(now: Dayjs, hours: OpeningHours, calendar: HolidayCalendar): { day: Dayjs; shift: AcceptanceShift } {
  const today = now.startOf('day')
  const todayInfo = dayInfo(today, calendar)
  const todayPeriods = periodsOn(hours, today, todayInfo)
  if (todayPeriods.length > 0 && minutesOfDay(now) < clockToMinutes(todayPeriods[todayPeriods.length - 1].end)) {
    return { day: today, shift: 'none' }
  }
  const shift: AcceptanceShift = todayPeriods.length > 0 ? 'after-hours' : 'rest-day'
  for (let offset = 1; offset <= 60; offset++) {
    const day = today.add(offset, 'day')
    if (periodsOn(hours, day, dayInfo(day, calendar)).length > 0) return { day, shift }
  }
  return { day: today.add(1, 'day'), shift }
}

export function estimateCompletion(now: Dayjs, limit: TimeLimit, hours: OpeningHours, calendar: HolidayCalendar): CompletionEstimate {
  const { day: acceptance, shift } = acceptanceDay(now, hours, calendar)
  const lead =
    shift === 'none'
      ? '今天受理'
      : `${shift === 'after-hours' ? '今天已下班' : '今天不办公'}，按${formatShortDate(acceptance)}（${weekdayName(acceptance)}）受理计算`

  if (limit.unit === 'on-the-spot' || limit.value === null) {
    return { text: `${lead}，当场办结`, acceptance, shift, due: null, uncoveredYears: [], rolledOver: false }
  }
  if (limit.unit === 'workday') {
    const { date, uncoveredYears } = addWorkdays(acceptance, limit.value, calendar)
    return { text: `${lead}，预计 ${formatLongDate(date)}前办结`, acceptance, shift, due: date, uncoveredYears, rolledOver: false }
  }
  const { date, uncoveredYears, rolledOver } = (limit.unit === 'month' ? addCalendarMonths : addNaturalDays)(acceptance, limit.value, calendar)
  return {
    text: `${lead}，预计 ${formatLongDate(date)}前办结${rolledOver ? '（期限末日遇休息日顺延）' : ''}`,
    acceptance,
    shift,
    due: date,
    uncoveredYears,
    rolledOver,
  }
}
