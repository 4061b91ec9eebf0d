/**
 * The predicted timeline of a life event on a frozen clock across 国庆 2026, in China time whatever
 * the process TZ (instants are built with Date.UTC). Expected dates are counted by hand against the
 * 2026 holiday notice: 中秋 9/25-9/27, 国庆 10/1-10/7, make-up workdays Sun 9/20 and Sat 10/10.
 */
import type { GuideFile, OpeningHours, TimeLimit, Venue } from '../../types/catalogue'
import type { LifeEvent } from '../../types/life-events'
import { deriveCatalogueIndex } from '../../scripts/data/build'
import { deriveHolidayCalendar } from '../../scripts/data/holidays'
import { loadDataFiles } from '../../scripts/data/load'
import { validateData } from '../../scripts/data/validate'
import { chinaTime, isoDate } from '../../src/domain/calendar'
import { mergeStepsOf, predictTimeline, timelineLimit, timelineStepsOf, type Timeline, type TimelineStepInput } from '../../src/domain/life-events'

const calendar = deriveHolidayCalendar(2025)
const cst = (y: number, mo: number, d: number, h = 10, mi = 0) => chinaTime(Date.UTC(y, mo - 1, d, h - 8, mi))

const hours: OpeningHours = {
  text: '周一至周五 9:00—12:00、14:00—17:30',
  schedules: [
    {
      weekly: [
        {
          days: [1, 2, 3, 4, 5],
          periods: [
            { start: '09:00', end: '12:00' },
            { start: '14:00', end: '17:30' },
          ],
        },
      ],
    },
  ],
  closedOnPublicHolidays: true,
}
const workdays = (n: number): TimeLimit => ({ value: n, unit: 'workday', text: `${n}个工作日` })
const onTheSpot: TimeLimit = { value: null, unit: 'on-the-spot', text: '即时办结' }

const step = (stepIndex: number, stage: number, limit: TimeLimit, extra: Partial<TimelineStepInput> = {}): TimelineStepInput => ({
  stepIndex,
  itemId: `xx-00${stepIndex + 1}`,
  itemName: `事项${stepIndex + 1}`,
  stage,
  need: 'always',
  limit,
  limitKind: 'promised',
  hours,
  ...extra,
})

describe('predicted timeline across 国庆 2026 (now: Mon 2026-09-28 10:00 China time)', () => {
  /*
   * Checked by hand:
   * stage 1, A (5个工作日): accepted Mon 9/28 (open at 10:00). Working days after acceptance:
   *   Tue 9/29 = 1, Wed 9/30 = 2, 10/1-10/7 国庆 off, Thu 10/8 = 3, Fri 10/9 = 4,
   *   Sat 10/10 (调休上班) = 5  -> due Sat 10/10.
   * stage 1, B (即时办结), in parallel: accepted and done Mon 9/28.
   * stage 2 can start the day after stage 1's latest due date: Sun 10/11, a rest day, so
   *   C (即时办结) is accepted Mon 10/12 and done the same day.
   * stage 3, D (3个工作日, conditional): C took no days, so D is accepted Mon 10/12 too:
   *   Tue 10/13 = 1, Wed 10/14 = 2, Thu 10/15 = 3 -> due Thu 10/15.
   * 全部办完预计 2026年10月15日; without the conditional D: 10/12.
   * E (outside the timeline) gets no date, only its reason.
   */
  const now = cst(2026, 9, 28, 10)
  const steps = [
    step(0, 1, workdays(5)),
    step(1, 1, onTheSpot),
    step(2, 2, onTheSpot),
    step(3, 3, workdays(3), { need: 'conditional', condition: '重新就业时' }),
    step(4, 4, workdays(20), { need: 'conditional', condition: '满6个月后', outsideTimeline: '开业满6个月后才能申请，不计入预计日期。' }),
  ]
  // Computed in each test, not once in the describe body: mutation testing switches a mutant on per test.
  let t: Timeline
  beforeEach(() => {
    t = predictTimeline(now, steps, calendar)
  })

  test('each step’s start and due date, stages in order and parallel steps within a stage', () => {
    expect(t.steps.map((s) => [s.itemName, isoDate(s.start), isoDate(s.due), s.parallel, s.onTheSpot])).toEqual([
      ['事项1', '2026-09-28', '2026-10-10', true, false],
      ['事项2', '2026-09-28', '2026-09-28', true, true],
      ['事项3', '2026-10-12', '2026-10-12', false, true],
      ['事项4', '2026-10-12', '2026-10-15', false, false],
    ])
    expect(t.stages.map((s) => [s.stage, isoDate(s.start), isoDate(s.end)])).toEqual([
      [1, '2026-09-28', '2026-10-10'],
      [2, '2026-10-12', '2026-10-12'],
      [3, '2026-10-12', '2026-10-15'],
    ])
    expect(t.steps[2].shift).toBe('rest-day')
  })

  test('the sentences a citizen reads', () => {
    expect(t.steps[0].text).toBe('9月28日（周一）受理，承诺5个工作日，预计 2026年10月10日（周六）前办结')
    expect(t.steps[1].text).toBe('9月28日（周一）受理，即时办结，当天办完')
    expect(t.finishText).toBe('全部办完预计 2026年10月15日')
  })

  test('conditional steps are included and marked; the finish without them is given too', () => {
    expect(t.steps[3].need).toBe('conditional')
    expect(isoDate(t.finish)).toBe('2026-10-15')
    expect(t.finishAlwaysOnly && isoDate(t.finishAlwaysOnly)).toBe('2026-10-12')
  })

  test('a step outside the timeline is listed with its reason, without a date', () => {
    expect(t.untimed).toEqual([
      { stepIndex: 4, itemId: 'xx-005', itemName: '事项5', need: 'conditional', condition: '满6个月后', reason: '开业满6个月后才能申请，不计入预计日期。' },
    ])
    expect(t.uncoveredYears).toEqual([])
  })
})

