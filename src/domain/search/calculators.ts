/**
 * Calculators search offers before any item (issue 28): 我哪年退休 opens the retirement-age calculator,
 * 失业金能领几个月 the unemployment-benefit period calculator. The page paths come from the routes (PAGES).
 */
import { flatMap } from '../collections'
import { PAGES } from '../routes'
import { normalizeText } from './normalize'

export type CalculatorId = 'retirement' | 'unemployment-benefit'

/** Where each calculator lives: its page (routes' PAGES; the H5 address comes from routes' h5-paths.json). */
export const CALCULATOR_PAGES: Record<CalculatorId, { page: string }> = {
  retirement: { page: PAGES.retirement },
  'unemployment-benefit': { page: PAGES.unemploymentBenefit },
}

export interface Calculator {
  id: CalculatorId
  title: '退休年龄计算' | '失业保险金领取期限计算'
  /** What the card says under its title. */
  description: string
  page: string
  /**
   * What citizens type. A word matches when the query contains it; "A+B" when the query contains A and,
   * after it, B (失业金 ... 几个月).
   */
  words: string[]
}

const UNEMPLOYMENT = ['失业金', '失业保险金', '失业保险', '失业补助', '失业救济', '失业补贴', '失业费']
const PERIOD = ['几个月', '多少个月', '多久', '多长时间', '期限', '几年', '多少年', '领到什么时候', '能领到']

export const CALCULATORS: Calculator[] = [
  {
    id: 'retirement',
    title: '退休年龄计算',
    description: '按出生年月和人员类别，算出法定退休年龄和退休时间（含延迟退休）',
    ...CALCULATOR_PAGES.retirement,
    words: [
      '退休年龄',
      '延迟退休',
      '延退',
      '弹性退休',
      '提前退休',
      '退休时间',
      '几岁退休',
      '多少岁退休',
      '多大退休',
      '哪年退休',
      '哪一年退休',
      '什么时候退休',
      '何时退休',
      '几岁+退休',
      '多少岁+退休',
      '哪年+退休',
      '什么时候+退休',
      '几时+退休',
      '交几年',
      '交多少年',
      '缴几年',
      '缴多少年',
      '最低缴费年限',
      '交够几年',
      '交满几年',
      '要交满',
    ],
  },
  {
    id: 'unemployment-benefit',
    title: '失业保险金领取期限计算',
    description: '按累计缴费时间，算出失业保险金最长能领几个月',
    ...CALCULATOR_PAGES['unemployment-benefit'],
    words: flatMap(UNEMPLOYMENT, (u) => PERIOD.map((p) => `${u}+${p}`)),
  },
]

function matches(text: string, word: string): boolean {
  const [first, second] = word.split('+')
  const at = text.indexOf(first)
  if (at < 0) return false
  return second === undefined || text.indexOf(second, at + first.length) >= 0
}

/** The calculators a query asks for, in table order. */
export function calculatorsFor(query: unknown, table: readonly Calculator[] = CALCULATORS): Calculator[] {
  if (typeof query !== 'string') return []
  const text = normalizeText(query.slice(0, 200)).text
  if (!text) return []
  return table.filter((c) => c.words.some((w) => matches(text, w)))
}
