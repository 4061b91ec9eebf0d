/**
 * 我能办什么: a few plain questions, each with 不确定, and the life events and items that may apply,
 * each with the guide's own lines quoted as the reason. The rules live in data (guides'
 * `eligibility`, resolved to quotes by scripts/data/build.ts); this module only compares.
 *
 * Rules, per dimension an item restricts (a dimension it leaves out restricts nothing):
 * - 个人/单位, current situation (individuals only), family event: an answer that matches none of
 *   the item's tags hides the item; 不确定 never hides, it marks the item 可能适用，请咨询.
 * - special groups: guides' group lists are open-ended ("……等重点群体"), so a group the citizen does
 *   not have never hides an item either; it marks it 可能适用，请咨询. A matching group ranks it first.
 * - Never a promise of entitlement: the best status is "may apply".
 */
import { flatMap } from '../collections'
import type { ApplicantTag, FamilyTag, GroupTag, SituationTag } from '../../../types/eligibility'
import { APPLICANT_TAGS, GROUP_TAGS, SITUATION_TAGS } from '../../../types/eligibility'
import type { GuideFile } from '../../../types/catalogue'
import type { LifeEvent, ResolvedEligibility, ResolvedTag } from '../../../types/life-events'

export type QuestionId = 'applicant' | 'situation' | 'groups' | 'family'

/**
 * The citizen's answers; JSON-serialisable (for a saved-answers key). 'unsure' is 不确定; an empty
 * situations list counts as 不确定; an empty groups list is 都不是.
 */
export interface EligibilityAnswers {
  applicant: ApplicantTag | 'unsure'
  situations: SituationTag[] | 'unsure'
  groups: GroupTag[] | 'unsure'
  family: 'yes' | 'no' | 'unsure'
}

/** Nothing answered yet: every question 不确定. */
export const UNSURE_ANSWERS: EligibilityAnswers = { applicant: 'unsure', situations: 'unsure', groups: 'unsure', family: 'unsure' }

export const UNSURE_LABEL = '不确定'

export interface QuestionOption {
  /** A tag, or 'unsure' / 'none' / 'yes' / 'no'. */
  value: string
  label: string
}

export interface EligibilityQuestion {
  id: QuestionId
  title: string
  hint?: string
  multiple: boolean
  options: QuestionOption[]
}

export type FindingStatus = 'may-apply' | 'ask'

export const STATUS_LABELS: Record<FindingStatus, string> = {
  'may-apply': '可能适用',
  ask: '可能适用，请咨询',
}

/** The plain note every result page shows. */
export const RESULT_NOTE =
  '以上只是办事指引，不代表您一定符合条件或能享受待遇。判断依据是各事项的示例条件（示例内容），是否符合以窗口审核为准，办理前请先打电话咨询确认。'

export interface FindingReason {
  question: QuestionId
  /** The item's tags this reason is about (the matched ones, or all when 不确定). */
  tags: string[]
  /** The guide's own lines, quoted. */
  quotes: string[]
  /** True when this reason rests on a 不确定 answer (or a group the citizen did not pick). */
  unsure: boolean
}

export interface ItemFinding {
  itemId: string
  status: FindingStatus
  label: string
  reasons: FindingReason[]
  /** Questions whose answer (不确定, or no matching group) made this 请咨询. */
  unsureOn: QuestionId[]
  /** Groups of the citizen the item names. */
  matchedGroups: GroupTag[]
}

export interface EventFinding {
  eventId: string
  status: FindingStatus
  label: string
  /** The event's steps that may apply, in step order. */
  items: ItemFinding[]
}

export interface EligibilityResult {
  events: EventFinding[]
  /** Every item that may apply, best matches first. */
  items: ItemFinding[]
}

