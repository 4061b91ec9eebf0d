/**
 * Answers a citizen can trust (issue 27): what the search page shows for the queries, composed by
 * src/domain/search/answer.ts from the files the data build ships (region search files, province index).
 */
import { calculatorsFor, CALCULATOR_PAGES } from '../../src/domain/search/calculators'
import { searchHints } from '../../src/domain/search/hints'
import { kindFactor, KIND, passesFloor, positionRank, retroflexAt } from '../../src/domain/search/scoring'
import { appSearch } from '../../scripts/data/search-answers'
import { realDataset, realIndex } from '../helpers/dataset'

const app = appSearch(realDataset())
const answer = (q: string, regionId: string) => app.answer(q, regionId)
const ids = (q: string, regionId: string, n = 5) =>
  answer(q, regionId)
    .local.slice(0, n)
    .map((h) => h.id)
const kindOf = new Map(realIndex().regions.flatMap((r) => r.items.map((i) => [i.id, i.kind] as const)))

describe("a 人社 need containing another department's word stays with 人社", () => {
  test.each([
    ['农村户口能领失业金吗', 'bijie', 'bj-073'],
    ['创业补贴要先办营业执照吗', 'hami', 'hm-013'],
    ['领失业金期间医疗保险谁交', 'bijie', 'bj-073'],
    ['单位不给生育假', 'bijie', 'bj-064'],
  ])('%s (%s): %s first, no department answer', (q, regionId, id) => {
    const a = answer(q, regionId)
    expect(a.department).toBeUndefined()
    expect(a.local[0]?.id).toBe(id)
  })

  test('户口 as a condition, 失业 医保 and 工伤 medical costs are qualified, never sent away', () => {
    expect(answer('农村户口能领失业金吗', 'bijie').notes.map((n) => n.id)).toContain('hukou-tiaojian')
    expect(
      answer('领失业金期间医疗保险谁交', 'bijie')
        .notes.map((n) => n.note)
        .join(),
    ).toContain('失业保险基金')
    const injury = answer('工伤住院的费用单位不管', 'bijie')
    expect(injury.department).toBeUndefined()
    expect(injury.lacking).toBe(true)
    expect(injury.notes.map((n) => n.note).join()).toContain('工伤保险基金')
    expect(
      answer('单位不给生育假', 'bijie')
        .notes.map((n) => n.note)
        .join(),
    ).toContain('劳动保障监察')
  })

  test('在 哈密, which has no 失业保险金 item, 农村户口能领失业金吗 says so with 12333, and is not sent to 公安', () => {
    const a = answer('农村户口能领失业金吗', 'hami')
    expect(a.department).toBeUndefined()
    expect(a.lacking).toBe(true)
    expect(a.gap?.id).toBe('shiye-baoxianjin')
    expect(a.others.map((h) => h.id)).toContain('bj-073')
  })

  test("hurt at work, in citizens' words, is a 工伤: its medical costs are never sent to 医保", () => {
    const a = answer('在厂里受伤看病的钱老板不给报', 'bijie')
    expect(a.department).toBeUndefined()
    expect(a.gap?.id).toBe('gongshang')
    expect(a.notes.map((n) => n.id)).toContain('gongshang-yiliao')
    expect(ids('在厂里受伤看病的钱老板不给报', 'bijie')).toContain('bj-045')
    expect(answer('孩子摔伤了看病怎么报销', 'bijie').department?.name).toBe('医疗保障局')
  })

  test("医保卡 is the 社会保障卡 (人社, 12333); what is on it is 医保局's", () => {
    for (const regionId of ['hami', 'bijie']) {
      const card = answer('医保卡丢了', regionId)
      expect(card.department).toBeUndefined()
      expect(card.gap?.id).toBe('shebaoka')
      expect(card.notes.map((n) => n.id)).toContain('yibaoka')
    }
    expect(answer('医保卡怎么报销', 'hami').department?.name).toBe('医疗保障局')
    expect(answer('医保电子凭证怎么用', 'hami').department?.name).toBe('医疗保障局')
  })
})

