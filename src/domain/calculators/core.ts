/**
 * The calculators' core: the numbers of the rules, the parsing of a link's inputs and the share titles.
 * The pages' specs (domain/routes/specs/calculators.ts) read this in the main package, so it holds no
 * texts: the categories' names, explanations and sources are in rules.ts, the pages' wording in
 * retirement.ts and unemployment-benefit.ts (all in the tools package).
 */
import { decodeParam } from '../routes/params'
import { RETIREMENT_KINDS, type RetirementKind } from './kinds'
import { formatMonth, isoMonth, monthIndex, type MonthIndex } from './year-month'

export { RETIREMENT_KINDS, type RetirementKind }

/** The first month the 办法 applies to: January 2025. */
export const REFORM_START: MonthIndex = monthIndex(2025, 1)

export interface RetirementNumbers {
  /** The original statutory age, in years. */
  baseAge: number
  /** Months of birth per month of delay (每四个月延迟一个月 → 4). */
  step: number
  /** The age the delay stops at, in years. */
  maxAge: number
  /** Short, for titles and shares. */
  shortName: string
}

/** 《国务院关于渐进式延迟法定退休年龄的办法》第一条, as numbers (rules.ts: the rows with their sources). */
export const RETIREMENT_NUMBERS: Record<RetirementKind, RetirementNumbers> = {
  male: { baseAge: 60, step: 4, maxAge: 63, shortName: '男职工' },
  female55: { baseAge: 55, step: 4, maxAge: 58, shortName: '女职工（原55岁退休）' },
  female50: { baseAge: 50, step: 2, maxAge: 55, shortName: '女职工（原50岁退休）' },
}

/**
 * The first birth month the delay applies to: those who, at the original age, would have retired in
 * January 2025 (the 办法 applies from 2025-01-01).
 */
export function firstAffectedBirth(kind: RetirementKind): MonthIndex {
  return REFORM_START - RETIREMENT_NUMBERS[kind].baseAge * 12
}

/** Months of delay for a birth month (the 办法 第一条). */
export function delayMonths(kind: RetirementKind, birth: MonthIndex): number {
  const n = RETIREMENT_NUMBERS[kind]
  const first = firstAffectedBirth(kind)
  if (birth < first) return 0
  return Math.min((n.maxAge - n.baseAge) * 12, Math.floor((birth - first) / n.step) + 1)
}

/** The statutory age (months) and the month of retirement. */
export function statutoryRetirement(kind: RetirementKind, birth: MonthIndex): { ageMonths: number; retireAt: MonthIndex } {
  const ageMonths = RETIREMENT_NUMBERS[kind].baseAge * 12 + delayMonths(kind, birth)
  return { ageMonths, retireAt: birth + ageMonths }
}

/** The share title: it states the answer (1971年6月出生的男职工：2033年2月退休). */
export function retirementTitle(kind: RetirementKind, birth: MonthIndex): string {
  return `${formatMonth(birth)}出生的${RETIREMENT_NUMBERS[kind].shortName}：${formatMonth(statutoryRetirement(kind, birth).retireAt)}退休`
}

/** The query that reopens an answer: birth=1965-03&kind=male. */
export function retirementQuery(input: { birth: MonthIndex; kind: RetirementKind }): { birth: string; kind: RetirementKind } {
  return { birth: isoMonth(input.birth), kind: input.kind }
}

/** The earliest birth month the calculator answers for (older citizens retired long ago: 12333). */
export const EARLIEST_BIRTH: MonthIndex = monthIndex(1940, 1)

export type RetirementProblem = 'birth-format' | 'birth-future' | 'birth-too-early' | 'kind-unknown'

export interface RetirementParams {
  /** The birth month read from the link, when it is usable. */
  birth: MonthIndex | null
  kind: RetirementKind | null
  /** What was wrong with the link, in the order the page shows them. */
  problems: RetirementProblem[]
}

/** Parses a birth month typed or linked as 1965-03 / 1965-3; null when it is not one. */
export function parseBirthMonth(text: string): MonthIndex | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(text.trim())
  if (!m) return null
  const month = Number(m[2])
  if (month < 1 || month > 12) return null
  return monthIndex(Number(m[1]), month)
}

/**
 * Reads a link's query (raw: H5 leaves it percent-encoded). Never throws; a missing value is simply
 * not chosen yet, a wrong one is reported with what to do. `today` is the current month in China.
 */
export function parseRetirementParams(params: Record<string, unknown>, today: MonthIndex): RetirementParams {
  const problems: RetirementProblem[] = []
  let birth: MonthIndex | null = null
  let kind: RetirementKind | null = null
  if (params.birth !== undefined && params.birth !== '') {
    const text = decodeParam(params.birth)
    const parsed = text !== null && text.length <= 10 ? parseBirthMonth(text) : null
    if (parsed === null) problems.push('birth-format')
    else if (parsed > today) problems.push('birth-future')
    else if (parsed < EARLIEST_BIRTH) problems.push('birth-too-early')
    else birth = parsed
  }
  if (params.kind !== undefined && params.kind !== '') {
    const text = decodeParam(params.kind)
    if (text !== null && (RETIREMENT_KINDS as readonly string[]).includes(text)) kind = text as RetirementKind
    else problems.push('kind-unknown')
  }
  return { birth, kind, problems }
}

// ---- 失业保险金 ------------------------------------------------------------------------------

/** Bands of contribution years → longest period, in months (null: no benefit); 失业保险条例第十七条, 社会保险法第四十六条. */
export const BENEFIT_BANDS: readonly { fromYears: number; months: number | null; text: string }[] = [
  { fromYears: 0, months: null, text: '缴费不满1年，不能领取失业保险金' },
  { fromYears: 1, months: 12, text: '最长可领12个月' },
  { fromYears: 5, months: 18, text: '最长可领18个月' },
  { fromYears: 10, months: 24, text: '最长可领24个月' },
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
