/**
 * Life events (一件事) and 我能办什么 data, joined with the guides. Each region's events and eligibility
 * quotes are one region-data file (bundled in this subpackage, or downloaded), loaded before the pages
 * render (their PageSpec wants it); home and 我的 use the small summaries in the region index.
 */
import { useMemo } from 'react'
import { fromEntries } from '../../domain/collections'
import type { RegionIndex } from '../../../types/generated'
import type { LifeEvent, LifeEventsBundle, LifeEventSummary } from '../../../types/life-events'
import { chinaTime } from '../../domain/calendar'
import {
  finderView,
  mergeMaterials,
  mergeStepsOf,
  predictTimeline,
  timelineStepsOf,
  type EligibilityAnswers,
  type EventContext,
  type FinderView,
  type MergedChecklist,
  type Timeline,
} from '../../domain/life-events'
import type { RegionGuidesFile, RegionLifeEventsFile } from '../../../types/region-data'
import { holidayCalendar } from '../../services/calendar'
import { registerGuideFiles } from './data'

registerGuideFiles()

/** The files an event or 我能办什么 page received: every guide group of the region, and its 一件事 file. */
export interface EventFiles {
  groups: readonly RegionGuidesFile[]
  lifeEvents: RegionLifeEventsFile | null
}

type RegionEvents = LifeEventsBundle['regions'][string]

/** The region's events, documents and eligibility (empty for a region that has none). */
function regionEvents(files: EventFiles): RegionEvents {
  const file = files.lifeEvents
  return { events: file?.events ?? [], documents: file?.documents ?? [], eligibility: file?.eligibility ?? {} }
}

export type LifeEventRoute =
  { ok: true; region: RegionIndex; event: LifeEvent; summary: LifeEventSummary } | { ok: false; reason: 'unknown-region' | 'unknown-event' }

/** The event a link names, or why it cannot be shown. */
export function findLifeEvent(region: RegionIndex | undefined, files: EventFiles, id: string): LifeEventRoute {
  if (!region) return { ok: false, reason: 'unknown-region' }
  const event = regionEvents(files).events.find((e) => e.id === id)
  const summary = region.lifeEvents.find((e) => e.id === id)
  if (!event || !summary) return { ok: false, reason: 'unknown-event' }
  return { ok: true, region, event, summary }
}

function contextOf(region: RegionIndex, files: EventFiles): EventContext {
  return {
    items: fromEntries(region.items.map((i) => [i.id, { name: i.name, guideId: i.guideId }] as const)),
    guides: Object.assign({}, ...files.groups.map((g) => g.guides)),
    venues: region.venues,
  }
}

/** The combined materials checklist of an event (a document several steps need appears once). */
export function mergedChecklistOf(region: RegionIndex, files: EventFiles, event: LifeEvent): MergedChecklist {
  return mergeMaterials(mergeStepsOf(event, contextOf(region, files)), regionEvents(files).documents)
}

/** The predicted timeline from `epochMs`, in China time, on the bundled holiday calendar. */
export function timelineOf(region: RegionIndex, files: EventFiles, event: LifeEvent, epochMs: number): Timeline {
  return predictTimeline(chinaTime(epochMs), timelineStepsOf(event, contextOf(region, files)), holidayCalendar)
}

/**
 * 我能办什么 for the answers given: the questions to ask and the result's rows (domain/life-events/finder.ts).
 * Here, not in hooks.ts: a guide page loads no 一件事 code (config/index.ts, life-event-code).
 */
export function useFinder(region: RegionIndex | null, file: RegionLifeEventsFile | null, answers: EligibilityAnswers): FinderView | null {
  return useMemo(() => (region ? finderView(region, file, answers) : null), [region, file, answers])
}