describe('the department map covers what citizens bring to the wrong counter, with 12345 only', () => {
  test.each([
    ['医保怎么报销', '医疗保障局'],
    ['公积金怎么提取', '住房公积金管理中心'],
    ['低保怎么申请', '民政局'],
    ['户口迁移', '公安机关'],
    ['办营业执照', '市场监督管理局'],
    ['买到过期食品投诉', '市场监督管理局'],
    ['个税退税', '税务局'],
    ['残疾证怎么办', '残疾人联合会'],
    ['退役军人安置', '退役军人事务局'],
    ['危房改造', '住房和城乡建设局'],
    ['租赁备案', '住房和城乡建设局'],
    ['法律援助怎么申请', '司法局'],
    ['孩子转学', '教育局'],
    ['种粮补贴', '农业农村局'],
    ['不动产登记', '自然资源局'],
    ['孩子打疫苗', '卫生健康委员会'],
    ['农村宅基地确权登记颁证', '自然资源局'],
    ['宅基地怎么申请', '农业农村局'],
    ['我家老人想申请个轮椅', '残疾人联合会'],
    ['家里困难能吃低保吗', '民政局'],
  ])('%s -> %s, and nothing else is listed as its answer', (q, name) => {
    const a = answer(q, 'hami')
    expect(a.department?.name).toBe(name)
    expect(a.lacking).toBe(false)
    expect(a.local).toEqual([])
  })

  test('every department says what it handles, and no entry carries a phone number', () => {
    for (const d of app.province.lang!.departments) {
      expect(d.handles.length).toBeGreaterThan(8)
      expect(d.handles).not.toMatch(/\d{5,}/)
    }
  })
})

describe('region honesty', () => {
  test('失业金 in 哈密: the lack first, then what helps here (related, not an answer), then 毕节 labelled', () => {
    const a = answer('失业金', 'hami')
    expect(a.lacking).toBe(true)
    expect(a.gap?.need).toBe('失业保险金申领')
    expect(a.local.every((h) => h.tier > 3)).toBe(true)
    expect(a.others[0].regionId).toBe('bijie')
  })
  test('社保证明 in 哈密 lists no subsidy or loan as if it answered', () => {
    const a = answer('社保证明', 'hami')
    expect(a.lacking).toBe(true)
    expect(a.local.filter((h) => h.tier <= 3)).toEqual([])
  })
  test('a row answers through the need itself: not an action word, not one part of a longer word, not a penalty row for a question', () => {
    // 就业见习服务 shares only 就业 with 就业困难人员; 创业担保贷款申请 only 申请; penalty rows mention 技能 but answer complaints.
    for (const [q, regionId] of [
      ['就业困难人员认定去哪办', 'bijie'],
      ['高层次人才引进待遇怎么申请', 'hami'],
      ['拿到技能等级证书能领补贴吗', 'bijie'],
    ]) {
      const a = answer(q, regionId)
      expect(a.lacking).toBe(true)
      expect(a.local.filter((h) => h.tier <= 3)).toEqual([])
    }
    expect(answer('失业了', 'bijie').lacking).toBe(false)
    expect(answer('老板拖欠工资', 'bijie').lacking).toBe(false)
  })
  test('劳动仲裁 in 毕节: the 公开目录 row does not cover the need, so 12333 shows', () => {
    const a = answer('劳动仲裁', 'bijie')
    expect(a.lacking).toBe(true)
    expect(a.gap?.id).toBe('laodong-zhongcai')
  })
  test("the home search box suggests the region's own words", () => {
    const [hami, bijie] = ['hami', 'bijie'].map((id) => realIndex().regions.find((r) => r.id === id)!)
    const hints = searchHints(hami)
    expect(hints.length).toBeGreaterThan(0)
    expect(hints).not.toContain('失业金')
    expect(hints).not.toContain('社保证明')
    for (const h of hints) expect(answer(h, 'hami').lacking).toBe(false)
    expect(searchHints(bijie)).toContain('失业金')
  })
})

describe('ranking', () => {
  test('services above 公开目录 and 行政处罚 rows unless the query is a complaint or about a rule', () => {
    expect(kindOf.get(ids('失业了怎么领钱', 'bijie')[0])).toBe('service')
    expect(ids('失业了怎么领钱', 'bijie')[0]).toBe('bj-073')
    expect(kindFactor(KIND.penalty, { complaint: false, rule: false })).toBeLessThan(kindFactor(KIND.service, { complaint: false, rule: false }))
    expect(kindFactor(KIND.penalty, { complaint: true, rule: false })).toBe(kindFactor(KIND.service, { complaint: true, rule: false }))
    expect(kindFactor(KIND.disclosure, { complaint: false, rule: true })).toBe(kindFactor(KIND.service, { complaint: false, rule: true }))
    expect(ids('老板拖欠工资', 'bijie')[0]).toBe('bj-059')
  })
  test('社保卡丢了 lists no 行政处罚 rows; a long question does not list 30 items', () => {
    const lost = answer('社保卡丢了', 'bijie')
    expect(lost.local.filter((h) => kindOf.get(h.id) === 'penalty')).toEqual([])
    expect(answer('交了15年社保退休能领多少钱', 'bijie').total).toBeLessThan(30)
    expect(passesFloor(10, 40, 3)).toBe(false)
    expect(passesFloor(20, 40, 3)).toBe(true)
  })
  test('你可能要找 of 医保怎么报销 shows nothing that shares only the character 保', () => {
    const a = answer('医保怎么报销', 'bijie')
    expect(a.nearby).toEqual([])
    expect(a.local).toEqual([])
  })
  test('the alias-position formula and the zh/ch/sh rule', () => {
    expect([positionRank(0, 3, 3), positionRank(0, 2, 3), positionRank(1, 2, 3)]).toEqual([0, 1, 2])
    expect([retroflexAt('shiye', 0), retroflexAt('siye', 0), retroflexAt('chuang', 0), retroflexAt('zhao', 1)]).toEqual([true, false, true, false])
  })
})

