/**
 * Which guides link to which calculator: a citizen reading about pension contributions asks 我哪年退休 /
 * 交几年社保能领养老金; one reading about 失业保险金 asks how many months. Item ids are the catalogue's.
 */
export type CalculatorKey = 'retirement' | 'unemploymentBenefit'

export interface CalculatorLink {
  calculator: CalculatorKey
  /** The link's text in the guide. */
  text: string
}

const RETIREMENT: CalculatorLink = { calculator: 'retirement', text: '算一算：我哪年退休、最低缴费年限' }
const BENEFIT: CalculatorLink = { calculator: 'unemploymentBenefit', text: '算一算：失业保险金最长能领几个月' }

const LINKS: Record<string, CalculatorLink> = {
  // 毕节: 企业职工和机关事业单位养老保险的缴费明细、个人账户、参保证明（在职参保人员问得最多的是何时退休、要交满几年）
  'bj-070': RETIREMENT,
  'bj-071': RETIREMENT,
  'bj-074': RETIREMENT,
  'bj-078': RETIREMENT,
  'bj-079': RETIREMENT,
  'bj-096': RETIREMENT,
  // 毕节: 失业保险金申领, and the query of one's own 失业金 payments
  'bj-073': BENEFIT,
  'bj-082': BENEFIT,
}

/** The calculator a guide links to, if any. */
export function calculatorForItem(itemId: string): CalculatorLink | null {
  return LINKS[itemId] ?? null
}

/** For tests: every item id that links to a calculator. */
export const LINKED_ITEM_IDS: readonly string[] = Object.keys(LINKS)
