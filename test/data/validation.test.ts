/** The validator on the real data, and on broken copies of it: each problem gets an exact, clear message. */
import { formatProblem, validateData, type DataFile } from '../../scripts/data/validate'
import { loadDataFiles } from '../../scripts/data/load'
import { deriveCatalogueIndex, guideCoverage } from '../../scripts/data/build'

const real = loadDataFiles()

/** A copy of the real files with one JSON file changed. */
function broken(file: string, change: (json: any) => void): DataFile[] {
  return real.map((f) => {
    if (f.path !== file) return f
    const json = JSON.parse(f.text)
    change(json)
    return { path: f.path, text: JSON.stringify(json) }
  })
}

const messages = (files: DataFile[], onlyItems?: string[]) => validateData(files, { onlyItems: onlyItems && new Set(onlyItems) }).problems.map(formatProblem)

const HAMI = 'mock-data/hami/catalogue.json'
const GUIDE = 'mock-data/hami/guides/hm-013.json'

describe('the real catalogue', () => {
  test('is valid, complete and counted', () => {
    const { dataset, problems } = validateData(real)
    expect(problems).toEqual([])
    expect(dataset!.catalogues.map((c) => [c.region.id, c.items.length])).toEqual([
      ['bijie', 96],
      ['hami', 31],
    ])
    const actionable = dataset!.catalogues.flatMap((c) => c.items).filter((i) => i.kind !== 'disclosure' && !i.duplicateOf)
    expect(actionable).toHaveLength(80)
    expect(dataset!.guides.size).toBe(80)
    // Guides are optional in the data (a bureau imported from its table has none); the two seeds have every one.
    expect(guideCoverage(deriveCatalogueIndex(dataset!))).toEqual([
      { regionId: 'hami', withGuide: 26, actionable: 26 },
      { regionId: 'bijie', withGuide: 55, actionable: 55 },
    ])
    expect([...dataset!.guides.values()].every((g) => g.sample)).toBe(true)
    expect(dataset!.aliases.aliases.length).toBeGreaterThanOrEqual(50)
  })
})

