/**
 * Life events and eligibility on the real data, and broken copies of it: every event's items exist
 * in that region and have guides; bad files are rejected with clear messages naming file, item and field.
 */
import { deriveCatalogueIndex, deriveLifeEventsBundle } from '../../scripts/data/build'
import { loadDataFiles } from '../../scripts/data/load'
import { formatProblem, validateData, type DataFile } from '../../scripts/data/validate'
import { isLookupItem } from '../../src/domain/life-events'

const real = loadDataFiles()
const BIJIE = 'mock-data/bijie/life-events.json'
const HAMI = 'mock-data/hami/life-events.json'

function broken(file: string, change: (json: any) => void): DataFile[] {
  return real.map((f) => {
    if (f.path !== file) return f
    const json = JSON.parse(f.text)
    change(json)
    return { path: f.path, text: JSON.stringify(json) }
  })
}
const messages = (files: DataFile[]) => validateData(files).problems.map(formatProblem)

describe('the real life events', () => {
  const { dataset, problems } = validateData(real)

  test('are valid, sample content, with these events and step counts', () => {
    expect(problems).toEqual([])
    const summary = (region: string) => dataset!.lifeEvents.get(region)!.events.map((e) => `${e.name} ${e.steps.length}`)
    expect(summary('bijie')).toEqual(['失业了 4', '退休人员身后事 3', '办理退休前后 4', '单位招用与离职 3'])
    expect(summary('hami')).toEqual(['我要创业 4', '高校毕业生找工作 7', '就业困难人员 5', '单位招人 5'])
    for (const file of dataset!.lifeEvents.values()) expect(file.events.every((e) => e.sample)).toBe(true)
  })

  test('every step’s item exists in the same region, has a guide, and its guide carries eligibility data', () => {
    for (const [region, file] of dataset!.lifeEvents) {
      const catalogue = dataset!.catalogues.find((c) => c.region.id === region)!
      for (const step of file.events.flatMap((e) => e.steps)) {
        const item = catalogue.items.find((i) => i.id === step.itemId)
        expect([step.itemId, item?.kind]).toEqual([step.itemId, expect.stringMatching(/^(service|event)$/)])
        expect(dataset!.guides.get(item!.duplicateOf ?? item!.id)?.eligibility).toBeDefined()
      }
    }
  })

  test('the derived data: summaries on the region index, full events and resolved quotes in life-events.json', () => {
    const index = deriveCatalogueIndex(dataset!)
    const bijie = index.regions.find((r) => r.id === 'bijie')!
    expect(bijie.lifeEvents.map((e) => [e.id, e.stepItemIds.join(',')])).toEqual([
      ['shiye', 'bj-073,bj-092,bj-082,bj-077'],
      ['tuixiu-shenhoushi', 'bj-084,bj-072,bj-081'],
      ['tuixiu-qianhou', 'bj-070,bj-079,bj-095,bj-075'],
      ['danwei-zhaoyong-lizhi', 'bj-088,bj-086,bj-091'],
    ])
    const bundle = deriveLifeEventsBundle(dataset!)
    expect(Object.keys(bundle.regions.hami.eligibility)).toHaveLength(26)
    expect(Object.keys(bundle.regions.bijie.eligibility)).toHaveLength(28)
    // A condition line cited by index is resolved to its text.
    expect(bundle.regions.hami.eligibility['hm-012'].situations).toEqual([
      { tag: '正在创业', quotes: [dataset!.guides.get('hm-012')!.sections.conditions!.items[0]] },
    ])
  })
})

