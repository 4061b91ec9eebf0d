/**
 * The combined materials checklist of a life event: the identity of "the same document" across
 * guides, the counts of originals and copies, conditional flags, and ticks shared with the guides'
 * own checklists (rsbszn.checklists, keyed by guide id).
 */
import type { Material } from '../../types/catalogue'
import type { SharedDocument } from '../../types/life-events'
import { deriveCatalogueIndex } from '../../scripts/data/build'
import { loadDataFiles } from '../../scripts/data/load'
import { validateData } from '../../scripts/data/validate'
import { progress, reconcileTicks, toggleTick } from '../../src/domain/checklist'
import {
  describeMergedForm,
  describeUses,
  documentKeyOf,
  buildDocumentIndex,
  mergeMaterials,
  mergeStepsOf,
  mergedListText,
  mergedProgress,
  setDocumentTicked,
  tickStateOf,
  ticksFor,
  toggleDocument,
  type MergeStepInput,
} from '../../src/domain/life-events'
import type { Checklists } from '../../src/domain/storage/keys'

const mat = (id: string, name: string, form: Material['form'], copies = 1, condition?: string): Material => ({
  id,
  name,
  form,
  copies,
  required: condition === undefined,
  ...(condition ? { condition } : {}),
  source: '申请人自备',
})

// Three guides that name the ID card differently (id-card / social-security-card / applicant-id).
const steps: MergeStepInput[] = [
  {
    stepIndex: 0,
    itemId: 'xx-001',
    guideId: 'xx-001',
    itemName: '甲事项',
    need: 'always',
    materials: [
      mat('social-security-card', '社会保障卡或居民身份证', 'original'),
      mat('bank-card', '本人银行卡', 'copy', 1, '社保卡未激活金融功能时'),
      mat('form-a', '甲申请表', 'form'),
    ],
  },
  {
    stepIndex: 1,
    itemId: 'xx-002',
    guideId: 'xx-002',
    itemName: '乙事项',
    need: 'always',
    materials: [mat('id-card', '本人居民身份证', 'original-and-copy', 2), mat('application-form', '乙申请表', 'form')],
  },
  {
    stepIndex: 2,
    itemId: 'xx-003',
    guideId: 'xx-001', // a duplicated row shows the original's guide: ticks are the guide's
    itemName: '丙事项',
    need: 'conditional',
    condition: '重新就业时',
    materials: [],
  },
  {
    stepIndex: 3,
    itemId: 'xx-004',
    guideId: 'xx-004',
    itemName: '丁事项',
    need: 'conditional',
    condition: '委托他人时',
    materials: [mat('applicant-id', '申请人居民身份证', 'copy', 1), mat('application-form', '丁申请表', 'form')],
  },
]
const documents: SharedDocument[] = [
  { key: 'id-card', name: '本人居民身份证', materials: ['xx-001/social-security-card', 'xx-002/id-card', 'xx-004/applicant-id'] },
]
const stamp = { dataVersion: '2026.11.1', now: 1_000 }

describe('the same document across guides', () => {
  test('materials with different ids in different guides are one document when the vocabulary says so', () => {
    const index = buildDocumentIndex(documents)
    expect(documentKeyOf('xx-001', 'social-security-card', index)).toBe('id-card')
    expect(documentKeyOf('xx-002', 'id-card', index)).toBe('id-card')
    expect(documentKeyOf('xx-004', 'applicant-id', index)).toBe('id-card')
    // Same material id in two guides, not in the vocabulary: two different forms, kept apart.
    expect(documentKeyOf('xx-002', 'application-form', index)).toBe('xx-002/application-form')
    expect(documentKeyOf('xx-004', 'application-form', index)).toBe('xx-004/application-form')
  })

  test('the merged checklist lists a shared document once, in the order first needed, with the steps that use it', () => {
    const merged = mergeMaterials(steps, documents)
    expect(merged.materialCount).toBe(7)
    expect(merged.documentCount).toBe(5)
    expect(merged.documents.map((d) => d.key)).toEqual(['id-card', 'xx-001/bank-card', 'xx-001/form-a', 'xx-002/application-form', 'xx-004/application-form'])
    const id = merged.documents[0]
    expect(id.name).toBe('本人居民身份证')
    expect(id.uses.map((u) => [u.itemId, u.materialName])).toEqual([
      ['xx-001', '社会保障卡或居民身份证'],
      ['xx-002', '本人居民身份证'],
      ['xx-004', '申请人居民身份证'],
    ])
    expect(id.refs).toEqual([
      { guideId: 'xx-001', materialId: 'social-security-card' },
      { guideId: 'xx-002', materialId: 'id-card' },
      { guideId: 'xx-004', materialId: 'applicant-id' },
    ])
    expect(describeUses(id.uses)).toBe('第1步 甲事项、第2步 乙事项、第4步 丁事项')
  })

  test('without the vocabulary nothing is merged', () => {
    const merged = mergeMaterials(steps, [])
    expect([merged.materialCount, merged.documentCount]).toEqual([7, 7])
  })
})