describe('edge cases of the timeline', () => {
  test('即时办结 after hours on the eve of 国庆 is accepted on the first day the office opens again', () => {
    // Wed 9/30 18:00 is after 17:30; 10/1-10/7 are holidays -> Thu 10/8.
    const t = predictTimeline(cst(2026, 9, 30, 18), [step(0, 1, onTheSpot), step(1, 2, workdays(1))], calendar)
    expect(t.steps.map((s) => [isoDate(s.start), isoDate(s.due), s.shift])).toEqual([
      ['2026-10-08', '2026-10-08', 'after-hours'],
      // Same visit on 10/8; one working day later is Fri 10/9.
      ['2026-10-08', '2026-10-09', 'none'],
    ])
    expect(t.finishText).toBe('全部办完预计 2026年10月9日')
  })

  test('a count that runs into a year the calendar does not cover is flagged', () => {
    const t = predictTimeline(cst(2026, 12, 28, 10), [step(0, 1, workdays(5))], calendar)
    // Tue 12/29 = 1, Wed 12/30 = 2, Thu 12/31 = 3, then 2027 with weekends only: Fri 1/1 = 4, Mon 1/4 = 5.
    expect(isoDate(t.finish)).toBe('2027-01-04')
    expect(t.uncoveredYears).toEqual([2027])
  })

  test('the promised limit is used, else the statutory one', () => {
    expect(timelineLimit({ promised: workdays(5), statutory: { value: 10, unit: 'natural-day', text: '10日' } })).toEqual({
      limit: workdays(5),
      limitKind: 'promised',
    })
    expect(timelineLimit({ promised: null, statutory: workdays(20) })).toEqual({ limit: workdays(20), limitKind: 'statutory' })
  })
})

describe('what the citizen reads when the event is not the simple case', () => {
  const now = cst(2026, 9, 28, 10)

  test('a step of a later stage listed first still waits for the earlier stage; steps come back in their own order; a statutory limit says 法定', () => {
    const t = predictTimeline(now, [step(0, 2, onTheSpot), step(1, 1, workdays(5), { limitKind: 'statutory' })], calendar)
    // Stage 1 (step 2): accepted Mon 9/28, 5 working days across 国庆 -> Sat 10/10; stage 2 from Sun 10/11 -> Mon 10/12.
    expect(t.steps.map((s) => [s.itemName, isoDate(s.start), isoDate(s.due)])).toEqual([
      ['事项1', '2026-10-12', '2026-10-12'],
      ['事项2', '2026-09-28', '2026-10-10'],
    ])
    expect(t.steps[1].text).toBe('9月28日（周一）受理，法定5个工作日，预计 2026年10月10日（周六）前办结')
    expect(t.stages.map((s) => s.stage)).toEqual([1, 2])
  })

  test('a limit in natural days counts calendar days, not working days', () => {
    const t = predictTimeline(now, [step(0, 1, { value: 10, unit: 'natural-day', text: '10日' })], calendar)
    // 9/28 + 10 days = Thu 10/8, a working day after 国庆 (counted in working days it would be 10/16).
    expect(isoDate(t.finish)).toBe('2026-10-08')
  })

  test('when every step is conditional there is no finish date for the always-needed steps', () => {
    const t = predictTimeline(now, [step(0, 1, workdays(5), { need: 'conditional', condition: '重新就业时' })], calendar)
    expect(isoDate(t.finish)).toBe('2026-10-10')
    expect(t.finishAlwaysOnly).toBeNull()
  })
})

