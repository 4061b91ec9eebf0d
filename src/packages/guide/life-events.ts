/**
 * Life events (一件事) and 我能办什么 data, joined with the guides. Each region's events and eligibility
 * quotes are one region-data file (bundled in this subpackage, or downloaded), loaded before the pages
 * render (withRegionData, PAGE_DATA.lifeEvents); home and 我的 use the small summaries in the region index.
 */
import { fromEntries } from '../../domain/collections'
import type { RegionIndex } from '../../../types/generated'
import type { LifeEvent, LifeEventsBundle, LifeEventSummary } from '../../../types/life-events'
import { chinaTime } from '../../domain/calendar'
import { mergeMaterials, mergeStepsOf, predictTimeline, timelineStepsOf, type EventContext, type MergedChecklist, type Timeline } from '../../domain/life-events'
import { holidayCalendar } from '../../services/calendar'
import { loadedCatalogue } from '../../services/catalogue'
import { lifeEventsEntry } from '../../services/region-store'
import { allGuides } from './data'

type RegionEvents = LifeEventsBundle['regions'][string]

/** The region's events, documents and eligibility, once loaded (empty for a region that has none). */
function regionEvents(regionId: string): RegionEvents {
  const entry = lifeEventsEntry(regionId)
  const file = entry?.status === 'ready' ? entry.value : null
  return { events: file?.events ?? [], documents: file?.documents ?? [], eligibility: file?.eligibility ?? {} }
}

export type LifeEventRoute =
  | { ok: true; region: RegionIndex; event: LifeEvent; summary: LifeEventSummary }
  | { ok: false; reason: 'unknown-region' | 'unknown-event' }

/** The event a link names, or why it cannot be shown. */
export function findLifeEvent(regionId: string, id: string): LifeEventRoute {
  const region = loadedCatalogue().findRegion(regionId)
  if (!region) return { ok: false, reason: 'unknown-region' }
  const event = regionEvents(region.id).events.find((e) => e.id === id)
  const summary = region.lifeEvents.find((e) => e.id === id)
  if (!event || !summary) return { ok: false, reason: 'unknown-event' }
  return { ok: true, region, event, summary }
}

function contextOf(region: RegionIndex): EventContext {
  return {
    items: fromEntries(region.items.map((i) => [i.id, { name: i.name, guideId: i.guideId }] as const)),
    guides: allGuides(),
    venues: region.venues,
  }
}

/** The combined materials checklist of an event (a document several steps need appears once). */
export function mergedChecklistOf(region: RegionIndex, event: LifeEvent): MergedChecklist {
  return mergeMaterials(mergeStepsOf(event, contextOf(region)), regionEvents(region.id).documents)
}

/** The predicted timeline from `epochMs`, in China time, on the bundled holiday calendar. */
export function timelineOf(region: RegionIndex, event: LifeEvent, epochMs: number): Timeline {
  return predictTimeline(chinaTime(epochMs), timelineStepsOf(event, contextOf(region)), holidayCalendar)
}

/** The region's events and the eligibility data of its guides, for 我能办什么. */
export function eligibilityDataOf(region: RegionIndex) {
  const data = regionEvents(region.id)
  return { events: data.events, eligibility: data.eligibility }
}