describe('counts of originals and copies', () => {
  test('originals are counted per step that needs them; copies and forms are summed', () => {
    const id = mergeMaterials(steps, documents).documents[0]
    // original x1 (step 1) + original-and-copy x2 (step 2: 1 original, 2 copies) + copy x1 (step 4)
    expect([id.originals, id.originalSteps, id.copies, id.forms]).toEqual([2, 2, 3, 0])
    expect(describeMergedForm(id)).toBe('原件（2个事项要用）、复印件共 3份')
    const form = mergeMaterials(steps, documents).documents[2]
    expect([form.originals, form.copies, form.forms]).toEqual([0, 0, 1])
    expect(describeMergedForm(form)).toBe('填写表格 1份')
  })

  test('several originals asked by one step are said as a total', () => {
    const merged = mergeMaterials([{ ...steps[0], materials: [mat('photo', '照片', 'original', 3)] }], [])
    expect(describeMergedForm(merged.documents[0])).toBe('原件（共3份）')
  })
})

describe('conditional flags', () => {
  test('a document is always needed when one use is; the uses needed only in some case say when', () => {
    const merged = mergeMaterials(steps, documents)
    const id = merged.documents[0]
    expect(id.alwaysNeeded).toBe(true)
    expect(id.conditionalUses.map((u) => [u.itemId, u.when])).toEqual([['xx-004', '委托他人时']])
    const bank = merged.documents[1]
    expect(bank.alwaysNeeded).toBe(false)
    expect(bank.conditionalUses.map((u) => u.when)).toEqual(['社保卡未激活金融功能时'])
    const lastForm = merged.documents[4]
    expect(lastForm.alwaysNeeded).toBe(false)
    expect(lastForm.uses[0].conditional).toBe(true)
  })

  test('a conditional material of a conditional step says both cases', () => {
    const merged = mergeMaterials([{ ...steps[3], materials: [mat('poa', '授权委托书', 'original', 1, '本人不能到场时')] }], [])
    expect(merged.documents[0].uses[0].when).toBe('委托他人时；本人不能到场时')
  })
})

