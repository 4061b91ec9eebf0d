import {
  benefitAnswer,
  benefitShareTitle,
  calculatorForItem,
  combinedMonths,
  LINKED_ITEM_IDS,
  parseBenefitParams,
  retirementAnswer,
  retirementReminders,
  monthIndex,
} from '../../src/domain/calculators'
import catalogue from '../../mock-data/bijie/catalogue.json'

describe('失业保险金领取期限 (失业保险条例第十七条, 社会保险法第四十六条)', () => {
  test.each([
    [0, null, '缴费不满1年，不能领取失业保险金'],
    [0.5, null, '缴费不满1年，不能领取失业保险金'],
    [1, 12, '最长可领12个月'],
    [4.9, 12, '最长可领12个月'],
    [5, 18, '最长可领18个月'],
    [9.9, 18, '最长可领18个月'],
    [10, 24, '最长可领24个月'],
    [30, 24, '最长可领24个月'],
  ])('%s years → %s', (years, months, text) => {
    expect(benefitAnswer(years)).toEqual({ paidYears: years, months, text })
  })

  test('combining with an unused earlier period never goes over 24 months', () => {
    expect(combinedMonths(12, 5)).toBe(17)
    expect(combinedMonths(18, 10)).toBe(24)
    expect(combinedMonths(null, 6)).toBe(6)
  })

  test('share title states the answer', () => {
    expect(benefitShareTitle(benefitAnswer(7))).toBe('失业保险缴费7年：失业保险金最长可领18个月')
    expect(benefitShareTitle(benefitAnswer(0))).toBe('失业保险缴费0年：不能领取失业保险金')
  })

  test.each([
    [{ paidYears: '7' }, { paidYears: 7, problem: null }],
    [{ paidYears: '4.5' }, { paidYears: 4.5, problem: null }],
    [{}, { paidYears: null, problem: null }],
    [{ paidYears: 'abc' }, { paidYears: null, problem: 'format' }],
    [{ paidYears: '-1' }, { paidYears: null, problem: 'negative' }],
    [{ paidYears: '1e9' }, { paidYears: null, problem: 'format' }],
    [{ paidYears: '999' }, { paidYears: null, problem: 'too-large' }],
    [{ paidYears: '9'.repeat(100_000) }, { paidYears: null, problem: 'format' }],
    [{ paidYears: '%ZZ' }, { paidYears: null, problem: 'format' }],
  ])('link %j', (params, expected) => {
    expect(parseBenefitParams(params)).toEqual(expected)
  })
})

describe('提醒我: calendar entries', () => {
  test('the retirement month and the earliest 弹性 month, first day 00:00 China time in seconds', () => {
    const entries = retirementReminders(retirementAnswer({ birth: monthIndex(1971, 6), kind: 'male' }))
    expect(entries.map((e) => [e.title, e.date])).toEqual([
      ['法定退休时间：2033年2月', [2033, 2, 1]],
      ['最早可申请弹性提前退休：2031年6月', [2031, 6, 1]],
    ])
    expect(entries[0].startTime).toBe(Date.parse('2033-02-01T00:00:00+08:00') / 1000)
  })

  test('before the reform there is no 弹性 entry', () => {
    expect(retirementReminders(retirementAnswer({ birth: monthIndex(1960, 1), kind: 'male' }))).toHaveLength(1)
  })
})

describe('guides that link to a calculator', () => {
  const names = new Map((catalogue as { items: { id: string; name: string }[] }).items.map((i) => [i.id, i.name]))
  test('every linked item exists, and its name is about pensions or 失业金', () => {
    for (const id of LINKED_ITEM_IDS) {
      const name = names.get(id)
      expect(name).toBeDefined()
      const link = calculatorForItem(id)!
      expect(link.calculator === 'retirement' ? /养老保险/.test(name!) : /失业/.test(name!)).toBe(true)
    }
    expect(calculatorForItem('bj-073')?.calculator).toBe('unemploymentBenefit')
    expect(calculatorForItem('bj-001')).toBeNull()
  })
})
