/** Office status and completion estimates for a region's venues, on the bundled holiday calendar. */
import type { TimeLimit, Venue } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import { chinaTime, estimateCompletion, officeStatus, type CompletionEstimate, type OfficeStatus } from '../domain/calendar'
import { holidayCalendar } from './calendar'

export function venueOf(region: RegionIndex, venueId: string | null) {
  return venueId ? region.venues.find((v) => v.id === venueId) : undefined
}

/** Status of one venue at a moment. */
export function venueStatus(venue: Venue, epochMs: number): OfficeStatus {
  return officeStatus(chinaTime(epochMs), venue.hours, holidayCalendar)
}

/** Status of every venue of a region at one moment, by venue id (lists show one per row). */
export function venueStatuses(region: RegionIndex, epochMs: number): Map<string, OfficeStatus> {
  return new Map(region.venues.map((v) => [v.id, venueStatus(v, epochMs)]))
}

export function completionFor(region: RegionIndex, venueId: string | null, limit: TimeLimit, epochMs: number): CompletionEstimate | null {
  const venue = venueOf(region, venueId)
  return venue ? estimateCompletion(chinaTime(epochMs), limit, venue.hours, holidayCalendar) : null
}

export const calendarLastYear = holidayCalendar.lastYear
