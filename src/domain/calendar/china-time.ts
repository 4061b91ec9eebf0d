/**
 * All date arithmetic happens on China's wall clock (UTC+8, no daylight saving), whatever the
 * phone's time zone says. dayjs's utc plugin gives a fixed offset without Intl, which WeChat's
 * Android engine does not fully have.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export const CHINA_OFFSET_MINUTES = 8 * 60

/** The moment as China's wall clock. */
export function chinaTime(epochMs: number): Dayjs {
  return dayjs(epochMs).utcOffset(CHINA_OFFSET_MINUTES)
}

/** Midnight of a China calendar date given as YYYY-MM-DD. */
export function chinaDate(isoDay: string): Dayjs {
  return dayjs.utc(`${isoDay}T00:00:00Z`).subtract(CHINA_OFFSET_MINUTES, 'minute').utcOffset(CHINA_OFFSET_MINUTES)
}

export function isoDate(day: Dayjs): string {
  return day.format('YYYY-MM-DD')
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: Dayjs): number {
  return day.day() === 0 ? 7 : day.day()
}

/**
 * "周四". The one Chinese word the app's dates need, so dayjs's zh-cn locale (weekday and month names,
 * relative times: 0.7 KB gzip on every page) is not loaded for it.
 */
export function weekdayName(day: Dayjs): string {
  return `周${'日一二三四五六'[day.day()]}`
}

/** "2026年10月8日（周四）" */
export function formatLongDate(day: Dayjs): string {
  return `${day.format('YYYY年M月D日')}（${weekdayName(day)}）`
}

/** "10月8日" */
export function formatShortDate(day: Dayjs): string {
  return day.format('M月D日')
}

export function minutesOfDay(day: Dayjs): number {
  return day.hour() * 60 + day.minute()
}

/** "09:00" -> "9:00", as people write it. */
export function formatClock(clock: string): string {
  return dayjs.utc(`2000-01-01T${clock}:00Z`).format('H:mm')
}
