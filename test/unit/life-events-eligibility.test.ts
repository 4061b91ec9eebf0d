/**
 * 我能办什么 on the real data: a table of answers -> the items that may apply (with status), and the
 * events shown. 不确定 never hides an item; it marks it 可能适用，请咨询. The best status is "may
 * apply", never a promise.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { RESULT_NOTE, STATUS_LABELS, UNSURE_ANSWERS, evaluate, evaluateItem, questionsFor, type EligibilityAnswers } from '../../src/domain/life-events'
import type { GuideFile } from '../../types/catalogue'
import type { DataManifest, RegionLifeEventsFile } from '../../types/region-data'

// Each region's 一件事 file as npm run data wrote it (validated and derived there; test/data/life-events.test.ts
// checks the derivation), so this table does not re-validate all of mock-data on every run (mutation testing runs it often).
const ROOT = path.resolve(__dirname, '../..')
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'src/generated/bundle-manifest.json'), 'utf8')) as DataManifest
const bundle = {
  regions: Object.fromEntries(
    manifest.regions.map((r) => [
      r.id,
      JSON.parse(readFileSync(path.join(ROOT, 'src/generated/region-data', r.files.lifeEvents!.path), 'utf8')) as RegionLifeEventsFile,
    ]),
  ),
}
const run = (region: string, answers: Partial<EligibilityAnswers>) => {
  const r = bundle.regions[region]
  return evaluate({ ...UNSURE_ANSWERS, ...answers }, r.events, r.eligibility)
}
/** "bj-073" for may-apply, "bj-073?" for 可能适用，请咨询; sorted so the table reads as a set. */
const items = (region: string, answers: Partial<EligibilityAnswers>) =>
  run(region, answers)
    .items.map((f) => f.itemId + (f.status === 'ask' ? '?' : ''))
    .sort()
const events = (region: string, answers: Partial<EligibilityAnswers>) => run(region, answers).events.map((e) => e.eventId + (e.status === 'ask' ? '?' : ''))

type Row = [string, string, Partial<EligibilityAnswers>, string[], string[]]

