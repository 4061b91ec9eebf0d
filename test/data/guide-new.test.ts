/**
 * npm run guide:new: a skeleton with exactly the sections an item's 公开内容 requires (plus contact and
 * timeLimit, which every guide has), sample like every guide; validation lists what is still empty,
 * per guide, and takes the guide once every "" is written. Nothing is overwritten or invented.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { guideSkeleton, skeletonSections, stillEmpty } from '../../scripts/data/guide-skeleton'
import { ROOT, loadDataFiles } from '../../scripts/data/load'
import { formatProblem, validateData, type DataFile } from '../../scripts/data/validate'
import { writeGuideSkeleton } from '../../scripts/guide-new'
import { ALWAYS_REQUIRED, CONTENT_SECTIONS } from '../../src/domain/catalogue/guide-sections'
import { realDataset } from '../helpers/dataset'

const catalogue = (region: string) => realDataset().catalogues.find((c) => c.region.id === region)!
const item = (id: string) =>
  realDataset()
    .catalogues.flatMap((c) => c.items)
    .find((i) => i.id === id)!

describe('the skeleton', () => {
  test("has exactly the sections the item's 公开内容 asks for, in its order, then contact and timeLimit", () => {
    // hm-013: 适用范围 办理方式 设立依据 受理条件 申办材料 办理流程 办理时限 收费依据及标准 办理地址和时间 咨询方式 监督投诉渠道
    const skeleton = guideSkeleton(item('hm-013'), catalogue('hami')) as { sections: Record<string, unknown> }
    expect(Object.keys(skeleton.sections)).toEqual([
      'audience',
      'handlingMethod',
      'legalBasis',
      'conditions',
      'materials',
      'flow',
      'timeLimit',
      'fees',
      'location',
      'contact',
    ])
    // bj-073's 基本信息 asks for basicInfo, timeLimit and location together.
    expect(skeletonSections(item('bj-073'))).toEqual(expect.arrayContaining(['basicInfo', 'timeLimit', 'location', 'contact']))
  })

  test.each(realDataset().catalogues.flatMap((c) => c.items.filter((i) => i.kind !== 'disclosure' && !i.duplicateOf).map((i) => [i.id, c.region.id] as const)))(
    '%s: the same section keys as its written guide is required to have',
    (id, region) => {
      const expected = new Set([...item(id).contents.flatMap((c) => CONTENT_SECTIONS[c] ?? []), ...ALWAYS_REQUIRED])
      const skeleton = guideSkeleton(item(id), catalogue(region)) as { sections: Record<string, unknown>; sample: boolean }
      expect(new Set(Object.keys(skeleton.sections))).toEqual(expected)
      expect(skeleton.sample).toBe(true)
    },
  )

  test('is sample content, invents nothing: every value is "" except the region\'s own default hotline', () => {
    const skeleton = guideSkeleton(item('hm-013'), catalogue('hami')) as Record<string, unknown>
    expect(skeleton.sample).toBe(true)
    expect(skeleton.sampleFields).toBeUndefined()
    const filled = JSON.stringify(skeleton, (_k, v) => (v === '' ? undefined : v))
    expect(JSON.parse(filled)).toEqual({
      itemId: 'hm-013',
      applicants: [null],
      sample: true,
      sections: {
        audience: {},
        handlingMethod: { modes: [null] },
        legalBasis: { items: [{}] },
        conditions: { items: [null] },
        materials: { items: [{}] },
        flow: { steps: [{}] },
        timeLimit: { statutory: {}, promised: null },
        fees: {},
        location: {},
        contact: { consult: ['hami-bureau'], complaint: ['hami-bureau'] },
      },
    })
  })

  test('a penalty disclosed names no applicant', () => {
    const penalty = realDataset()
      .catalogues.flatMap((c) => c.items)
      .find((i) => i.kind === 'penalty')!
    const region = realDataset().catalogues.find((c) => c.items.includes(penalty))!
    expect(guideSkeleton(penalty, region)).not.toHaveProperty('applicants')
  })
})

describe('validation of a guide being written', () => {
  const real = loadDataFiles()
  const FILE = 'mock-data/hami/guides/hm-013.json'
  const withGuide = (guide: unknown): DataFile[] => real.map((f) => (f.path === FILE ? { path: f.path, text: JSON.stringify(guide) } : f))
  const messages = (files: DataFile[]) => validateData(files).problems.map(formatProblem)

  test('a fresh skeleton: one line for the guide, listing what is still empty by section', () => {
    expect(messages(withGuide(guideSkeleton(item('hm-013'), catalogue('hami'))))).toEqual([
      `${FILE} [hm-013]: is not finished; still empty: summary; applicants.0; 服务对象 audience: text; 办理方式 handlingMethod: modes.0, text; ` +
        '设定依据 legalBasis: items.0.title, items.0.fromSeed; 受理条件 conditions: items.0; ' +
        '申请材料 materials: items.0.id, items.0.name, items.0.form, items.0.copies, items.0.required, items.0.source; ' +
        '办理流程 flow: steps.0.title, steps.0.detail; 办理时限 timeLimit: statutory.value, statutory.unit, statutory.text; ' +
        '收费标准 fees: free, text; 办理地点和时间 location: venueId, window',
    ])
  })

  test('filled in from the written guide except one field: only that field is listed', () => {
    const written = JSON.parse(readFileSync(path.join(ROOT, FILE), 'utf8'))
    const draft = structuredClone(written)
    draft.sections.flow.steps[1].detail = ''
    expect(messages(withGuide(draft))).toEqual([`${FILE} [hm-013]: is not finished; still empty: 办理流程 flow: steps.1.detail`])
    expect(stillEmpty(written)).toEqual([])
    expect(messages(withGuide(written))).toEqual([])
  })
})

describe('npm run guide:new', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'guide-new-'))
    cpSync(path.join(ROOT, 'mock-data'), root, { recursive: true })
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  test("writes the skeleton where the item's region keeps its guides, and validation then lists it", () => {
    rmSync(path.join(root, 'hami/guides/hm-013.json'))
    const result = writeGuideSkeleton(root, 'hm-013')
    expect(result).toEqual({ ok: true, file: path.join(root, 'hami/guides/hm-013.json'), sections: skeletonSections(item('hm-013')) })
    const written = JSON.parse(readFileSync(path.join(root, 'hami/guides/hm-013.json'), 'utf8'))
    expect(written).toEqual(guideSkeleton(item('hm-013'), catalogue('hami')))
    const problems = validateData(loadDataFiles(root)).problems
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toMatch(/^is not finished; still empty: summary; /)
  })

  test.each([
    [undefined, /^usage: npm run guide:new -- <item id>/],
    ['hm-999', /^hm-999 is not an item of any catalogue in /],
    ['hm-001', /^hm-001 \(机构职能\) is a 公开目录 entry: it has no service guide$/],
    ['bj-055', /^bj-055 repeats bj-046 in the source and shares its guide: write bj-046 instead$/],
    ['hm-013', /hami\/guides\/hm-013\.json already exists; nothing written$/],
  ])('refuses %s with one line, and writes nothing', (id, message) => {
    const before = readFileSync(path.join(root, 'hami/guides/hm-013.json'), 'utf8')
    const result = writeGuideSkeleton(root, id)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(message)
    expect(readFileSync(path.join(root, 'hami/guides/hm-013.json'), 'utf8')).toBe(before)
    expect(existsSync(path.join(root, 'hami/guides/hm-999.json'))).toBe(false)
    expect(existsSync(path.join(root, 'hami/guides/hm-001.json'))).toBe(false)
    expect(existsSync(path.join(root, 'bijie/guides/bj-055.json'))).toBe(false)
  })
})
