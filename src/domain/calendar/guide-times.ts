/**
 * What a guide page shows of where and when, computed once for its header and its sections: the
 * venue's status now and the date the applicable time limit lands on. Components only render it.
 */
import type { Dayjs } from 'dayjs'
import type { GuideSections, Venue } from '../../../types/catalogue'
import type { HolidayCalendar } from '../../../types/generated'
import { estimateCompletion, type CompletionEstimate } from './completion'
import { venueStatusAt, type VenueStatus } from './office-hours'

export interface GuideTimes {
  /** The guide's venue; undefined when it names none. */
  venue?: Venue
  status?: VenueStatus
  /** When the limit that applies (promised, else statutory) lands if handed in now; null without a venue or a limit. */
  estimate: CompletionEstimate | null
  /** The last year the holiday calendar includes. */
  calendarLastYear: number
}

export function guideTimesAt(now: Dayjs, venue: Venue | undefined, limits: GuideSections['timeLimit'], calendar: HolidayCalendar): GuideTimes {
  if (!venue) return { estimate: null, calendarLastYear: calendar.lastYear }
  const applies = limits ? (limits.promised ?? limits.statutory) : null
  return {
    venue,
    status: venueStatusAt(now, venue, calendar),
    estimate: applies ? estimateCompletion(now, applies, venue.hours, calendar) : null,
    calendarLastYear: calendar.lastYear,
  }
}
