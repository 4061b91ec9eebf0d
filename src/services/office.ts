/** Office status and completion estimates for a region's venues, on the bundled holiday calendar. */
import type { GuideSections } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import { chinaTime, guideTimesAt, venueStatusAt, type GuideTimes, type VenueStatus } from '../domain/calendar'
import { holidayCalendar } from './calendar'

/** Status of every venue of a region at one moment, by venue id (lists show one per row). */
export function venueStatuses(region: RegionIndex, epochMs: number): Map<string, VenueStatus> {
  const now = chinaTime(epochMs)
  return new Map(region.venues.map((v) => [v.id, venueStatusAt(now, v, holidayCalendar)]))
}

/** Where and when for one guide at a moment (its venue named by id); no venue without a region. */
export function guideTimes(region: RegionIndex | undefined, venueId: string | null, limits: GuideSections['timeLimit'], epochMs: number): GuideTimes {
  const venue = venueId ? region?.venues.find((v) => v.id === venueId) : undefined
  return guideTimesAt(chinaTime(epochMs), venue, limits, holidayCalendar)
}