describe('broken life-event files', () => {
  test('an item that does not exist, or belongs to another region', () => {
    expect(messages(broken(BIJIE, (j) => (j.events[0].steps[1].itemId = 'bj-999')))).toEqual([
      `${BIJIE} [bj-999] events.0.steps.1.itemId: is not an item of bijie`,
    ])
    expect(messages(broken(BIJIE, (j) => (j.events[3].steps[2].itemId = 'hm-008')))).toEqual([
      `${BIJIE} [hm-008] events.3.steps.2.itemId: is not an item of bijie`,
    ])
  })

  test('an item without a guide (a 公开目录 entry)', () => {
    expect(messages(broken(BIJIE, (j) => (j.events[3].steps[2].itemId = 'bj-001')))).toEqual([
      `${BIJIE} [bj-001] events.3.steps.2.itemId: "基本信息" is a 公开目录 entry, which has no service guide`,
    ])
  })

  test('a guide that exists but has no eligibility data', () => {
    const files = real.map((f) => {
      if (f.path !== 'mock-data/bijie/guides/bj-091.json') return f
      const json = JSON.parse(f.text)
      delete json.eligibility
      return { ...f, text: JSON.stringify(json) }
    })
    expect(messages(files)).toEqual([`${BIJIE} [bj-091] events.3.steps.2.itemId: bj-091's guide has no eligibility data, which 我能办什么 needs`])
    // bj-087 names the unit's agent's ID card like bj-088 and bj-086: the checklist would list it twice.
    expect(messages(broken(BIJIE, (j) => (j.events[3].steps[2].itemId = 'bj-087')))).toEqual([
      `${BIJIE} events.3: "单位经办人居民身份证" is listed by bj-088/agent-id and bj-086/agent-id and bj-087/agent-id, which are not one shared document; add them to documents`,
    ])
  })

  test('a conditional step without its condition, and an always-needed step with one', () => {
    expect(messages(broken(BIJIE, (j) => delete j.events[0].steps[1].condition))).toEqual([
      `${BIJIE} events.0.steps.1: a conditional step must say when it is needed (condition); an always-needed step has none`,
    ])
    expect(messages(broken(BIJIE, (j) => (j.events[0].steps[0].condition = '总是')))).toEqual([
      `${BIJIE} events.0.steps.0: a conditional step must say when it is needed (condition); an always-needed step has none`,
    ])
  })

  test('stages that skip or go back, and an item listed twice', () => {
    expect(messages(broken(BIJIE, (j) => (j.events[0].steps[2].stage = 3)))).toEqual([
      `${BIJIE} [bj-082] events.0.steps.2.stage: is 3 after stage 1; stages go up by 1 in the order of the steps`,
    ])
    expect(messages(broken(BIJIE, (j) => (j.events[0].steps[0].stage = 2)))).toContain(
      `${BIJIE} [bj-073] events.0.steps.0.stage: the first step must be stage 1`,
    )
    expect(messages(broken(BIJIE, (j) => (j.events[0].steps[2].itemId = 'bj-073')))).toContain(
      `${BIJIE} [bj-073] events.0.steps.2.itemId: is already step 1 of "失业了"`,
    )
  })

  test('schema problems: a missing field, an unknown field, a bad id, a step need outside the vocabulary', () => {
    expect(messages(broken(HAMI, (j) => delete j.events[0].everydayWords))).toEqual([`${HAMI} events.0.everydayWords: is missing`])
    expect(messages(broken(HAMI, (j) => (j.events[0].extra = 1)))).toEqual([`${HAMI} events.0.extra: is not a known field`])
    expect(messages(broken(HAMI, (j) => (j.events[0].id = 'Wo Yao')))).toEqual([
      `${HAMI} events.0.id: must be lower-case letters, digits and dashes, starting with a letter`,
    ])
    expect(messages(broken(HAMI, (j) => (j.events[0].steps[0].need = 'sometimes')))).toEqual([
      `${HAMI} events.0.steps.0.need: expected ("always" | "conditional"), got "sometimes"`,
    ])
    expect(messages(broken(HAMI, (j) => (j.events[0].sample = false)))).toEqual([`${HAMI} events.0.sample: expected true, got false`])
  })

  test('an event group no step names', () => {
    expect(messages(broken(HAMI, (j) => (j.events[1].groups = ['退役军人'])))).toEqual([
      `${HAMI} events.1.groups.0: "退役军人" is not a group of any step's eligibility`,
    ])
  })

  test('two events with one id, and an event for 单位 whose steps are only for individuals', () => {
    expect(messages(broken(HAMI, (j) => (j.events[1].id = j.events[0].id)))).toEqual([`${HAMI} events.1.id: "wo-yao-chuangye" is used by two events`])
    expect(messages(broken(BIJIE, (j) => (j.events[0].applicants = ['个人', '单位'])))).toEqual([
      `${BIJIE} events.0.applicants.1: "单位" applies to none of the event's steps (their guides are for 个人)`,
    ])
  })

  test('a shared document naming a material the guide does not have, or one material twice', () => {
    expect(messages(broken(BIJIE, (j) => (j.documents[0].materials[0] = 'bj-073/passport')))).toEqual([
      `${BIJIE} [bj-073] documents.0.materials.0: bj-073's guide has no material "passport"`,
      `${BIJIE} events.0: "社会保障卡或居民身份证" is listed by bj-073/social-security-card and bj-082/social-security-card and bj-077/social-security-card, which are not one shared document; add them to documents`,
    ])
    expect(messages(broken(BIJIE, (j) => j.documents[1].materials.push('bj-082/social-security-card')))).toEqual([
      `${BIJIE} [bj-082] documents.1.materials.3: bj-082/social-security-card is already part of the document "own-id-card"`,
    ])
    expect(messages(broken(BIJIE, (j) => j.documents[3].materials.push('bj-082/power-of-attorney')))).toEqual([
      `${BIJIE} [bj-082] documents.3.materials.4: bj-082/power-of-attorney is already part of the document "power-of-attorney"`,
      `${BIJIE} [bj-082] documents.3.materials.4: names two materials of bj-082; a document is one material per guide`,
    ])
  })

  test('the same material name in two steps that is not one shared document', () => {
    // Without the shared ID card, four guides' "社会保障卡或居民身份证" would be listed separately.
    expect(messages(broken(BIJIE, (j) => j.documents.splice(0, 1)))).toEqual([
      `${BIJIE} events.0: "社会保障卡或居民身份证" is listed by bj-073/social-security-card and bj-082/social-security-card and bj-077/social-security-card, which are not one shared document; add them to documents`,
      `${BIJIE} events.2: "社会保障卡或居民身份证" is listed by bj-070/social-security-card and bj-079/social-security-card and bj-075/social-security-card, which are not one shared document; add them to documents`,
    ])
  })

  test('a phone number that is not allowed', () => {
    expect(messages(broken(BIJIE, (j) => (j.events[0].appliesTo = '请拨打0857-8221234咨询。')))).toEqual([
      `${BIJIE}: contains the number 0857-8221234: 0857-8221234 is not 12333 or 12345 and is not printed in mock-data/bijie/source/`,
    ])
  })

  test('a life-event file for a region without a catalogue, and one that is not JSON', () => {
    const extra = [...real, { path: 'mock-data/nowhere/life-events.json', text: real.find((f) => f.path === HAMI)!.text }]
    expect(messages(extra)).toEqual(['mock-data/nowhere/life-events.json: "nowhere" has no catalogue (mock-data/nowhere/catalogue.json)'])
    const bad = real.map((f) => (f.path === HAMI ? { ...f, text: '{ "schemaVersion": 1,' } : f))
    expect(messages(bad)).toEqual([expect.stringMatching(/^mock-data\/hami\/life-events\.json: is not valid JSON \(.+\)$/)])
  })
})

