/**
 * 失业金能领几个月: the longest period of 失业保险金 for a number of years of contributions.
 *
 * 《失业保险条例》第十七条 and 《中华人民共和国社会保险法》第四十六条: 累计缴费满一年不足五年的，最长为十二个月；满五年不足十年的，
 * 最长为十八个月；十年以上的，最长为二十四个月。重新就业后，再次失业的，缴费时间重新计算，领取失业保险金的期限与前次失业应当领取
 * 而尚未领取的失业保险金的期限合并计算，最长不超过二十四个月。
 * 《中华人民共和国社会保险法》第四十五条: the three conditions (CONDITIONS below).
 */
import { decodeParam } from '../routes'

export const BENEFIT_SOURCE = '《失业保险条例》第十七条、《中华人民共和国社会保险法》第四十六条'
export const CONDITIONS_SOURCE = '《中华人民共和国社会保险法》第四十五条'

/** Bands of contribution years → longest period, in months (null: no benefit). */
export const BENEFIT_BANDS: readonly { fromYears: number; months: number | null; text: string }[] = [
  { fromYears: 0, months: null, text: '缴费不满1年，不能领取失业保险金' },
  { fromYears: 1, months: 12, text: '最长可领12个月' },
  { fromYears: 5, months: 18, text: '最长可领18个月' },
  { fromYears: 10, months: 24, text: '最长可领24个月' },
]

export const MAX_BENEFIT_MONTHS = 24

export const COMBINING_RULE = '重新就业后再次失业的，缴费时间重新计算，领取期限可以与前次应当领取而尚未领取的期限合并计算，最长不超过24个月。'

/** 社会保险法第四十五条: all three are needed. */
export const CONDITIONS: readonly string[] = [
  '失业前用人单位和本人已经缴纳失业保险费满1年',
  '非因本人意愿中断就业（如被辞退、劳动合同到期单位不续签；自己辞职的一般不算）',
  '已经进行失业登记，并有求职要求',
]

export interface BenefitAnswer {
  paidYears: number
  /** Longest period in months; null when under one year. */
  months: number | null
  text: string
}

export function benefitAnswer(paidYears: number): BenefitAnswer {
  let band = BENEFIT_BANDS[0]
  for (const b of BENEFIT_BANDS) if (paidYears >= b.fromYears) band = b
  return { paidYears, months: band.months, text: band.text }
}

/** Combining with an unused earlier period: never over 24 months. */
export function combinedMonths(newMonths: number | null, unusedEarlier: number): number {
  return Math.min(MAX_BENEFIT_MONTHS, (newMonths ?? 0) + Math.max(0, unusedEarlier))
}

/** Years as the page writes them: 7年, 4.5年. */
export function formatYears(years: number): string {
  return `${Number.isInteger(years) ? years : years.toFixed(1).replace(/\.0$/, '')}年`
}

export function benefitShareTitle(answer: BenefitAnswer): string {
  return `失业保险缴费${formatYears(answer.paidYears)}：${answer.months === null ? '不能领取失业保险金' : `失业保险金${answer.text}`}`
}

/** The most years the input accepts (a working life). */
export const MAX_PAID_YEARS = 50

export type BenefitProblem = 'format' | 'negative' | 'too-large'

export const BENEFIT_PROBLEM_TEXT: Record<BenefitProblem, string> = {
  format: '链接里的缴费年数看不懂（应为“7”这样的数字）。请在下面重新选择缴费年数。',
  negative: '缴费年数不能是负数。请在下面重新选择缴费年数。',
  'too-large': `缴费年数不能超过${MAX_PAID_YEARS}年。请在下面重新选择缴费年数。`,
}

export type BenefitParams = { paidYears: number | null; problem: BenefitProblem | null }

/** Reads paidYears=7 (or 4.5) from a link. Never throws; nothing in the link is simply not chosen yet. */
export function parseBenefitParams(params: Record<string, unknown>): BenefitParams {
  if (params.paidYears === undefined || params.paidYears === '') return { paidYears: null, problem: null }
  const text = decodeParam(params.paidYears)
  if (text === null || text.length > 8 || !/^-?\d+(\.\d)?$/.test(text.trim())) return { paidYears: null, problem: 'format' }
  const years = Number(text)
  if (years < 0) return { paidYears: null, problem: 'negative' }
  if (years > MAX_PAID_YEARS) return { paidYears: null, problem: 'too-large' }
  return { paidYears: years, problem: null }
}
