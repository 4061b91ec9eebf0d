/**
 * A predicted timeline for a life event on the real working-day calendar, in China time: stages in
 * order, the steps within a stage in parallel. Each step is accepted on the first day its office
 * takes applications once the step can start (acceptanceDay), and is due after its promised limit,
 * else its statutory one (addWorkdays / addNaturalDays, as the guide page's estimate). A step with
 * 即时办结 takes no days: the next stage can start the same day. After a step with a day limit, the
 * next stage starts the day after its due date (the result may come earlier; this is the latest).
 *
 * Conditional steps are included (so the finish date is the latest case) and marked; the finish
 * date without them is given too. Years the calendar does not cover are reported (uncoveredYears)
 * so the page can show the same honest note as the guide page.
 */
import type { Dayjs } from 'dayjs'
import { flatMap } from '../collections'
import type { OpeningHours, TimeLimit } from '../../../types/catalogue'
import type { HolidayCalendar } from '../../../types/generated'
import type { StepNeed } from '../../../types/life-events'
import { formatLongDate, formatShortDate, weekdayName } from '../calendar/china-time'
import { acceptanceDay, type AcceptanceShift } from '../calendar/completion'
import { addNaturalDays, addWorkdays, dayInfo } from '../calendar/workdays'

export interface TimelineStepInput {
  /** 0-based position of the step in the event. */
  stepIndex: number
  itemId: string
  itemName: string
  stage: number
  need: StepNeed
  condition?: string
  /** The promised limit, else the statutory one. */
  limit: TimeLimit
  limitKind: 'promised' | 'statutory'
  /** The step's venue hours. */
  hours: OpeningHours
  /** Set when the step happens at a time the app cannot know: no date, this reason instead. */
  outsideTimeline?: string
}

/** A step listed without a date, and why. */
export interface UntimedStep {
  stepIndex: number
  itemId: string
  itemName: string
  need: StepNeed
  condition?: string
  reason: string
}

export interface PredictedStep extends TimelineStepInput {
  /** The day the application is accepted. */
  start: Dayjs
  /** Why acceptance is not the day the step could start: after hours or a rest day. */
  shift: AcceptanceShift
  /** The day the step is due (the acceptance day for 即时办结). */
  due: Dayjs
  onTheSpot: boolean
  /** True when another step shares the stage and can be done at the same time. */
  parallel: boolean
  /** "10月8日受理，承诺5个工作日，预计10月15日（周四）前办结" */
  text: string
}

export interface PredictedStage {
  stage: number
  steps: PredictedStep[]
  start: Dayjs
  /** The latest due date of its steps. */
  end: Dayjs
}

export interface Timeline {
  stages: PredictedStage[]
  steps: PredictedStep[]
  /** When the last step (conditional ones included) is due. */
  finish: Dayjs
  /** "全部办完预计 2026年10月16日" */
  finishText: string
  /** When the last always-needed step is due (null when every step is conditional). */
  finishAlwaysOnly: Dayjs | null
  /** Years the count passed through whose holidays the calendar does not have (weekends only). */
  uncoveredYears: number[]
  /** Steps without a date (outsideTimeline), in step order. */
  untimed: UntimedStep[]
}

/** The promised limit, else the statutory one: what the timeline counts with. */
export function timelineLimit(limits: {
  promised: TimeLimit | null
  statutory: TimeLimit | null
}): { limit: TimeLimit; limitKind: 'promised' | 'statutory' } | null {
  if (limits.promised) return { limit: limits.promised, limitKind: 'promised' }
  if (limits.statutory) return { limit: limits.statutory, limitKind: 'statutory' }
  return null
}

/** "全部办完预计 2026年10月16日" */
export function finishSentence(finish: Dayjs): string {
  return `全部办完预计 ${finish.format('YYYY年M月D日')}`
}

/** Conditional steps left out, later stages may start earlier: count again without them. */
function finishWithoutConditional(now: Dayjs, steps: readonly TimelineStepInput[], calendar: HolidayCalendar, finish: Dayjs): Dayjs | null {
  const always = steps.filter((s) => s.need === 'always')
  if (always.length === steps.length) return finish
  return always.length > 0 ? predictTimeline(now, always, calendar).finish : null
}

export function predictTimeline(now: Dayjs, allSteps: readonly TimelineStepInput[], calendar: HolidayCalendar): Timeline {
  const steps = allSteps.filter((s) => s.outsideTimeline === undefined)
  const untimed: UntimedStep[] = allSteps
    .filter((s) => s.outsideTimeline !== undefined)
    .map((s) => ({
      stepIndex: s.stepIndex,
      itemId: s.itemId,
      itemName: s.itemName,
      need: s.need,
      ...(s.condition ? { condition: s.condition } : {}),
      reason: s.outsideTimeline!,
    }))
  const stageNumbers = [...new Set(steps.map((s) => s.stage))].sort((a, b) => a - b)
  const uncovered = new Set<number>()
  const stages: PredictedStage[] = []
  // The moment the next stage can start: now for the first.
  let ready = now
  for (const stage of stageNumbers) {
    const inStage = steps.filter((s) => s.stage === stage)
    let nextReady: Dayjs | null = null
    const predicted = inStage.map((s): PredictedStep => {
      const { day, shift } = acceptanceDay(ready, s.hours, calendar)
      if (!dayInfo(day, calendar).covered) uncovered.add(day.year())
      const acceptedAt = day.isSame(ready, 'day') ? ready : day.startOf('day')
      let due: Dayjs
      let doneAt: Dayjs
      const onTheSpot = s.limit.unit === 'on-the-spot' || s.limit.value === null
      if (onTheSpot) {
        due = day
        doneAt = acceptedAt
      } else {
        const counted = s.limit.unit === 'workday' ? addWorkdays(day, s.limit.value!, calendar) : addNaturalDays(day, s.limit.value!, calendar)
        counted.uncoveredYears.forEach((y) => uncovered.add(y))
        due = counted.date
        doneAt = due.startOf('day').add(1, 'day')
      }
      if (nextReady === null || doneAt.isAfter(nextReady)) nextReady = doneAt
      const kind = s.limitKind === 'promised' ? '承诺' : '法定'
      const text = onTheSpot
        ? `${formatShortDate(day)}（${weekdayName(day)}）受理，${s.limit.text}，当天办完`
        : `${formatShortDate(day)}（${weekdayName(day)}）受理，${kind}${s.limit.text}，预计 ${formatLongDate(due)}前办结`
      return { ...s, start: day, shift, due, onTheSpot, parallel: inStage.length > 1, text }
    })
    const start = predicted.reduce((a, p) => (p.start.isBefore(a) ? p.start : a), predicted[0].start)
    const end = predicted.reduce((a, p) => (p.due.isAfter(a) ? p.due : a), predicted[0].due)
    stages.push({ stage, steps: predicted, start, end })
    ready = nextReady ?? ready
  }
  const all = flatMap(stages, (s) => s.steps).sort((a, b) => a.stepIndex - b.stepIndex)
  const finish = all.reduce<Dayjs>((a, p) => (p.due.isAfter(a) ? p.due : a), now.startOf('day'))
  return {
    stages,
    steps: all,
    finish,
    finishText: finishSentence(finish),
    finishAlwaysOnly: finishWithoutConditional(now, steps, calendar, finish),
    uncoveredYears: [...uncovered].sort((a, b) => a - b),
    untimed,
  }
}
