/**
 * 我能办什么 as a page shows it: from a region's index and 一件事 file and the citizen's answers, the
 * questions to ask and the rows of the result (an event with the names of its steps that may apply;
 * an item with its name). The comparing itself is eligibility.ts; this joins it with the names.
 */
import type { RegionIndex } from '../../../types/generated'
import type { RegionLifeEventsFile } from '../../../types/region-data'
import { hasGuides } from '../catalogue/queries'
import { evaluate, questionsFor, type EligibilityAnswers, type EligibilityQuestion, type FindingStatus, type ItemFinding } from './eligibility'

export interface EventRow {
  id: string
  name: string
  appliesTo: string
  status: FindingStatus
  label: string
  /** The names of its steps that may apply, in step order, joined with 、. */
  steps: string
}

export interface ItemRow {
  id: string
  /** The item's name (its id where the index lacks it). */
  name: string
  finding: ItemFinding
}

export type FinderView =
  /** The region has no 办事指南: there are no conditions to cite. */
  { kind: 'no-guides' } | { kind: 'questions'; questions: EligibilityQuestion[]; events: EventRow[]; items: ItemRow[] }

export function finderView(region: RegionIndex, file: RegionLifeEventsFile | null, answers: EligibilityAnswers): FinderView {
  if (!hasGuides(region)) return { kind: 'no-guides' }
  const events = file?.events ?? []
  const eligibility = file?.eligibility ?? {}
  const result = evaluate(answers, events, eligibility)
  const nameOf = (id: string) => region.items.find((i) => i.id === id)?.name
  return {
    kind: 'questions',
    questions: questionsFor(eligibility, answers),
    events: result.events.map((f) => {
      const event = events.find((e) => e.id === f.eventId)!
      return {
        id: event.id,
        name: event.name,
        appliesTo: event.appliesTo,
        status: f.status,
        label: f.label,
        steps: f.items.map((it) => nameOf(it.itemId)).join('、'),
      }
    }),
    items: result.items.map((f) => ({ id: f.itemId, name: nameOf(f.itemId) ?? f.itemId, finding: f })),
  }
}

/** The answers on screen are the ones saved on this phone (the page then says so instead of offering to save). */
export function sameAnswers(a: EligibilityAnswers, b: EligibilityAnswers | null | undefined): boolean {
  return b !== null && b !== undefined && JSON.stringify(a) === JSON.stringify(b)
}
