/**
 * 我哪年退休: the statutory retirement age and month for a birth month and category, computed from the
 * 办法's own rules (rules.ts), the minimum contribution years in the year of retirement, and the
 * flexible range (弹性退休). Plain TypeScript, no Taro: pages render what this returns.
 */
import { delayMonths, EARLIEST_BIRTH, REFORM_START, retirementTitle, type RetirementProblem } from './core'
import { FLEXIBLE_MAX_MONTHS, MINIMUM_CONTRIBUTION, RETIREMENT_RULES, type RetirementKind, type RetirementRule } from './rules'
import { formatMonth, formatSpan, isoMonth, monthIndex, monthOf, yearOf, type MonthIndex } from './year-month'

export { EARLIEST_BIRTH, parseBirthMonth, parseRetirementParams, retirementQuery, retirementTitle, type RetirementParams, type RetirementProblem } from './core'

export interface RetirementInput {
  birth: MonthIndex
  kind: RetirementKind
}

export interface RetirementAnswer {
  input: RetirementInput
  rule: RetirementRule
  /** Months of delay (0 for births before the reform). */
  delayMonths: number
  /** The statutory age, in months. */
  ageMonths: number
  /** The month of statutory retirement. */
  retireAt: MonthIndex
  /** The original age and month, before the reform. */
  originalAt: MonthIndex
  /** Minimum contribution for a monthly pension in the year of retirement, in months. */
  minimumMonths: number
  /** True when the citizen's statutory retirement was before January 2025: the original rules, no 弹性. */
  beforeReform: boolean
  /** 弹性退休; null before the reform. */
  flexible: { earliest: MonthIndex; earliestAgeMonths: number; earliestMinimumMonths: number; latest: MonthIndex; latestAgeMonths: number } | null
  /** The labelled lines, exactly as every page shows them. */
  lines: { age: string; month: string; minimum: string }
}

/** Months of delay for a birth month under a category's rule (the 办法 第一条). */
export function delayMonthsFor(kind: RetirementKind, birth: MonthIndex): number {
  return delayMonths(kind, birth)
}

/** Minimum contribution (months) for a monthly pension in a calendar year (the 办法 第二条, 附件4). */
export function minimumContributionMonths(year: number): number {
  let months = MINIMUM_CONTRIBUTION[0].months
  for (const row of MINIMUM_CONTRIBUTION) if (year >= row.fromYear) months = row.months
  return months
}

export function retirementAnswer(input: RetirementInput): RetirementAnswer {
  const rule = RETIREMENT_RULES[input.kind]
  const delay = delayMonthsFor(input.kind, input.birth)
  const ageMonths = rule.baseAge * 12 + delay
  const retireAt = input.birth + ageMonths
  const originalAt = input.birth + rule.baseAge * 12
  const minimumMonths = minimumContributionMonths(yearOf(retireAt))
  const beforeReform = originalAt < REFORM_START
  const earliestAgeMonths = Math.max(rule.baseAge * 12, ageMonths - FLEXIBLE_MAX_MONTHS)
  const flexible = beforeReform
    ? null
    : {
        earliest: input.birth + earliestAgeMonths,
        earliestAgeMonths,
        earliestMinimumMonths: minimumContributionMonths(yearOf(input.birth + earliestAgeMonths)),
        latest: retireAt + FLEXIBLE_MAX_MONTHS,
        latestAgeMonths: ageMonths + FLEXIBLE_MAX_MONTHS,
      }
  return {
    input,
    rule,
    delayMonths: delay,
    ageMonths,
    retireAt,
    originalAt,
    minimumMonths,
    beforeReform,
    flexible,
    lines: {
      age: `法定退休年龄：${formatSpan(ageMonths, '岁')}`,
      month: `退休时间：${formatMonth(retireAt)}`,
      minimum: `最低缴费年限：${formatSpan(minimumMonths, '年')}`,
    },
  }
}

/** The share title: it states the answer (1971年6月出生的男职工：2033年2月退休). */
export function retirementShareTitle(answer: RetirementAnswer): string {
  return retirementTitle(answer.input.kind, answer.input.birth)
}

export const RETIREMENT_PROBLEM_TEXT: Record<RetirementProblem, string> = {
  'birth-format': '链接里的出生年月看不懂（应为“1965-03”这样的年和月）。请在下面重新选择出生年月。',
  'birth-future': '出生年月不能晚于本月。请在下面重新选择出生年月。',
  'birth-too-early': '本计算器只算1940年1月及以后出生的人。更早出生的，请拨打 12333 咨询。',
  'kind-unknown': '链接里的人员类别看不懂。请在下面选择：男职工、原法定退休年龄五十周岁的女职工，或原法定退休年龄五十五周岁的女职工。',
}

/** The years the birth picker offers, newest first (1940 … this year). */
export function birthYears(today: MonthIndex): number[] {
  const years: number[] = []
  for (let y = yearOf(today); y >= yearOf(EARLIEST_BIRTH); y--) years.push(y)
  return years
}

/** Whether a birth month may be chosen (not in the future, not before 1940). */
export function isChoosableBirth(birth: MonthIndex, today: MonthIndex): boolean {
  return birth >= EARLIEST_BIRTH && birth <= today
}

export { formatMonth, formatSpan, isoMonth, monthIndex, monthOf, yearOf }
