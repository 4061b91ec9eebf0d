/**
 * 失业金能领几个月: the longest period of 失业保险金 for a number of years of contributions.
 *
 * 《失业保险条例》第十七条 and 《中华人民共和国社会保险法》第四十六条: 累计缴费满一年不足五年的，最长为十二个月；满五年不足十年的，
 * 最长为十八个月；十年以上的，最长为二十四个月。重新就业后，再次失业的，缴费时间重新计算，领取失业保险金的期限与前次失业应当领取
 * 而尚未领取的失业保险金的期限合并计算，最长不超过二十四个月。
 * 《中华人民共和国社会保险法》第四十五条: the three conditions (CONDITIONS below).
 */
import { MAX_PAID_YEARS, type BenefitProblem } from './core'

export {
  BENEFIT_BANDS,
  benefitAnswer,
  benefitShareTitle,
  formatYears,
  MAX_PAID_YEARS,
  parseBenefitParams,
  type BenefitAnswer,
  type BenefitParams,
  type BenefitProblem,
} from './core'

export const BENEFIT_SOURCE = '《失业保险条例》第十七条、《中华人民共和国社会保险法》第四十六条'
export const CONDITIONS_SOURCE = '《中华人民共和国社会保险法》第四十五条'

export const MAX_BENEFIT_MONTHS = 24

export const COMBINING_RULE = '重新就业后再次失业的，缴费时间重新计算，领取期限可以与前次应当领取而尚未领取的期限合并计算，最长不超过24个月。'

/** 社会保险法第四十五条: all three are needed. */
export const CONDITIONS: readonly string[] = [
  '失业前用人单位和本人已经缴纳失业保险费满1年',
  '非因本人意愿中断就业（如被辞退、劳动合同到期单位不续签；自己辞职的一般不算）',
  '已经进行失业登记，并有求职要求',
]

/** Combining with an unused earlier period: never over 24 months. */
export function combinedMonths(newMonths: number | null, unusedEarlier: number): number {
  return Math.min(MAX_BENEFIT_MONTHS, (newMonths ?? 0) + Math.max(0, unusedEarlier))
}

export const BENEFIT_PROBLEM_TEXT: Record<BenefitProblem, string> = {
  format: '链接里的缴费年数看不懂（应为“7”这样的数字）。请在下面重新选择缴费年数。',
  negative: '缴费年数不能是负数。请在下面重新选择缴费年数。',
  'too-large': `缴费年数不能超过${MAX_PAID_YEARS}年。请在下面重新选择缴费年数。`,
}