// region, what the citizen says, answers, expected items, expected events
const table: Row[] = [
  [
    'bijie',
    '个人、失业、家里没人去世',
    { applicant: '个人', situations: ['失业'], family: 'no' },
    ['bj-069', 'bj-073', 'bj-077', 'bj-082', 'bj-083?', 'bj-092', 'bj-093'],
    ['shiye'],
  ],
  [
    'bijie',
    '个人、刚重新就业',
    { applicant: '个人', situations: ['在职'], family: 'no' },
    ['bj-069', 'bj-070', 'bj-071', 'bj-074', 'bj-077', 'bj-078', 'bj-079', 'bj-093', 'bj-094', 'bj-096'],
    ['shiye', 'tuixiu-qianhou'],
  ],
  [
    'bijie',
    '个人、退休、家人去世',
    { applicant: '个人', situations: ['退休'], family: 'yes' },
    ['bj-069', 'bj-072', 'bj-075', 'bj-076', 'bj-078', 'bj-080', 'bj-081', 'bj-084', 'bj-089', 'bj-093', 'bj-095'],
    ['tuixiu-shenhoushi', 'tuixiu-qianhou'],
  ],
  [
    'bijie',
    '单位',
    { applicant: '单位' },
    ['bj-069', 'bj-084', 'bj-085', 'bj-086', 'bj-087', 'bj-088', 'bj-089', 'bj-090', 'bj-091'],
    ['tuixiu-shenhoushi', 'danwei-zhaoyong-lizhi'],
  ],
  // 不确定 on the situation: the items that depend on it stay, marked 请咨询; open items (bj-069, bj-093) need no answer.
  [
    'bijie',
    '个人、情况不确定、家里没人去世',
    { applicant: '个人', family: 'no' },
    [
      'bj-069',
      'bj-070?',
      'bj-071?',
      'bj-073?',
      'bj-074?',
      'bj-075?',
      'bj-076?',
      'bj-077?',
      'bj-078?',
      'bj-079?',
      'bj-080?',
      'bj-082?',
      'bj-083?',
      'bj-089?',
      'bj-092?',
      'bj-093',
      'bj-094?',
      'bj-095?',
      'bj-096?',
    ],
    ['shiye?', 'tuixiu-qianhou?'],
  ],
  [
    'bijie',
    '全部不确定',
    {},
    [
      'bj-069',
      'bj-070?',
      'bj-071?',
      'bj-072?',
      'bj-073?',
      'bj-074?',
      'bj-075?',
      'bj-076?',
      'bj-077?',
      'bj-078?',
      'bj-079?',
      'bj-080?',
      'bj-081?',
      'bj-082?',
      'bj-083?',
      'bj-084?',
      'bj-085?',
      'bj-086?',
      'bj-087?',
      'bj-088?',
      'bj-089?',
      'bj-090?',
      'bj-091?',
      'bj-092?',
      'bj-093?',
      'bj-094?',
      'bj-095?',
      'bj-096?',
    ],
    ['shiye?', 'tuixiu-shenhoushi?', 'tuixiu-qianhou?', 'danwei-zhaoyong-lizhi?'],
  ],
  [
    'hami',
    '个人、刚毕业、高校毕业生',
    { applicant: '个人', situations: ['在校或刚毕业'], groups: ['高校毕业生'] },
    ['hm-006', 'hm-007', 'hm-008', 'hm-009', 'hm-016', 'hm-017', 'hm-020', 'hm-025'],
    ['biyesheng-zhaogongzuo', 'jiuye-kunnan?'],
  ],
  [
    'hami',
    '个人、正在创业、退役军人',
    { applicant: '个人', situations: ['正在创业'], groups: ['退役军人'] },
    // 一次性创业补贴 names only 离校2年内高校毕业生 and 就业困难人员 (the national rule): others are asked to call.
    ['hm-006', 'hm-007', 'hm-008', 'hm-009', 'hm-010', 'hm-011', 'hm-012', 'hm-013?', 'hm-016', 'hm-025'],
    ['wo-yao-chuangye', 'biyesheng-zhaogongzuo?', 'jiuye-kunnan?'],
  ],
  // 都不是: group lists are open-ended, so the group items stay, marked 请咨询.
  [
    'hami',
    '个人、正在创业、都不是',
    { applicant: '个人', situations: ['正在创业'], groups: [] },
    ['hm-006', 'hm-007', 'hm-008', 'hm-009', 'hm-010?', 'hm-011', 'hm-012', 'hm-013?', 'hm-016', 'hm-025'],
    ['wo-yao-chuangye', 'biyesheng-zhaogongzuo?', 'jiuye-kunnan?'],
  ],
  [
    'hami',
    '个人、失业',
    { applicant: '个人', situations: ['失业'], groups: 'unsure' },
    ['hm-006', 'hm-007', 'hm-008', 'hm-009', 'hm-016', 'hm-023', 'hm-025'],
    ['biyesheng-zhaogongzuo?', 'jiuye-kunnan?'],
  ],
  [
    'hami',
    '个人、在职、就业困难人员',
    { applicant: '个人', situations: ['在职'], groups: ['就业困难人员'] },
    ['hm-006', 'hm-007', 'hm-008', 'hm-009', 'hm-016', 'hm-017?', 'hm-021', 'hm-023', 'hm-025'],
    ['jiuye-kunnan', 'biyesheng-zhaogongzuo?'],
  ],
  [
    'hami',
    '单位、招用脱贫人口',
    { applicant: '单位', groups: ['脱贫人口'] },
    [
      'hm-006',
      'hm-007',
      'hm-008',
      'hm-009',
      'hm-010',
      'hm-011',
      'hm-014',
      'hm-015',
      'hm-017?',
      'hm-018?',
      'hm-019',
      'hm-021?',
      'hm-022?',
      'hm-024',
      'hm-025',
      'hm-026',
      'hm-027',
      'hm-028',
      'hm-029',
      'hm-030',
      'hm-031',
    ],
    ['danwei-zhaoren'],
  ],
]

