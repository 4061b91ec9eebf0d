/**
 * How the catalogue's structured opening hours read: clock times and seasonal schedules. The one home
 * of these rules: the data validator (scripts/data/validate.ts) checks the hours with them and the
 * app computes office status with them. No dayjs here, so the validator stays light.
 */
import type { OpeningHours, Schedule } from '../../../types/catalogue'

/** "09:30" -> 570 minutes after midnight. */
export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number)
  return h * 60 + m
}

/** Whether MM-DD lies in the inclusive range from..to; from after to wraps the year end (10-01 .. 04-30). */
export function inMonthDayRange(md: string, from: string, to: string): boolean {
  return from <= to ? md >= from && md <= to : md >= from || md <= to
}

/** Whether a schedule holds on MM-DD; one without from and to holds all year. */
export function scheduleHolds(schedule: Schedule, md: string): boolean {
  return schedule.from === undefined || schedule.to === undefined || inMonthDayRange(md, schedule.from, schedule.to)
}

/** The schedule in force on MM-DD: the first that holds (validated data has exactly one). */
export function scheduleOn(hours: OpeningHours, md: string): Schedule {
  return hours.schedules.find((s) => scheduleHolds(s, md)) ?? hours.schedules[0]
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Every MM-DD of a leap year, 01-01 to 12-31, in order. */
export function everyMonthDay(): string[] {
  const out: string[] = []
  MONTH_DAYS.forEach((days, m) => {
    for (let d = 1; d <= days; d++) out.push(`${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  })
  return out
}