/** Which questions to ask: the situation only of individuals (or 不确定), groups and family only when the region's guides use them. */
export function questionsFor(eligibility: Readonly<Record<string, ResolvedEligibility>>, answers: EligibilityAnswers = UNSURE_ANSWERS): EligibilityQuestion[] {
  const all = Object.values(eligibility)
  const unsure = { value: 'unsure', label: UNSURE_LABEL }
  const questions: EligibilityQuestion[] = [
    {
      id: 'applicant',
      title: '您是为自己办，还是为单位办？',
      multiple: false,
      options: [{ value: '个人', label: '为自己（个人）' }, { value: '单位', label: '为单位（用人单位、企业）' }, unsure],
    },
  ]
  if (answers.applicant !== '单位') {
    questions.push({
      id: 'situation',
      title: '您现在的情况是？',
      hint: '可多选',
      multiple: true,
      options: [...SITUATION_TAGS.map((t) => ({ value: t, label: t })), unsure],
    })
  }
  const named = GROUP_TAGS.filter((g) => all.some((e) => e.groups.some((t) => t.tag === g)))
  if (named.length > 0) {
    questions.push({
      id: 'groups',
      title: answers.applicant === '单位' ? '单位招用或想招用的人员中，有下面这些人吗？' : '您属于下面哪类人员？',
      hint: '可多选；只列出本地事项指南提到的人员类别',
      multiple: true,
      options: [...named.map((t) => ({ value: t, label: t })), { value: 'none', label: '都不是' }, unsure],
    })
  }
  if (answers.applicant !== '单位' && all.some((e) => e.family.length > 0)) {
    questions.push({
      id: 'family',
      title: '家里是否有参保的亲人（如退休老人）去世，需要办理后事？',
      multiple: false,
      options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }, unsure],
    })
  }
  return questions
}

type Check = { kind: 'open' } | { kind: 'match'; tags: string[] } | { kind: 'miss' } | { kind: 'unsure'; tags: string[] }

/** An empty answer list is 不确定 for situations, and 都不是 (none) for groups and family. */
function check<T extends string>(
  itemTags: readonly ResolvedTag<T>[],
  answer: readonly T[] | 'unsure',
  options: { vocabulary?: readonly T[]; emptyIsNone?: boolean } = {},
): Check {
  if (itemTags.length === 0) return { kind: 'open' }
  const tags = itemTags.map((t) => t.tag)
  // An item for every value of a closed vocabulary (个人 and 单位) restricts nothing.
  if (options.vocabulary && options.vocabulary.every((v) => tags.includes(v))) return { kind: 'open' }
  if (answer === 'unsure' || (answer.length === 0 && !options.emptyIsNone)) return { kind: 'unsure', tags }
  const matched = tags.filter((t) => answer.includes(t))
  return matched.length > 0 ? { kind: 'match', tags: matched } : { kind: 'miss' }
}

function quotesOf(itemTags: readonly ResolvedTag[], tags: readonly string[]): string[] {
  return [
    ...new Set(
      flatMap(
        itemTags.filter((t) => tags.includes(t.tag)),
        (t) => t.quotes,
      ),
    ),
  ]
}

/** One item against the answers: its finding, or null when an answer rules it out. */
export function evaluateItem(itemId: string, e: ResolvedEligibility, answers: EligibilityAnswers): ItemFinding | null {
  const reasons: FindingReason[] = []
  const add = (question: QuestionId, itemTags: readonly ResolvedTag[], c: Check): boolean => {
    if (c.kind === 'miss') return false
    if (c.kind === 'match' || c.kind === 'unsure') reasons.push({ question, tags: c.tags, quotes: quotesOf(itemTags, c.tags), unsure: c.kind === 'unsure' })
    return true
  }
  const applicant = check(e.applicants, answers.applicant === 'unsure' ? 'unsure' : [answers.applicant], { vocabulary: APPLICANT_TAGS })
  if (!add('applicant', e.applicants, applicant)) return null
  // Situations restrict the individual's side; a unit answering skips them.
  if (answers.applicant !== '单位') {
    if (!add('situation', e.situations, check(e.situations, answers.situations))) return null
    const family = check<FamilyTag>(e.family, answers.family === 'unsure' ? 'unsure' : answers.family === 'yes' ? ['家人去世'] : [], { emptyIsNone: true })
    if (!add('family', e.family, family)) return null
  }
  // Groups never hide (lists are open-ended); a group not picked marks the item 请咨询.
  const groups = check(e.groups, answers.groups, { emptyIsNone: true })
  if (groups.kind === 'miss')
    reasons.push({
      question: 'groups',
      tags: e.groups.map((t) => t.tag),
      quotes: quotesOf(
        e.groups,
        e.groups.map((t) => t.tag),
      ),
      unsure: true,
    })
  else add('groups', e.groups, groups)
  // Applicants' lines are the basic "who is this for" reason even when the answer does not restrict it.
  if (applicant.kind === 'open' && e.applicants.length > 0) {
    const tags = answers.applicant === 'unsure' ? e.applicants.map((t) => t.tag) : [answers.applicant]
    reasons.unshift({ question: 'applicant', tags, quotes: quotesOf(e.applicants, tags), unsure: false })
  }
  const unsureOn = [...new Set(reasons.filter((r) => r.unsure).map((r) => r.question))]
  const status: FindingStatus = unsureOn.length > 0 ? 'ask' : 'may-apply'
  const matchedGroups = groups.kind === 'match' ? (groups.tags as GroupTag[]) : []
  return { itemId, status, label: STATUS_LABELS[status], reasons, unsureOn, matchedGroups }
}