describe('broken eligibility on guides', () => {
  const guide = (id: string) => `mock-data/${id.startsWith('bj') ? 'bijie' : 'hami'}/guides/${id}.json`

  test('a condition line that does not exist', () => {
    expect(messages(broken(guide('hm-013'), (g) => (g.eligibility.situations[0].basis = [7])))).toEqual([
      `${guide('hm-013')} [hm-013] eligibility.situations.0.basis.0: cites condition line 7, but the guide has only lines 0-2`,
    ])
    // bj-077 has no 受理条件 section (its eligibility quotes other lines of the guide).
    expect(messages(broken(guide('bj-077'), (g) => (g.eligibility.situations[0].basis = [0])))).toEqual([
      `${guide('bj-077')} [bj-077] eligibility.situations.0.basis.0: cites condition line 0, but the guide has no conditions section`,
    ])
  })

  test('a quote that is not in the guide', () => {
    expect(messages(broken(guide('bj-073'), (g) => (g.eligibility.situations[0].basis = ['所有失业人员'])))).toEqual([
      `${guide('bj-073')} [bj-073] eligibility.situations.0.basis.0: "所有失业人员" is not a quote of the guide's summary, audience, conditions or basic facts`,
    ])
    // A real quote that does not name the situation.
    expect(messages(broken(guide('bj-073'), (g) => (g.eligibility.situations[0].basis = ['申请按月领取失业保险金'])))).toEqual([])
    expect(
      messages(broken(guide('bj-070'), (g) => (g.eligibility.situations = [{ tag: '失业', basis: ['用于购房、落户、子女入学等需要证明参保情况的场合'] }]))),
    ).toEqual([
      `${guide('bj-070')} [bj-070] eligibility.situations.0: "失业" is not named by the cited lines (one of them should mention 失业 / 解除或终止劳动关系 / 中断就业 / 未就业)`,
    ])
  })

  test('a group the guide’s own lines do not name', () => {
    expect(messages(broken(guide('bj-073'), (g) => (g.eligibility.groups = [{ tag: '退役军人', basis: ['在市本级参加失业保险的失业人员'] }])))).toEqual([
      `${guide('bj-073')} [bj-073] eligibility.groups.0: "退役军人" is not named by the cited lines (one of them should mention 退役军人)`,
    ])
  })

  test('a tag outside the vocabulary, a tag twice, applicants that disagree with the guide', () => {
    expect(messages(broken(guide('hm-013'), (g) => (g.eligibility.groups[0].tag = '大学生')))).toEqual([
      `${guide('hm-013')} [hm-013] eligibility.groups.0.tag: expected ("高校毕业生" | "就业困难人员" | "脱贫人口" | "退役军人" | "残疾人" | "返乡入乡创业人员" | "登记失业人员"), got "大学生"`,
    ])
    expect(messages(broken(guide('hm-013'), (g) => g.eligibility.groups.push(g.eligibility.groups[0])))).toEqual([
      `${guide('hm-013')} [hm-013] eligibility.groups.2.tag: "高校毕业生" is listed twice`,
    ])
    expect(messages(broken(guide('bj-088'), (g) => (g.eligibility.applicants = [{ tag: '个人', basis: ['用人单位经办人'] }])))).toEqual([
      `${guide('bj-088')} [bj-088] eligibility.applicants: lists 个人, but the guide's applicants are 单位`,
    ])
  })

  test('a situation on an item only for 单位', () => {
    expect(
      messages(
        broken(guide('bj-088'), (g) => (g.eligibility.situations = [{ tag: '在职', basis: ['企业招用职工后，由单位为职工申报参加养老保险和失业保险。'] }])),
      ),
    ).toEqual([`${guide('bj-088')} [bj-088] eligibility.situations: only applies to individuals, but the item is not for 个人`])
  })
})