describe('synonyms keep their meaning', () => {
  // For each everyday word: items it may reach, and items it must not (in the first 10 of the region).
  test.each<[string, string, string[], string[]]>([
    ['停交社保', 'bijie', ['bj-091'], ['bj-086']],
    ['几小时能办好', 'bijie', [], ['bj-050']],
    ['辞职', 'bijie', [], ['bj-073']],
    ['离职', 'bijie', [], ['bj-073']],
    ['多领了失业金', 'bijie', ['bj-077'], ['bj-060', 'bj-061']],
    ['资格证', 'bijie', [], ['bj-044', 'bj-058']],
    ['考资格证', 'bijie', [], ['bj-044', 'bj-058']],
    ['技能鉴定', 'hami', ['hm-023'], []],
    ['实习', 'hami', [], ['hm-018']],
    ['培训机构', 'hami', [], ['hm-027', 'hm-031']],
    ['抚恤金', 'bijie', [], ['bj-081']],
    ['被辞退', 'bijie', ['bj-073'], []],
    ['社保', 'bijie', ['bj-069'], []],
    ['欠薪', 'bijie', ['bj-059'], []],
    ['去世', 'bijie', ['bj-072'], []],
    ['交社保', 'bijie', ['bj-088'], []],
    ['技校', 'hami', ['hm-030'], []],
    ['生育假', 'bijie', ['bj-064'], []],
    ['厂里受伤', 'bijie', ['bj-037', 'bj-045'], []],
    ['没给交', 'bijie', ['bj-042', 'bj-043'], ['bj-088']],
    ['上养老保险', 'bijie', ['bj-088'], ['bj-042', 'bj-043']],
  ])('%s (%s)', (q, regionId, may, mayNot) => {
    const a = answer(q, regionId)
    // What the word is read as (an everyday name or a synonym's catalogue word), not the catalogue's own literal words.
    const answering = a.local.filter((h) => h.tier <= 3 && h.field !== 'name').map((h) => h.id)
    const shown = a.local.slice(0, 10).map((h) => h.id)
    for (const id of may) expect(shown).toContain(id)
    // Must-nots may appear as related help (tier > 3) or by a literal word of their name, never through the synonym.
    for (const id of mayNot) expect(answering).not.toContain(id)
  })

  test('every everyday word of synonyms.json is pinned: its catalogue words reach items, its related words never count as an answer', () => {
    for (const s of realDataset().synonyms.synonyms) {
      for (const word of s.everyday) {
        const a = answer(word, 'bijie')
        const b = answer(word, 'hami')
        const hits = [...a.local, ...b.local, ...a.others]
        if (!s.catalogue) expect(hits.filter((h) => h.field === 'synonym').map((h) => h.alias)).toEqual([])
        for (const h of hits.filter((x) => x.field === 'related')) expect(h.tier).toBeGreaterThan(3)
      }
    }
  })
})

describe('calculator cards come first', () => {
  test.each([
    ['我哪年退休', 'retirement'],
    ['延迟退休', 'retirement'],
    ['退休年龄', 'retirement'],
    ['弹性退休', 'retirement'],
    ['交几年社保能领养老金', 'retirement'],
    ['我今年52岁什么时候能退休', 'retirement'],
    ['女的几岁退休', 'retirement'],
    ['失业金能领几个月', 'unemployment-benefit'],
    ['失业保险金能领多久', 'unemployment-benefit'],
    ['失业补助领多长时间', 'unemployment-benefit'],
  ])('%s -> %s', (q, id) => {
    expect(calculatorsFor(q).map((c) => c.id)).toEqual([id])
    expect(answer(q, 'bijie').calculators[0]?.id).toBe(id)
  })
  test.each(['失业金', '退休金证明', '交了15年社保退休能领多少钱', '创业补贴', '', '   '])('%s opens no calculator', (q) => {
    expect(calculatorsFor(q)).toEqual([])
  })
  test('the page paths live in one table', () => {
    expect(CALCULATOR_PAGES.retirement).toEqual({ page: '/packages/tools/pages/retirement/index' })
    expect(CALCULATOR_PAGES['unemployment-benefit']).toEqual({ page: '/packages/tools/pages/unemployment-benefit/index' })
    expect(calculatorsFor(42)).toEqual([])
  })
})
