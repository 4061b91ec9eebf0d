/**
 * Life events (一件事一次办): the steps of an event joined with their guides, the combined materials
 * checklist (materials.ts), the predicted timeline (timeline.ts) and 我能办什么 (eligibility.ts).
 * Plain TypeScript, no Taro.
 */
import type { GuideFile, OpeningHours, Venue } from '../../../types/catalogue'
import type { LifeEvent } from '../../../types/life-events'
import type { MergeStepInput } from './materials'
import { timelineLimit, type TimelineStepInput } from './timeline'

export * from './materials'
export * from './timeline'
export * from './eligibility'
export * from './finder'

/**
 * A lookup (查询…情况, 查询…个人账户): it changes nothing and waits on nothing, so in a life event it is never
 * 都要办 (need "always") and never counts towards the finish date (it needs outsideTimeline). An item that
 * also issues a document (查询/提供…) is not a lookup. The data build enforces this (scripts/data/life-events.ts).
 */
export function isLookupItem(name: string): boolean {
  return /^查询(?!\/提供)/.test(name)
}

/** What joining an event's steps to their guides needs. */
export interface EventContext {
  /** Item name and the guide to show (ItemSummary has both), by item id. */
  items: Readonly<Record<string, { name: string; guideId: string | null }>>
  /** Guides by guide id. */
  guides: Readonly<Record<string, GuideFile>>
  venues: readonly Venue[]
}

function guideOf(itemId: string, ctx: EventContext): { name: string; guideId: string; guide: GuideFile } {
  const item = ctx.items[itemId]
  const guide = item?.guideId ? ctx.guides[item.guideId] : undefined
  if (!item || !item.guideId || !guide) throw new Error(`life event step ${itemId} has no guide`)
  return { name: item.name, guideId: item.guideId, guide }
}

/** The event's steps with their guides' materials, for mergeMaterials. */
export function mergeStepsOf(event: LifeEvent, ctx: EventContext): MergeStepInput[] {
  return event.steps.map((step, stepIndex) => {
    const { name, guideId, guide } = guideOf(step.itemId, ctx)
    return {
      stepIndex,
      itemId: step.itemId,
      guideId,
      itemName: name,
      need: step.need,
      ...(step.condition ? { condition: step.condition } : {}),
      materials: guide.sections.materials?.items ?? [],
    }
  })
}

/** The event's steps with their limits (promised, else statutory) and venue hours, for predictTimeline. */
export function timelineStepsOf(event: LifeEvent, ctx: EventContext): TimelineStepInput[] {
  return event.steps.map((step, stepIndex) => {
    const { name, guide } = guideOf(step.itemId, ctx)
    const limits = guide.sections.timeLimit
    const chosen = limits && timelineLimit(limits)
    const venue = ctx.venues.find((v) => v.id === guide.sections.location?.venueId)
    if (!chosen || !venue) throw new Error(`life event step ${step.itemId} needs a time limit and a venue`)
    const hours: OpeningHours = venue.hours
    return {
      stepIndex,
      itemId: step.itemId,
      itemName: name,
      stage: step.stage,
      need: step.need,
      ...(step.condition ? { condition: step.condition } : {}),
      ...chosen,
      hours,
      ...(step.outsideTimeline ? { outsideTimeline: step.outsideTimeline } : {}),
    }
  })
}
