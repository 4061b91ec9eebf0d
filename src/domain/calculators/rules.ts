/**
 * The retirement rules as data, each row with its source. The calculator (retirement.ts) only reads
 * these tables; the test in test/unit/calculators-retirement.test.ts checks what it computes against
 * rows copied from the official 对照表.
 *
 * Sources:
 * - 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》（2024年9月13日第十四届全国人民代表大会常务委员会
 *   第十一次会议通过，自2025年1月1日起施行）, which approves the annex
 * - 《国务院关于渐进式延迟法定退休年龄的办法》:
 *   第一条 从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至
 *   六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁。
 *   第二条 从2030年1月1日起，将职工按月领取基本养老金最低缴费年限由十五年逐步提高至二十年，每年提高六个月。
 *   第三条 弹性提前退休（达到最低缴费年限，最长不超过三年，不得低于原法定退休年龄）和弹性延迟退休（所在单位与职工协商一致，
 *   最长不超过三年）。
 *   附件1–3: 延迟法定退休年龄对照表 of the three categories; 附件4: 提高最低缴费年限情况表.
 */
import { firstAffectedBirth, REFORM_START, RETIREMENT_NUMBERS } from './core'
import type { RetirementKind } from './kinds'
import type { MonthIndex } from './year-month'

export { RETIREMENT_KINDS, type RetirementKind } from './kinds'
export { REFORM_START }

export const DECISION = '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》（2024年9月13日）'
export const MEASURES = '《国务院关于渐进式延迟法定退休年龄的办法》'

export interface RetirementRule {
  /** The category's name in the 办法's words. */
  name: string
  /** Short, for titles and shares. */
  shortName: string
  /** The original statutory age, in years. */
  baseAge: number
  /**
   * The first birth month the delay applies to: those who, at the original age, would have retired in
   * January 2025 (the 办法 applies from 2025-01-01).
   */
  firstAffectedBirth: MonthIndex
  /** Months of birth per month of delay (每四个月延迟一个月 → 4). */
  step: number
  /** The age the delay stops at, in years. */
  maxAge: number
  source: string
}

function rule(kind: RetirementKind, r: Pick<RetirementRule, 'name' | 'source'>): RetirementRule {
  return { ...RETIREMENT_NUMBERS[kind], ...r, firstAffectedBirth: firstAffectedBirth(kind) }
}

export const RETIREMENT_RULES: Record<RetirementKind, RetirementRule> = {
  male: rule('male', {
    name: '男职工',
    source: `${MEASURES}第一条（男职工法定退休年龄每四个月延迟一个月，逐步延迟至六十三周岁）；附件1 男职工延迟法定退休年龄对照表`,
  }),
  female55: rule('female55', {
    name: '原法定退休年龄五十五周岁的女职工',
    source: `${MEASURES}第一条（每四个月延迟一个月，逐步延迟至五十八周岁）；附件2 原法定退休年龄五十五周岁的女职工延迟法定退休年龄对照表`,
  }),
  female50: rule('female50', {
    name: '原法定退休年龄五十周岁的女职工',
    source: `${MEASURES}第一条（每二个月延迟一个月，逐步延迟至五十五周岁）；附件3 原法定退休年龄五十周岁的女职工延迟法定退休年龄对照表`,
  }),
}

/** Who is which, in plain words (the page shows these; the bureau decides from the citizen's file). */
export const KIND_EXPLANATIONS: Record<RetirementKind, string> = {
  male: '男性职工（企业职工、机关事业单位工作人员等），原来60岁退休。',
  female55: '原来55岁退休的女职工：通常是在管理岗位、专业技术岗位工作的女职工（俗称“女干部”）。',
  female50: '原来50岁退休的女职工：通常是在生产、服务等一线岗位工作的女职工（俗称“女工人”）。',
}

export interface MinimumYearsRow {
  /** From this calendar year (inclusive). */
  fromYear: number
  /** Minimum contribution for a monthly pension, in months. */
  months: number
  source: string
}

const MIN_SOURCE = `${MEASURES}第二条；附件4 提高最低缴费年限情况表`

/**
 * Minimum years of contributions for a monthly basic pension, by calendar year: 15 years to 2029,
 * then six months more each year from 2030, 20 years from 2039 on.
 */
export const MINIMUM_CONTRIBUTION: readonly MinimumYearsRow[] = [
  { fromYear: 0, months: 15 * 12, source: `${MIN_SOURCE}（2030年以前为十五年）` },
  ...Array.from({ length: 10 }, (_, i) => ({ fromYear: 2030 + i, months: 15 * 12 + 6 * (i + 1), source: `${MIN_SOURCE}（从2030年1月1日起每年提高六个月）` })),
]

/** Flexible retirement (弹性退休), 办法第三条, in its own words. */
export const FLEXIBLE_MAX_MONTHS = 36
export const FLEXIBLE_EARLY_TEXT =
  '职工达到最低缴费年限，可以自愿选择弹性提前退休，提前时间最长不超过三年，且退休年龄不得低于女职工五十周岁、五十五周岁及男职工六十周岁的原法定退休年龄。'
export const FLEXIBLE_LATE_TEXT = '职工达到法定退休年龄，所在单位与职工协商一致的，可以弹性延迟退休，延迟时间最长不超过三年。'
export const FLEXIBLE_SOURCE = `${MEASURES}第三条`