describe('ticks shared with the guides’ checklists', () => {
  // Computed in each test, not once in the describe body: mutation testing switches a mutant on per test.
  let merged: ReturnType<typeof mergeMaterials>
  let id: ReturnType<typeof mergeMaterials>['documents'][number]
  beforeEach(() => {
    merged = mergeMaterials(steps, documents)
    id = merged.documents[0]
  })

  test('ticking a merged document ticks every material it stands for, in each guide’s own entry', () => {
    const before: Checklists = { 'xx-002': { dataVersion: '2026.11.1', ticked: ['application-form'], updatedAt: 5 } }
    const after = setDocumentTicked(before, id.refs, true, stamp)
    expect(after['xx-001'].ticked).toEqual(['social-security-card'])
    expect(after['xx-002'].ticked).toEqual(['application-form', 'id-card'])
    expect(after['xx-004']).toEqual({ dataVersion: '2026.11.1', ticked: ['applicant-id'], updatedAt: 1_000 })
    expect(tickStateOf(id.refs, after)).toBe('ticked')
    expect(before['xx-002'].ticked).toEqual(['application-form']) // not mutated
  })

  test('a tick on a guide’s own checklist shows on the event as partial, and the guide sees the event’s tick', () => {
    const fromGuide: Checklists = { 'xx-002': { dataVersion: '2026.11.1', ticked: toggleTick([], 'id-card'), updatedAt: 5 } }
    expect(ticksFor(merged, fromGuide)).toEqual({
      'id-card': 'partial',
      'xx-001/bank-card': 'unticked',
      'xx-001/form-a': 'unticked',
      'xx-002/application-form': 'unticked',
      'xx-004/application-form': 'unticked',
    })
    const fromEvent = toggleDocument(fromGuide, id.refs, stamp) // partial -> ticked
    const guideMaterials = steps[0].materials
    expect(reconcileTicks(fromEvent['xx-001'], guideMaterials)).toEqual(['social-security-card'])
    expect(progress(reconcileTicks(fromEvent['xx-001'], guideMaterials), guideMaterials)).toEqual({ done: 1, total: 3 })
  })

  test('unticking removes only the document’s materials and keeps other ticks', () => {
    const ticked = setDocumentTicked({}, id.refs, true, stamp)
    const withForm = setDocumentTicked(ticked, merged.documents[3].refs, true, stamp)
    const unticked = toggleDocument(withForm, id.refs, { ...stamp, now: 2_000 })
    expect(unticked['xx-002'].ticked).toEqual(['application-form'])
    expect(unticked['xx-001']).toEqual({ dataVersion: '2026.11.1', ticked: [], updatedAt: 2_000 })
    expect(tickStateOf(id.refs, unticked)).toBe('unticked')
  })

  test('progress counts fully ticked documents, and the copied list names what is missing', () => {
    const ticked = setDocumentTicked({}, id.refs, true, stamp)
    expect(mergedProgress(merged.documents, ticked)).toEqual({ done: 1, total: 5 })
    const text = mergedListText('测试', merged, ticked)
    expect(text.split('\n')[0]).toBe('【测试】还缺 4 项材料（示例内容，以窗口告知为准）：')
    expect(text).toContain('1. 本人银行卡：复印件 1份（用于第1步 甲事项；仅部分情况需要：第1步（社保卡未激活金融功能时））【按情况提供】')
    const all = merged.documents.reduce((c, d) => setDocumentTicked(c, d.refs, true, stamp), {} as Checklists)
    expect(mergedListText('测试', merged, all)).toBe('【测试】材料已全部备齐（共5项）。')
  })
})

describe('the real events', () => {
  const { dataset } = validateData(loadDataFiles())
  const index = deriveCatalogueIndex(dataset!)

  test('失业了 (Bijie): the ID card that four guides name differently is one entry; 17 materials become 12', () => {
    const region = index.regions.find((r) => r.id === 'bijie')!
    const file = dataset!.lifeEvents.get('bijie')!
    const event = file.events.find((e) => e.id === 'shiye')!
    const ctx = { items: Object.fromEntries(region.items.map((i) => [i.id, i])), guides: Object.fromEntries(dataset!.guides), venues: region.venues }
    const merged = mergeMaterials(mergeStepsOf(event, ctx), file.documents)
    expect([merged.materialCount, merged.documentCount]).toEqual([17, 12])
    const id = merged.documents.find((d) => d.key === 'own-id-card')!
    expect(id.uses.map((u) => `${u.itemId}/${u.materialId}`)).toEqual([
      'bj-073/social-security-card',
      'bj-092/id-card',
      'bj-082/social-security-card',
      'bj-077/social-security-card',
    ])
    expect(id.alwaysNeeded).toBe(true)
    expect(id.conditionalUses.map((u) => u.itemId)).toEqual(['bj-092', 'bj-082', 'bj-077']) // all three steps are conditional (bj-082 is a lookup)
    // The summary on the main package carries the same documents, so 我的 shows the same progress.
    expect(region.lifeEvents.find((e) => e.id === 'shiye')!.documents).toEqual(merged.documents.map((d) => ({ key: d.key, refs: d.refs })))
  })
})
