/**
 * Guide facts a lawyer would flag (issue 13), pinned so they cannot come back:
 * - the archive regulation in force (2021), not the one it replaced;
 * - 社会保险法第四十五条's three conditions in the 失业保险金 guide;
 * - the 8% individual-account rule only from 2006;
 * - the 民办教育促进法 "三个月" limits as month limits;
 * - 一次性创业补贴 (hm-013) as 《就业补助资金管理办法》 has it: 正常运营1年以上, 离校2年内 (issue 21);
 * - 技能提升补贴 (hm-023): 每人每年1次 plus up to 2 for 急需紧缺 certificates since 2025, not the 3 of 2024;
 * - 就业见习 (bj-083) cites 财社〔2023〕181号, which replaced 财社〔2017〕164号;
 * - issue 27: only the fine of 社会保险法第八十六条 is 人社's (bj-042); no 工伤保险条例第六十二条 for unpaid
 *   benefits (bj-045); 集体合同 fines rest on provincial law (bj-046); 骗保 cases under the 2022
 *   基金行政监督办法 and 行政处罚法第六十条's 90 days (bj-060, bj-061); 人力资源市场暂行条例第十九条's
 *   "20日" (hm-026); the 自治区人社厅 approves by 中外合作办学条例第十二条 (hm-031); and every complaint
 *   guide states 劳动保障监察条例第二十条's 2 years;
 * - every article number cited anywhere in a guide is one that was checked against the article's
 *   text (CONFIRMED below); a number that could not be confirmed is dropped, and the reason kept in
 *   legalBasis.items[].provisionNote (DROPPED below).
 */
import type { GuideFile, TimeLimit } from '../../types/catalogue'
import { parseCount } from '../../src/domain/catalogue/time-limit'
import { realDataset } from '../helpers/dataset'
import { loadDataFiles } from '../../scripts/data/load'
import { formatProblem, validateData } from '../../scripts/data/validate'

const guides = [...realDataset().guides.values()]
const guide = (id: string): GuideFile => {
  const g = realDataset().guides.get(id)
  if (!g) throw new Error(`no guide ${id}`)
  return g
}

/** Every string in a value, with its path: "sections.timeLimit.note". */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
  return []
}