describe('an event’s steps read from their guides (timelineStepsOf, mergeStepsOf)', () => {
  const wednesdays: OpeningHours = { ...hours, schedules: [{ weekly: [{ days: [3], periods: [{ start: '09:00', end: '17:00' }] }] }] }
  const guide = (venueId: string) =>
    ({ sections: { timeLimit: { promised: workdays(1), statutory: null }, location: { venueId }, materials: { items: [] } } }) as unknown as GuideFile
  const ctx = {
    items: { 'xx-001': { name: '甲事项', guideId: 'xx-001' }, 'xx-002': { name: '乙事项', guideId: 'xx-002' }, 'xx-003': { name: '丙事项', guideId: null } },
    guides: { 'xx-001': guide('weekdays'), 'xx-002': guide('wednesdays') },
    venues: [
      { id: 'weekdays', hours },
      { id: 'wednesdays', hours: wednesdays },
    ] as unknown as Venue[],
  }
  const event = (steps: LifeEvent['steps']) => ({ id: 'test', name: '测试', steps }) as unknown as LifeEvent

  test('each step is accepted at its own guide’s venue, on the days that venue opens, and keeps its condition', () => {
    const e = event([
      { itemId: 'xx-001', stage: 1, need: 'always' },
      { itemId: 'xx-002', stage: 1, need: 'conditional', condition: '重新就业时' },
    ] as LifeEvent['steps'])
    const t = predictTimeline(cst(2026, 9, 28, 10), timelineStepsOf(e, ctx), calendar)
    // Mon 9/28 at the weekday office; the Wednesday-only office accepts on Wed 9/30.
    expect(t.steps.map((s) => [s.itemName, isoDate(s.start), s.condition])).toEqual([
      ['甲事项', '2026-09-28', undefined],
      ['乙事项', '2026-09-30', '重新就业时'],
    ])
    expect(mergeStepsOf(e, ctx).map((s) => [s.itemName, s.condition])).toEqual([
      ['甲事项', undefined],
      ['乙事项', '重新就业时'],
    ])
  })

  test('a step whose item has no guide, or whose guide names no venue this region has, is refused with its item id', () => {
    expect(() => timelineStepsOf(event([{ itemId: 'xx-003', stage: 1, need: 'always' }] as LifeEvent['steps']), ctx)).toThrow(
      'life event step xx-003 has no guide',
    )
    expect(() => timelineStepsOf(event([{ itemId: 'xx-009', stage: 1, need: 'always' }] as LifeEvent['steps']), ctx)).toThrow(
      'life event step xx-009 has no guide',
    )
    const noVenue = { ...ctx, guides: { ...ctx.guides, 'xx-001': guide('gone') } }
    expect(() => timelineStepsOf(event([{ itemId: 'xx-001', stage: 1, need: 'always' }] as LifeEvent['steps']), noVenue)).toThrow(
      'life event step xx-001 needs a time limit and a venue',
    )
  })
})

describe('the real events on the same frozen clock', () => {
  const { dataset } = validateData(loadDataFiles())
  const index = deriveCatalogueIndex(dataset!)
  const timelineOf = (regionId: string, eventId: string) => {
    const region = index.regions.find((r) => r.id === regionId)!
    const event = dataset!.lifeEvents.get(regionId)!.events.find((e) => e.id === eventId)!
    const ctx = { items: Object.fromEntries(region.items.map((i) => [i.id, i])), guides: Object.fromEntries(dataset!.guides), venues: region.venues }
    return predictTimeline(cst(2026, 9, 28, 10), timelineStepsOf(event, ctx), calendar)
  }

  test('我要创业 (Hami, offices open 10:00 Beijing time): 开业指导 即时办结, then the loan and its review', () => {
    const t = timelineOf('hami', 'wo-yao-chuangye')
    // hm-012 即时办结 on Mon 9/28 (open 10:00-14:00); hm-010 the same day, 15 working days:
    //   9/29 1, 9/30 2, 10/8 3, 10/9 4, Sat 10/10 5, 10/12-16 6-10, 10/19-23 11-15 -> Fri 10/23.
    // hm-011 from the next day, Sat 10/24 -> accepted Mon 10/26; 5 working days: 10/27-30 1-4, Mon 11/2 5.
    expect(t.steps.map((s) => [s.itemId, isoDate(s.start), isoDate(s.due)])).toEqual([
      ['hm-012', '2026-09-28', '2026-09-28'],
      ['hm-010', '2026-09-28', '2026-10-23'],
      ['hm-011', '2026-10-26', '2026-11-02'],
    ])
    expect(t.untimed.map((u) => [u.itemId, u.reason])).toEqual([['hm-013', '自登记注册起正常运营满1年才能申请，不计入预计日期。']])
    expect(t.finishText).toBe('全部办完预计 2026年11月2日')
    expect(t.finishAlwaysOnly && isoDate(t.finishAlwaysOnly)).toBe('2026-09-28')
  })

  test('失业了 (Bijie): 失业保险金申领 (承诺5个工作日) and 档案 in parallel; 领取情况查询 (a lookup) and 停发 have no date', () => {
    const t = timelineOf('bijie', 'shiye')
    // bj-073 and bj-092: accepted 9/28, 5 working days -> Sat 10/10 (as above). bj-082 is a lookup: never in the finish date.
    expect(t.steps.map((s) => [s.itemId, isoDate(s.start), isoDate(s.due), s.parallel, s.need])).toEqual([
      ['bj-073', '2026-09-28', '2026-10-10', true, 'always'],
      ['bj-092', '2026-09-28', '2026-10-10', true, 'conditional'],
    ])
    expect(t.untimed.map((u) => u.itemId)).toEqual(['bj-082', 'bj-077'])
    expect(t.finishText).toBe('全部办完预计 2026年10月10日')
  })
})
