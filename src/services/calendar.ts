/** The official holiday calendar derived at build time from chinese-days. */
import type { HolidayCalendar } from '../../types/generated'
import data from '../generated/holidays.json'

export const holidayCalendar = data as unknown as HolidayCalendar
