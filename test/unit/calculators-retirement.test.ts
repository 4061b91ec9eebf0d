/**
 * 我哪年退休: every birth month from 1955-01 to 1995-12, in the three categories, computed from the rules
 * (src/domain/calculators/rules.ts) and checked against rows of the official 对照表 (附件1–3 of
 * 《国务院关于渐进式延迟法定退休年龄的办法》): the first band, the second, the last band before the maximum
 * and the band that reaches it, for each category. Columns as in the 对照表: 出生时间 / 改革后法定退休年龄 /
 * 改革后退休时间 / 延迟月数.
 */
import {
  birthYears,
  chinaMonthAt,
  delayMonthsFor,
  minimumContributionMonths,
  monthIndex,
  parseRetirementParams,
  retirementAnswer,
  retirementShareTitle,
  RETIREMENT_KINDS,
  RETIREMENT_RULES,
  formatMonth,
  formatSpan,
  type RetirementKind,
} from '../../src/domain/calculators'

/** One band of an official table: birth months from–to, the age, retirement months from–to, months of delay. */
type OfficialRow = [birthFrom: string, birthTo: string, age: string, retireFrom: string, retireTo: string, delay: number]

const OFFICIAL: Record<RetirementKind, OfficialRow[]> = {
  // 附件1 男职工延迟法定退休年龄对照表
  male: [
    ['1965年1月', '1965年4月', '60岁1个月', '2025年2月', '2025年5月', 1],
    ['1965年5月', '1965年8月', '60岁2个月', '2025年7月', '2025年10月', 2],
    ['1976年5月', '1976年8月', '62岁11个月', '2039年4月', '2039年7月', 35],
    ['1976年9月', '1976年12月', '63岁', '2039年9月', '2039年12月', 36],
  ],
  // 附件2 原法定退休年龄五十五周岁的女职工延迟法定退休年龄对照表
  female55: [
    ['1970年1月', '1970年4月', '55岁1个月', '2025年2月', '2025年5月', 1],
    ['1970年5月', '1970年8月', '55岁2个月', '2025年7月', '2025年10月', 2],
    ['1981年5月', '1981年8月', '57岁11个月', '2039年4月', '2039年7月', 35],
    ['1981年9月', '1981年12月', '58岁', '2039年9月', '2039年12月', 36],
  ],
  // 附件3 原法定退休年龄五十周岁的女职工延迟法定退休年龄对照表
  female50: [
    ['1975年1月', '1975年2月', '50岁1个月', '2025年2月', '2025年3月', 1],
    ['1975年3月', '1975年4月', '50岁2个月', '2025年5月', '2025年6月', 2],
    ['1984年9月', '1984年10月', '54岁11个月', '2039年8月', '2039年9月', 59],
    ['1984年11月', '1984年12月', '55岁', '2039年11月', '2039年12月', 60],
  ],
}

const parseZh = (s: string) => {
  const m = /^(\d{4})年(\d{1,2})月$/.exec(s)
  if (!m) throw new Error(`not a month: ${s}`)
  return monthIndex(Number(m[1]), Number(m[2]))
}

const FIRST = monthIndex(1955, 1)
const LAST = monthIndex(1995, 12)
const ALL_MONTHS = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i)

describe.each(RETIREMENT_KINDS)('%s: every birth month 1955-01 … 1995-12', (kind) => {
  const rule = RETIREMENT_RULES[kind]
  const answers = ALL_MONTHS.map((birth) => retirementAnswer({ birth, kind }))

  test('matches the official rows, band by band', () => {
    // Expand each official band into its birth months; every one of them must compute to the row.
    const expected = new Map<number, { age: string; retire: string; delay: number }>()
    for (const [bFrom, bTo, age, rFrom, rTo, delay] of OFFICIAL[kind]) {
      const from = parseZh(bFrom)
      const to = parseZh(bTo)
      expect(parseZh(rTo) - parseZh(rFrom)).toBe(to - from)
      for (let b = from; b <= to; b++) expected.set(b, { age, retire: formatMonth(parseZh(rFrom) + (b - from)), delay })
    }
    let checked = 0
    for (const a of answers) {
      const row = expected.get(a.input.birth)
      if (!row) continue
      checked++
      expect({ birth: formatMonth(a.input.birth), age: formatSpan(a.ageMonths, '岁'), retire: formatMonth(a.retireAt), delay: a.delayMonths }).toEqual({
        birth: formatMonth(a.input.birth),
        ...row,
      })
    }
    expect(checked).toBe(expected.size)
  })

  test('before the first affected birth month: the original age and date', () => {
    for (const a of answers.filter((x) => x.input.birth < rule.firstAffectedBirth)) {
      expect(a.ageMonths).toBe(rule.baseAge * 12)
      expect(a.retireAt).toBe(a.originalAt)
      expect(a.beforeReform).toBe(true)
      expect(a.flexible).toBeNull()
    }
    // The month before the first band retired in December 2024, the last month before the 办法.
    expect(formatMonth(retirementAnswer({ birth: rule.firstAffectedBirth - 1, kind }).retireAt)).toBe('2024年12月')
  })

  test('invariants: the age never falls, rises by at most one month per birth month, stays between the original and maximum ages', () => {
    for (let i = 1; i < answers.length; i++) {
      const d = answers[i].ageMonths - answers[i - 1].ageMonths
      expect(d === 0 || d === 1).toBe(true)
      expect(answers[i].retireAt).toBeGreaterThan(answers[i - 1].retireAt)
    }
    for (const a of answers) {
      expect(a.ageMonths).toBeGreaterThanOrEqual(rule.baseAge * 12)
      expect(a.ageMonths).toBeLessThanOrEqual(rule.maxAge * 12)
      expect(a.retireAt - a.input.birth).toBe(a.ageMonths)
    }
    // Every month of delay from 1 to the maximum covers exactly `step` birth months (every four / two months).
    const max = (rule.maxAge - rule.baseAge) * 12
    for (let d = 1; d < max; d++) expect(answers.filter((a) => a.delayMonths === d)).toHaveLength(rule.step)
    // The maximum is reached and kept to the end of the range.
    expect(answers[answers.length - 1].ageMonths).toBe(rule.maxAge * 12)
  })

  test('弹性退休: earliest up to 3 years before, never before the original age; latest 3 years after', () => {
    for (const a of answers.filter((x) => x.flexible)) {
      const f = a.flexible!
      expect(f.earliestAgeMonths).toBe(Math.max(rule.baseAge * 12, a.ageMonths - 36))
      expect(f.earliest).toBeGreaterThanOrEqual(a.originalAt)
      expect(a.retireAt - f.earliest).toBeLessThanOrEqual(36)
      expect(f.latest - a.retireAt).toBe(36)
    }
  })
})

