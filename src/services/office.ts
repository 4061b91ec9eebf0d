/** Office status and completion estimates for a region's venues, on the bundled holiday calendar. */
import type { Dayjs } from 'dayjs'
import type { TimeLimit } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import { chinaTime, estimateCompletion, officeStatus, type CompletionEstimate, type OfficeStatus } from '../domain/calendar'
import { holidayCalendar } from './calendar'

export function venueOf(region: RegionIndex, venueId: string | null) {
  return venueId ? region.venues.find((v) => v.id === venueId) : undefined
}

/** Status of every venue of a region at one moment, by venue id (lists show one per row). */
export function venueStatuses(region: RegionIndex, epochMs: number): Map<string, OfficeStatus> {
  const now = chinaTime(epochMs)
  return new Map(region.venues.map((v) => [v.id, officeStatus(now, v.hours, holidayCalendar)]))
}

export function completionFor(region: RegionIndex, venueId: string | null, limit: TimeLimit, epochMs: number): CompletionEstimate | null {
  const venue = venueOf(region, venueId)
  return venue ? estimateCompletion(chinaTime(epochMs), limit, venue.hours, holidayCalendar) : null
}

export function chinaNow(epochMs: number): Dayjs {
  return chinaTime(epochMs)
}

export const calendarLastYear = holidayCalendar.lastYear
