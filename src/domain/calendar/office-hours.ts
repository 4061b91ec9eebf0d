/**
 * Whether an office is open at a moment, and when it next opens, from the structured weekly hours in
 * the catalogue and the official calendar. Holidays close the office; make-up workdays (调休) open
 * it with weekday hours. Boundaries: a period [start, end) is open at start and closed at end.
 */
import type { Dayjs } from 'dayjs'
import type { OpeningHours, Period, Venue } from '../../../types/catalogue'
import type { HolidayCalendar } from '../../../types/generated'
import { formatClock, formatShortDate, isoWeekday, minutesOfDay } from './china-time'
import { clockToMinutes, scheduleOn } from './schedule'
import { dayInfo, type DayInfo } from './workdays'

const WEEKDAYS = [1, 2, 3, 4, 5]

/** The periods the office keeps on a given day: none on holidays, weekday hours on make-up days. */
export function periodsOn(hours: OpeningHours, day: Dayjs, info: DayInfo): Period[] {
  if (info.kind === 'holiday') return []
  const schedule = scheduleOn(hours, day.format('MM-DD'))
  const weekday = isoWeekday(day)
  const rule =
    info.kind === 'makeup-workday'
      ? schedule.weekly.find((w) => w.days.some((d) => WEEKDAYS.includes(d)))
      : schedule.weekly.find((w) => w.days.includes(weekday))
  return rule ? rule.periods : []
}

export type OfficeState = 'open' | 'lunch' | 'before' | 'closed' | 'rest'

export const OFFICE_STATE_LABELS: Record<OfficeState, string> = {
  open: '办公中',
  lunch: '午休',
  before: '未开始办公',
  closed: '已下班',
  rest: '今日休息',
}

export interface OfficeStatus {
  state: OfficeState
  label: string
  /** Why today is a rest day: 周末, or the holiday's name. */
  restReason?: string
  /** When an open period ends ("12:00"), while open. */
  closesAt?: string
  /** The next opening, while not open: "明天 9:00 开始办理". */
  next?: { date: Dayjs; time: string; text: string }
  /** True when today's or the next opening's year is not in the calendar (holidays unknown). */
  uncertain: boolean
}

function relativeDay(from: Dayjs, to: Dayjs): string {
  const days = to.startOf('day').diff(from.startOf('day'), 'day')
  if (days === 0) return '今天'
  if (days === 1) return '明天'
  if (days === 2) return '后天'
  return formatShortDate(to)
}

/** Finds the next opening strictly after now (looks at most 60 days ahead). */
function nextOpening(now: Dayjs, hours: OpeningHours, calendar: HolidayCalendar) {
  const today = now.startOf('day')
  for (let offset = 0; offset <= 60; offset++) {
    const day = today.add(offset, 'day')
    const info = dayInfo(day, calendar)
    for (const p of periodsOn(hours, day, info)) {
      if (offset === 0 && clockToMinutes(p.start) <= minutesOfDay(now)) continue
      const time = formatClock(p.start)
      return { date: day, time, text: `${relativeDay(now, day)} ${time} 开始办理`, covered: info.covered }
    }
  }
  return undefined
}

export function officeStatus(now: Dayjs, hours: OpeningHours, calendar: HolidayCalendar): OfficeStatus {
  const info = dayInfo(now, calendar)
  const periods = periodsOn(hours, now, info)
  const minute = minutesOfDay(now)
  const next = nextOpening(now, hours, calendar)
  const uncertain = !info.covered || (next !== undefined && !next.covered)
  const nextOut = next && { date: next.date, time: next.time, text: next.text }

  if (periods.length === 0) {
    const restReason = info.kind === 'holiday' ? info.holiday : info.kind === 'weekend' ? '周末' : undefined
    return { state: 'rest', label: OFFICE_STATE_LABELS.rest, restReason, next: nextOut, uncertain }
  }
  const current = periods.find((p) => minute >= clockToMinutes(p.start) && minute < clockToMinutes(p.end))
  if (current) return { state: 'open', label: OFFICE_STATE_LABELS.open, closesAt: formatClock(current.end), uncertain }
  let state: OfficeState
  if (minute < clockToMinutes(periods[0].start)) state = 'before'
  else if (minute >= clockToMinutes(periods[periods.length - 1].end)) state = 'closed'
  else state = 'lunch'
  return { state, label: OFFICE_STATE_LABELS[state], next: nextOut, uncertain }
}

/** A venue's office status, and whether its hours are sample content (venue.sample): then the status is marked. */
export interface VenueStatus extends OfficeStatus {
  sample: boolean
}

export function venueStatusAt(now: Dayjs, venue: Venue, calendar: HolidayCalendar): VenueStatus {
  return { ...officeStatus(now, venue.hours, calendar), sample: venue.sample }
}