describe('labels and examples', () => {
  test('男 1965-01: exactly the labels every page shows', () => {
    const a = retirementAnswer({ birth: monthIndex(1965, 1), kind: 'male' })
    expect(a.lines).toEqual({ age: '法定退休年龄：60岁1个月', month: '退休时间：2025年2月', minimum: '最低缴费年限：15年' })
  })

  test('the widely copied wrong table (men stay at 60; women move only from 1966) is not what this computes', () => {
    expect(retirementAnswer({ birth: monthIndex(1966, 1), kind: 'male' }).ageMonths).toBe(60 * 12 + 4)
    expect(retirementAnswer({ birth: monthIndex(1975, 6), kind: 'female50' }).ageMonths).toBeGreaterThan(50 * 12)
  })

  test('share title states the answer', () => {
    expect(retirementShareTitle(retirementAnswer({ birth: monthIndex(1971, 6), kind: 'male' }))).toBe('1971年6月出生的男职工：2033年2月退休')
  })

  test('minimum contribution years: 15 to 2029, +6 months a year from 2030, 20 from 2039', () => {
    expect([2025, 2029, 2030, 2031, 2035, 2038, 2039, 2050].map((y) => formatSpan(minimumContributionMonths(y), '年'))).toEqual([
      '15年',
      '15年',
      '15年6个月',
      '16年',
      '18年',
      '19年6个月',
      '20年',
      '20年',
    ])
    // In the year of retirement: 男 1971-06 retires 2033-02 → 17年.
    expect(retirementAnswer({ birth: monthIndex(1971, 6), kind: 'male' }).lines.minimum).toBe('最低缴费年限：17年')
  })

  test('delay formula agrees with the table for each rule at its edges', () => {
    expect(delayMonthsFor('female50', monthIndex(1984, 10))).toBe(59)
    expect(delayMonthsFor('female50', monthIndex(1984, 11))).toBe(60)
    expect(delayMonthsFor('male', monthIndex(1964, 12))).toBe(0)
  })
})

describe('links: bad input gets a clear problem, never a throw', () => {
  const today = monthIndex(2026, 12)
  test.each([
    [
      { birth: '1965-03', kind: 'male' },
      { birth: monthIndex(1965, 3), kind: 'male', problems: [] },
    ],
    [
      { birth: '1965-3', kind: 'female55' },
      { birth: monthIndex(1965, 3), kind: 'female55', problems: [] },
    ],
    [{}, { birth: null, kind: null, problems: [] }],
    [
      { birth: '2027-01', kind: 'male' },
      { birth: null, kind: 'male', problems: ['birth-future'] },
    ],
    [
      { birth: '1800-01', kind: 'male' },
      { birth: null, kind: 'male', problems: ['birth-too-early'] },
    ],
    [
      { birth: '1965-03', kind: 'unknown' },
      { birth: monthIndex(1965, 3), kind: null, problems: ['kind-unknown'] },
    ],
    [
      { birth: 'abc', kind: 'male' },
      { birth: null, kind: 'male', problems: ['birth-format'] },
    ],
    [{ birth: '1965-13' }, { birth: null, kind: null, problems: ['birth-format'] }],
    [
      { birth: '%E4%B8%AD', kind: '%ZZ' },
      { birth: null, kind: null, problems: ['birth-format', 'kind-unknown'] },
    ],
    [
      { birth: '1'.repeat(100_000), kind: 'x'.repeat(100_000) },
      { birth: null, kind: null, problems: ['birth-format', 'kind-unknown'] },
    ],
    [{ birth: ['1965-03'] }, { birth: null, kind: null, problems: ['birth-format'] }],
  ])('%j', (params, expected) => {
    expect(parseRetirementParams(params as Record<string, unknown>, today)).toEqual(expected)
  })

  test('the current month in China, whatever the phone says', () => {
    // 2026-11-30 20:00 UTC is already December 1st in China.
    expect(chinaMonthAt(Date.UTC(2026, 10, 30, 20))).toBe(monthIndex(2026, 12))
    expect(birthYears(monthIndex(2026, 12))[0]).toBe(2026)
    expect(birthYears(monthIndex(2026, 12)).at(-1)).toBe(1940)
  })
})
