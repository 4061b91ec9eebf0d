/**
 * The calculators (packages/tools): no region data. Their parameters are the calculator's inputs,
 * parsed by the calculator's own rules (domain/calculators/core.ts: numbers and parsing, no texts, so
 * the main package, which reads every spec, stays small); forwarding sends the inputs the page shows
 * (useSharedParams), titled with the answer.
 */
import {
  benefitAnswer,
  benefitShareTitle,
  parseBenefitParams,
  parseRetirementParams,
  retirementTitle,
  type BenefitParams,
  type RetirementParams,
} from '../../calculators/core'
import { chinaMonthAt, isoMonth } from '../../calculators/year-month'
import { pageSpec } from '../page-spec'

/** 我哪年退休 (?birth=1965-03&kind=male). */
export const retirementSpec = pageSpec({
  key: 'retirement',
  parse: (raw): RetirementParams => parseRetirementParams(raw, chinaMonthAt(Date.now())),
  share: ({ params: { birth, kind } }) => {
    if (birth === null || kind === null) return { view: { page: 'retirement' }, subject: '退休年龄计算' }
    const title = retirementTitle(kind, birth)
    return { view: { page: 'retirement', birth: isoMonth(birth), kind }, subject: title, friendTitle: title }
  },
})

/** 失业金能领几个月 (?paidYears=7). */
export const unemploymentBenefitSpec = pageSpec({
  key: 'unemploymentBenefit',
  parse: (raw): BenefitParams => parseBenefitParams(raw),
  share: ({ params: { paidYears } }) => {
    if (paidYears === null) return { view: { page: 'unemploymentBenefit' }, subject: '失业保险金能领几个月' }
    const title = benefitShareTitle(benefitAnswer(paidYears))
    return { view: { page: 'unemploymentBenefit', paidYears: String(paidYears) }, subject: title, friendTitle: title }
  },
})