function rank(f: ItemFinding): number {
  return (f.status === 'may-apply' ? 0 : 10) - Math.min(f.matchedGroups.length, 1) * 5 + f.unsureOn.length
}

/**
 * The events and items that may apply. Items are those with eligibility data; an event appears when
 * it is for the citizen's 个人/单位 answer (or 不确定) and at least one of its steps may apply, with
 * those steps. An event for some groups (event.groups) is 请咨询 unless the citizen picked one of them.
 */
export function evaluate(
  answers: EligibilityAnswers,
  events: readonly LifeEvent[],
  eligibility: Readonly<Record<string, ResolvedEligibility>>,
): EligibilityResult {
  const findings = new Map<string, ItemFinding>()
  for (const [itemId, e] of Object.entries(eligibility)) {
    const f = evaluateItem(itemId, e, answers)
    if (f) findings.set(itemId, f)
  }
  const itemIds = Object.keys(eligibility)
  const items = [...findings.values()].sort((a, b) => rank(a) - rank(b) || itemIds.indexOf(a.itemId) - itemIds.indexOf(b.itemId))
  const eventFindings: EventFinding[] = []
  for (const event of events) {
    if (answers.applicant !== 'unsure' && !event.applicants.includes(answers.applicant)) continue
    const steps = [...new Set(event.steps.map((s) => s.itemId))].map((id) => findings.get(id)).filter((f): f is ItemFinding => f !== undefined)
    if (steps.length === 0) continue
    // An event for some groups (高校毕业生找工作) is 请咨询 unless the citizen picked one of them.
    const groupMiss = event.groups !== undefined && (answers.groups === 'unsure' || !event.groups.some((g) => (answers.groups as GroupTag[]).includes(g)))
    const status: FindingStatus = !groupMiss && steps.some((f) => f.status === 'may-apply') ? 'may-apply' : 'ask'
    eventFindings.push({ eventId: event.id, status, label: STATUS_LABELS[status], items: steps })
  }
  eventFindings.sort((a, b) => (a.status === b.status ? 0 : a.status === 'may-apply' ? -1 : 1))
  return { events: eventFindings, items }
}

/** The text of the guide lines a basis cites: condition lines by index, quotes as they are. */
export function resolveBasis(guide: GuideFile, basis: readonly (number | string)[]): string[] {
  return basis.map((b) => (typeof b === 'number' ? (guide.sections.conditions?.items[b] ?? '') : b))
}

/** A guide's eligibility with every cited line as text; null when the guide has none. */
export function resolveEligibility(guide: GuideFile): ResolvedEligibility | null {
  const e = guide.eligibility
  if (!e) return null
  const resolve = <T extends string>(list: readonly { tag: T; basis: (number | string)[] }[] | undefined): ResolvedTag<T>[] =>
    (list ?? []).map((t) => ({ tag: t.tag, quotes: resolveBasis(guide, t.basis) }))
  return { applicants: resolve(e.applicants), situations: resolve(e.situations), groups: resolve(e.groups), family: resolve(e.family) }
}
