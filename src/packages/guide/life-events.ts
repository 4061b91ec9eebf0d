/**
 * Life events (一件事) and 我能办什么 data, joined with the guides. Imported only by this subpackage's
 * pages, so the full events and the eligibility quotes stay out of the weapp main package (home and
 * 我的 use the small summaries in the catalogue index).
 */
import type { RegionIndex } from '../../../types/generated'
import type { LifeEvent, LifeEventsBundle, LifeEventSummary } from '../../../types/life-events'
import { chinaTime } from '../../domain/calendar'
import { mergeMaterials, mergeStepsOf, predictTimeline, timelineStepsOf, type EventContext, type MergedChecklist, type Timeline } from '../../domain/life-events'
import generated from '../../generated/life-events.json'
import { holidayCalendar } from '../../services/calendar'
import { loadedCatalogue } from '../../services/catalogue'
import { allGuides } from './data'

const bundle = generated as unknown as LifeEventsBundle

export type LifeEventRoute =
  | { ok: true; region: RegionIndex; event: LifeEvent; summary: LifeEventSummary }
  | { ok: false; reason: 'unknown-region' | 'unknown-event' }

/** The event a link names, or why it cannot be shown. */
export function findLifeEvent(regionId: string, id: string): LifeEventRoute {
  const region = loadedCatalogue().findRegion(regionId)
  if (!region) return { ok: false, reason: 'unknown-region' }
  const event = bundle.regions[region.id]?.events.find((e) => e.id === id)
  const summary = region.lifeEvents.find((e) => e.id === id)
  if (!event || !summary) return { ok: false, reason: 'unknown-event' }
  return { ok: true, region, event, summary }
}

function contextOf(region: RegionIndex): EventContext {
  return {
    items: Object.fromEntries(region.items.map((i) => [i.id, { name: i.name, guideId: i.guideId }])),
    guides: allGuides(),
    venues: region.venues,
  }
}

/** The combined materials checklist of an event (a document several steps need appears once). */
export function mergedChecklistOf(region: RegionIndex, event: LifeEvent): MergedChecklist {
  return mergeMaterials(mergeStepsOf(event, contextOf(region)), bundle.regions[region.id]?.documents ?? [])
}

/** The predicted timeline from `epochMs`, in China time, on the bundled holiday calendar. */
export function timelineOf(region: RegionIndex, event: LifeEvent, epochMs: number): Timeline {
  return predictTimeline(chinaTime(epochMs), timelineStepsOf(event, contextOf(region)), holidayCalendar)
}

/** The region's events and the eligibility data of its guides, for 我能办什么. */
export function eligibilityDataOf(region: RegionIndex) {
  const data = bundle.regions[region.id]
  return { events: data?.events ?? [], eligibility: data?.eligibility ?? {} }
}
