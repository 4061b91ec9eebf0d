/** The clock for 办公中 / 已下班 and the dates time limits land on. */
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import type { GuideSections } from '../../types/catalogue'
import type { RegionIndex } from '../../types/generated'
import type { GuideTimes, VenueStatus } from '../domain/calendar'
import { holidayCalendar } from '../services/calendar'
import { guideTimes, venueStatuses } from '../services/office'

/**
 * The current time for "办公中 / 已下班": refreshed every minute while the page is shown, at once when
 * it is shown again, and not at all while it is hidden (a page under another one, or the app in the
 * background).
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  const [shown, setShown] = useState(true)
  useDidShow(() => {
    setNow(Date.now())
    setShown(true)
  })
  useDidHide(() => setShown(false))
  useEffect(() => {
    if (!shown) return undefined
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, shown])
  return now
}

/** Office status of each venue of the region by venue id, refreshed every minute (lists show one per row). */
export function useVenueStatuses(region: RegionIndex): Map<string, VenueStatus> {
  const now = useNow()
  return useMemo(() => venueStatuses(region, now), [region, now])
}

/** A guide's venue, its status now and the date its time limit lands on, refreshed every minute. */
export function useGuideTimes(region: RegionIndex | undefined, venueId: string | null, limits: GuideSections['timeLimit']): GuideTimes {
  const now = useNow()
  return useMemo(() => guideTimes(region, venueId, limits, now), [region, venueId, limits, now])
}

/** The last year the holiday calendar covers (later dates count weekends only, and pages say so). */
export function useCalendarLastYear(): number {
  return holidayCalendar.lastYear
}