/** "第五十七条至第六十七条、第九十二条" -> [57, ..., 67, 92]; "第八十四条第三款" -> [84]. */
function articles(provision: string): number[] {
  const out: number[] = []
  for (const part of provision.split('、')) {
    const range = /^第([零〇一二两三四五六七八九十百]+)条至第([零〇一二两三四五六七八九十百]+)条$/.exec(part)
    if (range) {
      for (let n = parseCount(range[1])!; n <= parseCount(range[2])!; n++) out.push(n)
      continue
    }
    const single = /^第([零〇一二两三四五六七八九十百]+)条(第[一二三四五六七八九十]+款)?$/.exec(part)
    if (!single) throw new Error(`unreadable provision "${provision}"`)
    out.push(parseCount(single[1])!)
  }
  return out
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/**
 * Articles whose text was read and found to say what the citing guides say (2018 社会保险法, 2015
 * 就业促进法, 2018 劳动法, 2012 劳动合同法, 2019 行政许可法, 2018 民办教育促进法 and the current
 * 条例; 就业服务与就业管理规定 第二十五至二十七条 from its 2007 text, the numbering of later amendments not
 * re-checked). Article numbers written in a note without the law's name ("（第四十五条）") follow a
 * named citation of the same law and were checked by hand.
 */
const CONFIRMED: Record<string, number[]> = {
  '《中华人民共和国社会保险法》': [4, 10, 14, 17, 41, 44, 45, 46, 50, 51, 57, 58, 60, 63, 74, 84, 86, 87, 88],
  '《中华人民共和国就业促进法》': [24, 30, 35, 40, 41, 64, 65, 66, 67],
  '《就业服务与就业管理规定》': [25, 26, 27],
  '《人力资源市场暂行条例》': [18, 19, 24, 27, 42, 43],
  '《中华人民共和国行政许可法》': [42, 45],
  '《中华人民共和国中外合作办学条例》': [12, 14, 15, 18],
  '《中华人民共和国民办教育促进法》': [12, 62, 64],
  '《社会保险费征缴暂行条例》': [12, 13, 17, 23],
  '《劳动保障监察条例》': [11, 14, 15, 17, 20, 23, 25, 26, 28, 30, 33],
  '《保障农民工工资支付条例》': [32, 53, 54, 55],
  '《工伤保险条例》': [19, 30, 60, 62, 63, 66],
  '《中华人民共和国行政处罚法》': [60],
  '《中华人民共和国劳动法》': [15, 33, 34, 35, 41, 43, 50, 61, 62, 63, 68, 90, 91, 94, 95, 101],
  '《中华人民共和国劳动合同法》': [7, 9, 30, 50, 51, 55, 56, ...range(57, 67), 84, 85, 92, 93],
  '《中华人民共和国劳动合同法实施条例》': [8, 33, 35],
  '《国务院关于职工工作时间的规定》': [3],
  '《社会保险经办条例》': [55],
  '《禁止使用童工规定》': [2, 4, 6, 9],
  '《女职工劳动保护特别规定》': [6, 7, 9, 13],
  '《失业保险条例》': [14, 15, 16],
}

/** Article numbers removed in the review: [item, document, what was cited before]. */
const DROPPED: [string, string, string][] = [
  ['bj-073', '《失业保险金申领发放办法》', '第九条'],
  ['bj-051', '《就业服务与就业管理规定》', '第十九条、第六十八条'],
  ['bj-062', '《社会保险费征缴监督检查办法》', '第十四条'],
  ['hm-026', '《人力资源服务机构管理规定》', '第五条、第六条、第七条'],
  ['bj-056', '《中华人民共和国劳动合同法》', '第八十四条第三款'],
  ['bj-042', '《社会保险费征缴暂行条例》', '第十三条'],
  ['bj-045', '《工伤保险条例》', '第六十二条'],
]

/**
 * Bases the review of money and deadline guides (issue 21) annotated: why a superseded rule is no
 * longer followed, or why no document number or article is given. [item, document].
 */
const POLICY_REVIEW: [string, string][] = [
  ['hm-013', '《关于印发〈就业补助资金管理办法〉的通知》'],
  ['hm-013', '《就业补助资金管理办法》（财社〔2023〕181号）'],
  ['hm-013', '关于印发《新疆维吾尔自治区就业资金管理暂行办法》的通知（新财社〔2018〕241号）'],
  ['hm-023', '《人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险援企稳岗政策的通知》（人社部发〔2024〕40号）'],
  ['hm-023', '《关于延续实施失业保险稳岗惠民政策措施的通知》（人力资源社会保障部、财政部、税务总局，2025年4月）'],
  ['bj-083', '《财政部 人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》（财社〔2023〕181号）'],
]

/** Bases the issue-27 review annotated without dropping a number: why no article is given. [item, document]. */
const ISSUE27_REVIEW: [string, string][] = [
  ['bj-046', '《贵州省企业集体合同条例》'],
  ['bj-060', '《社会保险基金行政监督办法》（人力资源社会保障部令第48号）'],
  ['bj-061', '《社会保险基金行政监督办法》（人力资源社会保障部令第48号）'],
]

describe('the archive regulation in force', () => {
  test('no data file cites the replaced 1996 暂行规定', () => {
    const hits = loadDataFiles().filter((f) => f.text.includes('流动人员人事档案管理暂行规定'))
    expect(hits.map((f) => f.path)).toEqual([])
  })

  test.each(['bj-092', 'bj-093', 'hm-014', 'hm-015', 'hm-016'])('%s cites 《流动人员人事档案管理服务规定》', (id) => {
    expect(guide(id).sections.legalBasis!.items.map((b) => b.title)).toContain('《流动人员人事档案管理服务规定》')
  })

  test('bj-092 describes transfer as the 2021 规定 does: registered post allowed, never carried by the person', () => {
    const steps = guide('bj-092').sections.specialSteps!.items.join('')
    expect(steps).toContain('邮政特快专递等给据邮件')
    expect(steps).toContain('严禁个人自带')
  })
})

describe('失业保险金申领 (bj-073) states 社会保险法第四十五条 in full', () => {
  const g = guide('bj-073')
  const conditions = g.sections.conditions?.items ?? []

  test('the conditions list the three conditions of the article', () => {
    expect(conditions).toEqual(['失业前用人单位和本人已经缴纳失业保险费满一年；', '非因本人意愿中断就业；', '已经进行失业登记，并有求职要求。'])
  })

  test('the summary names all three', () => {
    for (const phrase of ['缴纳失业保险费满一年', '非因本人意愿中断就业', '失业登记', '求职要求']) expect(g.summary).toContain(phrase)
  })

  test('and cites that article', () => {
    const law = g.sections.legalBasis!.items.find((b) => b.title === '《中华人民共和国社会保险法》')
    expect(articles(law!.provision!)).toContain(45)
  })
})

describe('养老保险个人账户 (bj-079): 8% only since 2006', () => {
  const text = guide('bj-079').sections.result!.text

  test('the 8% rule is dated and sourced, and the earlier 11% is stated', () => {
    expect(text).toContain('2006年1月起，个人账户按本人缴费工资的8%记账')
    expect(text).toContain('国发〔2005〕38号')
    expect(text).toContain('11%')
  })

  test('no enterprise-pension guide says the account is credited at 8% without a date', () => {
    const undated = guides
      .filter((g) => g.itemId !== 'bj-074') // 机关事业单位: the account exists only since the 2014 reform, always 8%
      .flatMap((g) =>
        strings(g)
          .filter((s) => s.text.includes('8%') && !s.text.includes('2006年'))
          .map((s) => `${g.itemId} ${s.path}`),
      )
    expect(undated).toEqual([])
  })
})

describe('month limits of 民办教育促进法', () => {
  const threeMonths: TimeLimit = { value: 3, unit: 'month', text: '三个月' }
  test.each(['hm-027', 'hm-028'])('%s has a statutory limit of three months', (id) => {
    expect(guide(id).sections.timeLimit!.statutory).toEqual(threeMonths)
  })

  test('the validator rejects "三个月" stored as days', () => {
    const file = 'mock-data/hami/guides/hm-027.json'
    const files = loadDataFiles().map((f) => {
      if (f.path !== file) return f
      const json = JSON.parse(f.text)
      json.sections.timeLimit.statutory.unit = 'natural-day'
      return { path: f.path, text: JSON.stringify(json) }
    })
    expect(validateData(files).problems.map(formatProblem)).toEqual([
      `${file} [hm-027] sections.timeLimit.statutory: "三个月" reads as 3month, but the data says 3natural-day`,
    ])
  })
})

describe('article numbers', () => {
  const cited = guides.flatMap((g) => g.sections.legalBasis?.items.map((b) => ({ id: g.itemId, ...b })) ?? [])

  test('every cited article was checked against its text', () => {
    const unchecked = cited
      .filter((b) => b.provision)
      .flatMap((b) =>
        articles(b.provision!)
          .filter((n) => !(CONFIRMED[b.title] ?? []).includes(n))
          .map((n) => `${b.id} ${b.title} 第${n}条`),
      )
    expect(unchecked).toEqual([])
  })

  test('article numbers in guide text (notes, results) are checked ones too', () => {
    const unchecked: string[] = []
    for (const g of guides) {
      for (const s of strings(g.sections).filter((x) => !x.path.startsWith('legalBasis'))) {
        for (const m of s.text.matchAll(/(《[^》]+》)((?:第[零〇一二两三四五六七八九十百]+条、?)+)/g)) {
          for (const n of articles(m[2].replace(/、$/, ''))) if (!(CONFIRMED[m[1]] ?? []).includes(n)) unchecked.push(`${g.itemId} ${s.path} ${m[1]}第${n}条`)
        }
      }
    }
    expect(unchecked).toEqual([])
  })

  test.each(DROPPED)('%s %s no longer cites %s, and says why', (id, title, before) => {
    const item = guide(id).sections.legalBasis!.items.find((b) => b.title === title)
    expect(item).toBeDefined()
    const now = item!.provision ? articles(item!.provision) : []
    for (const n of articles(before)) expect(now).not.toContain(n)
    expect(item!.provisionNote).toMatch(/条/)
  })

  test('a provisionNote is only on an item the reviews touched', () => {
    const noted = cited.filter((b) => b.provisionNote).map((b) => `${b.id} ${b.title}`)
    expect(noted.sort()).toEqual([...DROPPED, ...POLICY_REVIEW, ...ISSUE27_REVIEW].map(([id, title]) => `${id} ${title}`).sort())
  })

  test('the article reader fails loudly on wording it cannot read', () => {
    expect(() => articles('第四十五条第一项')).toThrow('unreadable provision')
    expect(articles('第五十七条至第六十条、第九十二条')).toEqual([57, 58, 59, 60, 92])
  })
})

/** All text a citizen can read in a guide (and its eligibility quotes): every string but provisionNote. */
function readable(g: GuideFile): string[] {
  return strings(g)
    .filter((x) => !x.path.endsWith('provisionNote'))
    .map((x) => x.text)
}

describe('一次性创业补贴 (hm-013) follows 《就业补助资金管理办法》: 正常运营1年以上, 离校2年内', () => {
  const g = guide('hm-013')
  const s = g.sections

  test('nothing says 6 months or 5 years after graduating, anywhere in the guide or its 一件事 step', () => {
    const events = loadDataFiles().find((f) => f.path === 'mock-data/hami/life-events.json')!.text
    for (const text of [...readable(g), events]) {
      expect(text).not.toMatch(/6个月|六个月|5年内|五年内/)
    }
  })

  test('summary, conditions, audience, flow and materials say 1 year of operation; audience and summary say 离校2年内', () => {
    expect(g.summary).toContain('正常运营1年以上')
    expect(g.summary).toContain('离校2年内')
    expect(s.conditions!.items).toContain('所创办的企业或个体工商户在本市登记注册，自登记注册之日起正常运营1年以上；')
    expect(s.audience!.text).toContain('离校2年内高校毕业生')
    expect(s.flow!.steps[0].detail).toContain('正常运营满1年后')
    expect(s.materials!.items.find((m) => m.id === 'operating-proof')!.name).toContain('正常运营1年以上')
  })

  test("the eligibility tags are the national rule's groups, each citing the 离校2年内 line", () => {
    expect(g.eligibility!.groups!.map((t) => t.tag)).toEqual(['高校毕业生', '就业困难人员'])
    for (const t of g.eligibility!.groups!) expect(t.basis.join('')).toContain('离校2年内高校毕业生、就业困难人员')
  })

  test("cites the current 办法 (财社〔2023〕181号) beside the seed's own bases, with no unconfirmed article", () => {
    const bases = s.legalBasis!.items
    expect(bases.map((b) => b.title)).toContain('《就业补助资金管理办法》（财社〔2023〕181号）')
    expect(bases.every((b) => b.provision === undefined)).toBe(true)
    expect(readable(g).join('')).not.toContain('164号')
  })
})

describe('技能提升补贴 (hm-023): the 2025 rule, not the 3 claims a year of 人社部发〔2024〕40号', () => {
  const g = guide('hm-023')

  test('no readable text allows 3 claims a year', () => {
    expect(readable(g).join('\n')).not.toMatch(/最多享受3次|每年最多.{0,4}3次|三次/)
  })

  test('the conditions say one a year, plus up to two for 急需紧缺职业（工种） certificates', () => {
    const line = g.sections.conditions!.items.find((c) => c.includes('每人每年'))!
    expect(line).toContain('每人每年可享受1次')
    expect(line).toContain('急需紧缺职业（工种）证书的，每年可再多享受不超过2次')
  })

  test('cites the April 2025 notice by its name and issuers, without a number that could not be checked', () => {
    const notice = g.sections.legalBasis!.items.find((b) => b.title.includes('关于延续实施失业保险稳岗惠民政策措施的通知'))!
    expect(notice.title).toBe('《关于延续实施失业保险稳岗惠民政策措施的通知》（人力资源社会保障部、财政部、税务总局，2025年4月）')
    expect(notice.provision).toBeUndefined()
    expect(notice.title).not.toMatch(/〔\d{4}〕\d+号/)
  })
})

describe('就业见习 (bj-083) cites the 就业补助资金管理办法 in force', () => {
  const titles = guide('bj-083').sections.legalBasis!.items.map((b) => b.title)

  test('财社〔2023〕181号, not the 财社〔2017〕164号 it replaced', () => {
    expect(titles).toContain('《财政部 人力资源社会保障部关于印发〈就业补助资金管理办法〉的通知》（财社〔2023〕181号）')
    expect(titles.join('')).not.toContain('164号')
  })

  test("no guide's readable text cites 财社〔2017〕164号 any more", () => {
    expect(guides.filter((x) => readable(x).join('').includes('164号')).map((x) => x.itemId)).toEqual([])
  })
})

/** The readable text of one guide, joined. */
const text = (id: string) => readable(guide(id)).join('\n')
const fact = (id: string, label: string) => guide(id).sections.basicInfo?.facts.find((f) => f.label === label)?.value ?? ''
const provisions = (id: string, title: string) => {
  const b = guide(id).sections.legalBasis!.items.find((x) => x.title === title)
  return b?.provision ? articles(b.provision) : []
}

describe('issue 27: guide facts a labour lawyer would flag', () => {
  describe('bj-042: ordering payment and 滞纳金 are the 征收机构 (税务); only the fine is 人社 (社会保险法第八十六条)', () => {
    test('the penalty is the fine after the 征收机构 ordered payment, not an order or 滞纳金 of 人社', () => {
      const kind = fact('bj-042', '处罚种类')
      expect(kind).toMatch(/^罚款：经社会保险费征收机构责令限期缴纳或者补足，逾期仍不缴纳的，处欠缴数额一倍以上三倍以下的罚款/)
      expect(kind).not.toContain('加收滞纳金')
    })

    test('it says who does what, naming 税务 since 2019 and 医保 for 医疗、生育', () => {
      const who = fact('bj-042', '谁负责什么')
      for (const phrase of ['社会保险费征收机构', '2019年1月1日', '税务部门', '人社部门只负责逾期仍不缴纳的罚款', '医疗保障部门']) expect(who).toContain(phrase)
    })

    test('no step has 人社 order payment itself, and 第八十六条 and 第六十三条 are cited', () => {
      const steps = guide('bj-042').sections.flow!.steps
      expect(steps.find((s) => s.title === '责令改正')).toBeUndefined()
      expect(steps.map((s) => s.detail).join('')).toContain('由社会保险费征收机构（税务部门）责令')
      expect(provisions('bj-042', '《中华人民共和国社会保险法》')).toEqual([63, 86])
    })

    test('no readable text of any guide keeps the replaced 千分之二 滞纳金', () => {
      expect(guides.filter((g) => readable(g).join('').includes('千分之二')).map((g) => g.itemId)).toEqual([])
    })
  })

  describe('bj-045: 工伤保险条例第六十二条 (not joining) is no basis for unpaid 工伤待遇', () => {
    test('the guide cites 第三十条 (the fund pays 工伤 medical costs), not 第六十二条, anywhere', () => {
      expect(provisions('bj-045', '《工伤保险条例》')).toEqual([30])
      expect(text('bj-045')).not.toContain('第六十二条')
    })

    test('the fine for unpaid benefits is hedged: no national fine, the provincial rule, 12333', () => {
      const kind = fact('bj-045', '处罚种类')
      expect(kind).toContain('不按规定支付工伤待遇：国家法律、行政法规没有规定罚款')
      expect(kind).toContain('12333')
    })

    test('it names the fund that pays first when an uninsured employer does not (社会保险法第四十一条)', () => {
      expect(fact('bj-045', '说明')).toContain('先行支付（《中华人民共和国社会保险法》第四十一条）')
    })
  })

  describe('bj-046: no national fine for 集体合同 breaches', () => {
    test('the penalty kinds say so and send the citizen to 12333; no 警告 or 罚款 stated as certain', () => {
      const kind = fact('bj-046', '处罚种类')
      expect(kind).toContain('国家法律、行政法规没有对违反集体合同规定设定罚款')
      expect(kind).toContain('12333')
      expect(text('bj-046')).not.toContain('警告')
    })
  })

  describe.each(['bj-060', 'bj-061'])('%s: 骗保 is a 基金监督 case under the 2022 办法, decided within 90 days (行政处罚法第六十条)', (id) => {
    test('the statutory limit is 90 days from 立案, not 60 working days of 劳动保障监察', () => {
      expect(guide(id).sections.timeLimit!.statutory).toEqual({ value: 90, unit: 'natural-day', text: '90日' })
      expect(guide(id).sections.timeLimit!.note).toContain('九十日内作出行政处罚决定')
      expect(guide(id).sections.timeLimit!.note).toContain('《中华人民共和国行政处罚法》第六十条')
    })

    test('no readable text cites 劳动保障监察条例, and the 办法 and 第六十条 are bases', () => {
      expect(text(id)).not.toContain('《劳动保障监察条例》')
      const titles = guide(id).sections.legalBasis!.items.map((b) => b.title)
      expect(titles).toContain('《社会保险基金行政监督办法》（人力资源社会保障部令第48号）')
      expect(provisions(id, '《中华人民共和国行政处罚法》')).toEqual([60])
    })
  })

  test('hm-026: 人力资源市场暂行条例第十九条 says 20日, calendar days', () => {
    expect(guide('hm-026').sections.timeLimit!.statutory).toEqual({ value: 20, unit: 'natural-day', text: '20日' })
    expect(text('hm-026')).not.toContain('20个工作日')
  })

  test('hm-031: the 自治区人社厅 approves (中外合作办学条例第十二条), said firmly', () => {
    const g = guide('hm-031')
    expect(g.summary).toContain('须经自治区人力资源和社会保障厅审批')
    expect(g.sections.location!.note).toMatch(/^审批机关是自治区人力资源和社会保障厅（《中华人民共和国中外合作办学条例》第十二条/)
    expect(text('hm-031')).not.toMatch(/以自治区规定为准|需报自治区/)
    expect(provisions('hm-031', '《中华人民共和国中外合作办学条例》')).toContain(12)
  })

  test.each(['bj-086', 'bj-088'])('%s: contributions are declared to 税务 (since 2019), not set by the 经办机构', (id) => {
    const steps = guide(id)
      .sections.flow!.steps.map((s) => s.detail)
      .join('')
    expect(steps).toContain('向税务部门申报缴纳社会保险费')
    expect(steps).not.toContain('核定缴费基数')
  })

  describe('every complaint guide states 劳动保障监察条例第二十条: 2 years, from the end of a continuing violation', () => {
    // A complaint guide: a citizen complains to, or reports at, the 劳动保障监察 window.
    const complaints = guides.filter((g) => g.sections.location?.window?.includes('劳动保障监察'))

    test('there are the 24 of 毕节 (not the two 基金监督 guides)', () => {
      expect(complaints.length).toBe(24)
      expect(complaints.map((g) => g.itemId)).not.toEqual(expect.arrayContaining(['bj-060']))
    })

    test.each(complaints.map((g) => g.itemId))('%s', (id) => {
      const rule = fact(id, '投诉时效')
      expect(rule).toContain('在2年内未被劳动保障行政部门发现，也未被举报、投诉的，劳动保障行政部门不再查处')
      expect(rule).toContain('自违法行为发生之日起计算')
      expect(rule).toContain('有连续或者继续状态的，自行为终了之日起计算')
      expect(provisions(id, '《劳动保障监察条例》')).toContain(20)
    })
  })
})