describe('answers -> items that may apply', () => {
  test.each(table)('%s: %s', (region, _who, answers, expectedItems, expectedEvents) => {
    expect(items(region, answers)).toEqual(expectedItems)
    expect(events(region, answers)).toEqual(expectedEvents)
  })

  test('不确定 never hides an item: with everything 不确定 every item with eligibility data is listed, 请咨询 unless it is for everyone', () => {
    for (const region of ['bijie', 'hami']) {
      const result = run(region, {})
      expect(result.items.map((f) => f.itemId).sort()).toEqual(Object.keys(bundle.regions[region].eligibility).sort())
    }
    // Only the items for 个人 and 单位 alike, with no other restriction, need no answer at all.
    const open = run('hami', {}).items.filter((f) => f.status === 'may-apply')
    expect(open.map((f) => f.itemId).sort()).toEqual(['hm-006', 'hm-007', 'hm-008', 'hm-009', 'hm-025'])
    expect(
      run('hami', {})
        .items.filter((f) => f.status === 'ask')
        .every((f) => f.label === '可能适用，请咨询' && f.unsureOn.length > 0),
    ).toBe(true)
  })

  test('replacing any one answer by 不确定 never removes an item', () => {
    for (const [region, , answers] of table) {
      const before = new Set(run(region, answers).items.map((f) => f.itemId))
      for (const key of ['applicant', 'situations', 'groups', 'family'] as const) {
        const after = new Set(run(region, { ...answers, [key]: 'unsure' }).items.map((f) => f.itemId))
        for (const id of before) expect([key, id, after.has(id)]).toEqual([key, id, true])
      }
    }
  })

  test('the reasons quote the guide’s own condition lines', () => {
    const f = run('hami', { applicant: '个人', situations: ['在校或刚毕业'], groups: ['高校毕业生'] }).items.find((x) => x.itemId === 'hm-020')!
    const guide = JSON.parse(readFileSync(path.join(ROOT, 'mock-data/hami/guides/hm-020.json'), 'utf8')) as GuideFile
    expect(f.reasons.find((r) => r.question === 'situation')).toEqual({
      question: 'situation',
      tags: ['在校或刚毕业'],
      quotes: [guide.sections.conditions!.items[0]],
      unsure: false,
    })
    expect(f.reasons.find((r) => r.question === 'groups')!.quotes).toEqual(['毕业年度内家庭困难、本人残疾或获得国家助学贷款的高校毕业生'])
    expect(f.matchedGroups).toEqual(['高校毕业生'])
    // An item whose group the citizen has comes before those that are open to everyone.
    const ranked = run('hami', { applicant: '个人', situations: ['正在创业'], groups: ['就业困难人员'] }).items.map((x) => x.itemId)
    expect(ranked.slice(0, 2).sort()).toEqual(['hm-010', 'hm-013'])
  })

  test('a 不确定 answer is named as the reason to ask', () => {
    const f = evaluateItem('bj-073', bundle.regions.bijie.eligibility['bj-073'], { ...UNSURE_ANSWERS, applicant: '个人' })!
    expect(f.status).toBe('ask')
    expect(f.unsureOn).toEqual(['situation'])
    expect(f.reasons.find((r) => r.question === 'situation')).toEqual({
      question: 'situation',
      tags: ['失业'],
      quotes: ['在市本级参加失业保险的失业人员'],
      unsure: true,
    })
  })

  test('都不是 keeps a group item but asks to consult, quoting the groups the guide names', () => {
    const f = evaluateItem('hm-013', bundle.regions.hami.eligibility['hm-013'], { ...UNSURE_ANSWERS, applicant: '个人', situations: ['正在创业'], groups: [] })!
    expect([f.status, f.unsureOn, f.matchedGroups]).toEqual(['ask', ['groups'], []])
    expect(f.reasons.find((r) => r.question === 'groups')!.tags).toEqual(['高校毕业生', '就业困难人员'])
    // 家人去世 answered 否 rules out the items that exist for it.
    expect(evaluateItem('bj-072', bundle.regions.bijie.eligibility['bj-072'], { ...UNSURE_ANSWERS, applicant: '个人', family: 'no' })).toBeNull()
  })

  test('never a promise: only "may apply" statuses, and a plain note', () => {
    expect(Object.values(STATUS_LABELS)).toEqual(['可能适用', '可能适用，请咨询'])
    expect(RESULT_NOTE).toContain('不代表您一定符合条件')
    expect(RESULT_NOTE).toContain('打电话咨询')
  })
})

describe('the questions', () => {
  test('at most five, each with 不确定; groups only those the region’s guides name; the situation only for individuals', () => {
    for (const region of ['bijie', 'hami']) {
      const qs = questionsFor(bundle.regions[region].eligibility)
      expect(qs.length).toBeLessThanOrEqual(5)
      for (const q of qs) expect(q.options.some((o) => o.value === 'unsure' && o.label === '不确定')).toBe(true)
    }
    const hami = questionsFor(bundle.regions.hami.eligibility)
    expect(hami.map((q) => q.id)).toEqual(['applicant', 'situation', 'groups'])
    expect(hami[2].options.map((o) => o.value)).toEqual([
      '高校毕业生',
      '就业困难人员',
      '脱贫人口',
      '退役军人',
      '残疾人',
      '返乡入乡创业人员',
      '登记失业人员',
      'none',
      'unsure',
    ])
    const bijie = questionsFor(bundle.regions.bijie.eligibility)
    expect(bijie.map((q) => q.id)).toEqual(['applicant', 'situation', 'groups', 'family'])
    expect(bijie[2].options.map((o) => o.value)).toEqual(['高校毕业生', 'none', 'unsure'])
    expect(questionsFor(bundle.regions.hami.eligibility, { ...UNSURE_ANSWERS, applicant: '单位' }).map((q) => q.id)).toEqual(['applicant', 'groups'])
  })
})