describe('a lookup (查询…) is never 都要办 and never in the finish date (issue 27)', () => {
  const { dataset } = validateData(real)
  const items = new Map(dataset!.catalogues.flatMap((c) => c.items.map((i) => [i.id, i.name] as const)))

  test('in the real data, every lookup step is conditional and outside the timeline', () => {
    const lookups = [...dataset!.lifeEvents.values()].flatMap((f) => f.events.flatMap((e) => e.steps.filter((s) => isLookupItem(items.get(s.itemId)!))))
    expect(lookups.map((s) => s.itemId).sort()).toEqual(['bj-072', 'bj-079', 'bj-081', 'bj-082', 'bj-095'])
    for (const s of lookups) expect([s.itemId, s.need, typeof s.outsideTimeline]).toEqual([s.itemId, 'conditional', 'string'])
  })

  test('失业了 does not count 查询领取失业金情况 as 都要办 or in its finish date', () => {
    const shiye = dataset!.lifeEvents.get('bijie')!.events.find((e) => e.id === 'shiye')!
    const lookup = shiye.steps.find((s) => s.itemId === 'bj-082')!
    expect(lookup.need).toBe('conditional')
    expect(lookup.outsideTimeline).toBeDefined()
    expect(shiye.steps.filter((s) => s.need === 'always').map((s) => s.itemId)).toEqual(['bj-073'])
  })

  test('the data build rejects a lookup made 都要办 and counted in the timeline', () => {
    const files = broken(BIJIE, (json) => {
      const step = json.events[0].steps.find((s: { itemId: string }) => s.itemId === 'bj-082')
      step.need = 'always'
      delete step.condition
      delete step.outsideTimeline
    })
    expect(messages(files)).toEqual([
      `${BIJIE} [bj-082] events.0.steps.2.need: "查询市本级领取失业金人员领取失业金情况" is a lookup: never 都要办 (make it conditional and say when)`,
      `${BIJIE} [bj-082] events.0.steps.2.outsideTimeline: "查询市本级领取失业金人员领取失业金情况" is a lookup, which never counts towards the finish date: say so in outsideTimeline`,
    ])
  })

  test('查询/提供 (which issues a statement) is not a lookup; 查询…情况 is', () => {
    expect(isLookupItem('查询市本级领取失业金人员领取失业金情况')).toBe(true)
    expect(isLookupItem('查询/提供市本级机关事业单位养老保险在职参保人员个人账户情况')).toBe(false)
    expect(isLookupItem('市本级参保人员办理失业保险金申领')).toBe(false)
  })
})