describe('broken catalogues', () => {
  test('a missing name', () => {
    expect(messages(broken(HAMI, (c) => delete c.items[5].name))).toEqual([`${HAMI} [hm-006] name: is missing`])
  })

  test('a duplicate id', () => {
    expect(messages(broken(HAMI, (c) => (c.items[6].id = 'hm-006')))).toEqual([
      `${HAMI} [hm-006] id: carries the number 6 of another item of hami`,
      `${HAMI} [hm-006] id: is used twice (also in ${HAMI})`,
      'mock-data/hami/guides/hm-007.json [hm-007] itemId: is not an item of any catalogue',
      'mock-data/themes.json [hm-007] themes.0.topics.0.itemIds.1: is not an item of any catalogue',
    ])
  })

  test('a malformed phone number', () => {
    expect(messages(broken(HAMI, (c) => (c.hotlines[0].number = '0902-23216')))).toEqual([`${HAMI} hotlines.0.number: is not a well-formed phone number`])
  })

  test('an id without its region prefix', () => {
    expect(messages(broken(HAMI, (c) => (c.items[30].id = 'bj-931')))[0]).toBe(`${HAMI} [bj-931] id: should start with hm- (like hm-031) in hami`)
  })

  test("a well-formed phone number that is not in the region's source file", () => {
    expect(messages(broken(HAMI, (c) => (c.items[0].hotline = '0902-2321696')))).toEqual([
      `${HAMI} [hm-001] hotline: 0902-2321696 is not 12333 or 12345 and is not printed in mock-data/hami/source/`,
    ])
  })

  test('the national lines 12333 and 12345 are accepted anywhere', () => {
    expect(messages(broken(HAMI, (c) => (c.items[0].hotline = '12345')))).toEqual([])
    expect(messages(broken(HAMI, (c) => (c.items[0].hotline = '12333')))).toEqual([])
  })

  test('a number is accepted only in the region whose source prints it', () => {
    const BIJIE = 'mock-data/bijie/catalogue.json'
    expect(messages(broken(BIJIE, (c) => (c.items[0].hotline = '0902-2321695')))).toEqual([
      `${BIJIE} [bj-001] hotline: 0902-2321695 is not 12333 or 12345 and is not printed in mock-data/bijie/source/`,
    ])
    // Without its source file, even Hami's own number has nothing to stand on.
    const withoutSource = real.filter((f) => !f.path.startsWith('mock-data/hami/source/'))
    expect(messages(withoutSource)).toContain(`${HAMI} hotlines.0.number: 0902-2321695 is not 12333 or 12345 and is not printed in mock-data/hami/source/`)
  })

  test('an invented phone number inside guide text', () => {
    expect(
      messages(
        broken(GUIDE, (g) => (g.sections.fees.text = '咨询请拨 0902-1234567。')),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013]: contains the number 0902-1234567: 0902-1234567 is not 12333 or 12345 and is not printed in mock-data/hami/source/`])
  })

  test('an unknown category', () => {
    expect(messages(broken(HAMI, (c) => (c.items[5].category = '不存在的类别')))).toEqual([
      `${HAMI} [hm-006] category: "不存在的类别" is not one of the catalogue's categories`,
    ])
  })

  test('an unknown item kind', () => {
    expect(messages(broken(HAMI, (c) => (c.items[5].kind = 'news')))[0]).toBe(
      `${HAMI} [hm-006] kind: expected ("service" | "penalty" | "event" | "disclosure"), got "news"`,
    )
  })

  test('an unparseable time limit', () => {
    expect(
      messages(
        broken(GUIDE, (g) => (g.sections.timeLimit.promised.text = '二十来天')),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013] sections.timeLimit.promised: "二十来天" does not parse as a time limit (e.g. 20个工作日, 30日, 即时办结)`])
  })

  test('a time limit whose words and number disagree', () => {
    expect(
      messages(
        broken(GUIDE, (g) => (g.sections.timeLimit.promised.text = '15个工作日')),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013] sections.timeLimit.promised: "15个工作日" reads as 15workday, but the data says 20workday`])
  })

  test('a missing required section', () => {
    expect(
      messages(
        broken(GUIDE, (g) => delete g.sections.materials),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013] sections.materials: is required by 公开内容 (申请材料) but missing`])
  })

  test('a conditional material that does not say when', () => {
    expect(
      messages(
        broken(GUIDE, (g) => delete g.sections.materials.items[2].condition),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013] sections.materials.items.2: a conditional material must say when it is needed (condition)`])
  })

  test('a reference that does not resolve', () => {
    expect(
      messages(
        broken(GUIDE, (g) => (g.sections.location.venueId = 'nowhere')),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013] sections.location.venueId: "nowhere" is not a venue of hami`])
  })

  test('a legal basis claimed from the seed that the seed does not list', () => {
    expect(
      messages(
        broken(GUIDE, (g) => g.sections.legalBasis.items.push({ title: '《虚构条例》', fromSeed: true })),
        ['hm-013'],
      ),
    ).toEqual([`${GUIDE} [hm-013] sections.legalBasis.items.3: "《虚构条例》" is marked fromSeed but is not in the item's 公开依据`])
  })

  test('malformed opening hours', () => {
    expect(
      messages(
        broken(HAMI, (c) => {
          c.venues[0].hours.schedules[0].weekly[0].periods[1] = { start: '13:00', end: '12:00' }
        }),
      ),
    ).toEqual([
      `${HAMI} venues.0.hours.schedules.0.weekly.0.periods.1: starts at 13:00, not before its end 12:00`,
      `${HAMI} venues.0.hours.schedules.0.weekly.0.periods.1: overlaps or precedes the period before it`,
    ])
  })

  test('seasonal hours that leave a gap in the year', () => {
    expect(messages(broken(HAMI, (c) => (c.venues[1].hours.schedules[1].from = '10-02')))).toEqual([
      `${HAMI} venues.1.hours.schedules: 10-01 is covered by 0 schedules, expected exactly 1`,
    ])
  })

  test('a service without a guide is valid: the item shows its catalogue row only (guideId null)', () => {
    const files = real.filter((f) => f.path !== 'mock-data/hami/guides/hm-015.json')
    const { dataset, problems } = validateData(files)
    expect(problems).toEqual([])
    const hami = deriveCatalogueIndex(dataset!).regions.find((r) => r.id === 'hami')!
    expect(hami.items.find((i) => i.id === 'hm-015')!.guideId).toBeNull()
    expect(hami.items.find((i) => i.id === 'hm-013')!.guideId).toBe('hm-013')
    expect(guideCoverage(deriveCatalogueIndex(dataset!)).find((c) => c.regionId === 'hami')).toEqual({ regionId: 'hami', withGuide: 25, actionable: 26 })
  })

  test('a 一件事 step whose item has no guide yet', () => {
    const files = real.filter((f) => f.path !== GUIDE)
    expect(messages(files)).toEqual(
      expect.arrayContaining(['mock-data/hami/life-events.json [hm-013] events.0.steps.3.itemId: "创业补贴" has no 办事指南 yet (hami/guides/hm-013.json)']),
    )
  })

  test('a file that is not JSON', () => {
    const files = real.map((f) => (f.path === GUIDE ? { path: f.path, text: '{ "itemId": "hm-013", ' } : f))
    const problems = messages(files)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^mock-data\/hami\/guides\/hm-013\.json: is not valid JSON \(.+\)$/)
  })
})
