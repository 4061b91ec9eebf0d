/**
 * One combined materials checklist for a life event: a document that several steps need (身份证,
 * 社保卡, 银行卡 …) appears once, saying which steps use it, how many originals and copies in total,
 * and which steps need it only in some case.
 *
 * "The same document" across guides: materials have per-guide ids, so identity comes from the
 * region's shared-document vocabulary (mock-data/<region>/life-events.json `documents`); a material
 * not listed there is a document of its own. Ticks stay SHARED with the guides' own checklists: a
 * merged document stands for the set of (guideId, materialId) pairs it merges, stored in
 * rsbszn.checklists keyed by guide id.
 */
import { fromEntries } from '../collections'
import type { Material } from '../../../types/catalogue'
import type { MaterialRef, SharedDocument, StepNeed } from '../../../types/life-events'
import type { ChecklistEntry, Checklists } from '../storage/keys'

/** A step of an event with its guide's materials, as mergeMaterials needs it. */
export interface MergeStepInput {
  /** 0-based position of the step in the event. */
  stepIndex: number
  itemId: string
  /** The guide that holds the materials (the item's own, or the original's for a duplicated row). */
  guideId: string
  /** The item's name, for "用于：…". */
  itemName: string
  need: StepNeed
  /** When a conditional step is needed. */
  condition?: string
  materials: readonly Material[]
}

/** One material of one step, as part of a merged document. */
export interface MaterialUse extends MaterialRef {
  stepIndex: number
  itemId: string
  itemName: string
  /** The guide's own name of the material (may differ from the document's). */
  materialName: string
  form: Material['form']
  copies: number
  /** Originals this use needs shown or handed in. */
  originals: number
  /** Copies this use needs handed in (photocopies, or filled-in forms for form). */
  copyCount: number
  /** True when the use is needed only in some case: the material is conditional, or the step is. */
  conditional: boolean
  /** Why it is conditional: the material's condition and/or the step's condition. */
  when?: string
}

export interface MergedDocument {
  /** The shared document's key, or "<guideId>/<materialId>" for a material of its own. */
  key: string
  name: string
  uses: MaterialUse[]
  /** Every (guideId, materialId) pair the document ticks. */
  refs: MaterialRef[]
  /** Originals asked for over all uses (one per use, or the use's count); one card shown at each step counts each time. */
  originals: number
  /** Steps that need the original (shown or handed in). */
  originalSteps: number
  /** Photocopies in total over all uses. */
  copies: number
  /** Forms to fill in, over all uses. */
  forms: number
  /** Electronic materials (no paper). */
  electronic: number
  /** True when at least one use is needed in every case. */
  alwaysNeeded: boolean
  /** The uses needed only in some case. */
  conditionalUses: MaterialUse[]
}

export interface MergedChecklist {
  documents: MergedDocument[]
  /** Materials listed by the steps' guides, before merging. */
  materialCount: number
  /** Entries of the combined checklist, after merging. */
  documentCount: number
}

/** "bj-073/social-security-card" */
export function materialRefKey(guideId: string, materialId: string): string {
  return `${guideId}/${materialId}`
}

/** Shared-document key by material ref key. */
export type DocumentIndex = ReadonlyMap<string, SharedDocument>

export function buildDocumentIndex(documents: readonly SharedDocument[]): DocumentIndex {
  const index = new Map<string, SharedDocument>()
  for (const doc of documents) for (const ref of doc.materials) index.set(ref, doc)
  return index
}

/** The identity of a material as a document: its shared document's key, or its own ref key. */
export function documentKeyOf(guideId: string, materialId: string, index: DocumentIndex): string {
  return index.get(materialRefKey(guideId, materialId))?.key ?? materialRefKey(guideId, materialId)
}

function countsOf(m: Material): { originals: number; copyCount: number } {
  switch (m.form) {
    case 'original':
      return { originals: m.copies, copyCount: 0 }
    case 'copy':
      return { originals: 0, copyCount: m.copies }
    case 'original-and-copy':
      return { originals: 1, copyCount: m.copies }
    case 'form':
      return { originals: 0, copyCount: m.copies }
    case 'electronic':
      return { originals: 0, copyCount: 0 }
  }
}

/**
 * Merges the steps' materials into one checklist, documents in the order they are first needed.
 * The same material listed twice by one guide cannot happen (the validator rejects it), and a
 * document used twice by one step (two materials of one guide mapped to one document) counts both.
 */
export function mergeMaterials(steps: readonly MergeStepInput[], documents: readonly SharedDocument[]): MergedChecklist {
  const index = buildDocumentIndex(documents)
  const byKey = new Map<string, MergedDocument>()
  let materialCount = 0
  for (const step of steps) {
    for (const m of step.materials) {
      materialCount++
      const shared = index.get(materialRefKey(step.guideId, m.id))
      const key = shared?.key ?? materialRefKey(step.guideId, m.id)
      let doc = byKey.get(key)
      if (!doc) {
        doc = {
          key,
          name: shared?.name ?? m.name,
          uses: [],
          refs: [],
          originals: 0,
          originalSteps: 0,
          copies: 0,
          forms: 0,
          electronic: 0,
          alwaysNeeded: false,
          conditionalUses: [],
        }
        byKey.set(key, doc)
      }
      const conditional = !m.required || step.need === 'conditional'
      const whenParts = [step.need === 'conditional' ? step.condition : undefined, m.required ? undefined : m.condition].filter((x): x is string => Boolean(x))
      const { originals, copyCount } = countsOf(m)
      const use: MaterialUse = {
        guideId: step.guideId,
        materialId: m.id,
        stepIndex: step.stepIndex,
        itemId: step.itemId,
        itemName: step.itemName,
        materialName: m.name,
        form: m.form,
        copies: m.copies,
        originals,
        copyCount,
        conditional,
        ...(whenParts.length > 0 ? { when: whenParts.join('；') } : {}),
      }
      doc.uses.push(use)
      if (!doc.refs.some((r) => r.guideId === step.guideId && r.materialId === m.id)) doc.refs.push({ guideId: step.guideId, materialId: m.id })
      if (originals > 0 && !doc.uses.some((u) => u !== use && u.stepIndex === step.stepIndex && u.originals > 0)) doc.originalSteps++
      doc.originals += originals
      if (m.form === 'form') doc.forms += copyCount
      else doc.copies += copyCount
      if (m.form === 'electronic') doc.electronic++
      if (conditional) doc.conditionalUses.push(use)
      else doc.alwaysNeeded = true
    }
  }
  const merged = [...byKey.values()]
  return { documents: merged, materialCount, documentCount: merged.length }
}

// ---------------------------------------------------------------------------------------------
// Shared ticks
// ---------------------------------------------------------------------------------------------

export type TickState = 'ticked' | 'partial' | 'unticked'

function isTicked(checklists: Checklists, ref: MaterialRef): boolean {
  return checklists[ref.guideId]?.ticked.includes(ref.materialId) ?? false
}

/** A document is ticked when every material it stands for is ticked in its guide's checklist. */
export function tickStateOf(refs: readonly MaterialRef[], checklists: Checklists): TickState {
  const n = refs.filter((r) => isTicked(checklists, r)).length
  return n === 0 ? 'unticked' : n === refs.length ? 'ticked' : 'partial'
}

/** Tick state of every merged document, by key. */
export function ticksFor(merged: { documents: readonly { key: string; refs: readonly MaterialRef[] }[] }, checklists: Checklists): Record<string, TickState> {
  return fromEntries(merged.documents.map((d) => [d.key, tickStateOf(d.refs, checklists)] as const))
}

/** "已备 7/11": documents fully ticked out of all. Works on summaries (我的) and merged lists alike. */
export function mergedProgress(documents: readonly { refs: readonly MaterialRef[] }[], checklists: Checklists): { done: number; total: number } {
  return { done: documents.filter((d) => tickStateOf(d.refs, checklists) === 'ticked').length, total: documents.length }
}

/**
 * Ticks (or unticks) a merged document: every (guideId, materialId) pair it stands for, in the
 * guides' own checklist entries. Returns a new Checklists; entries it touches get `dataVersion` and
 * `now`, others are left as they are. A partial document becomes fully ticked when ticked.
 */
export function setDocumentTicked(
  checklists: Checklists,
  refs: readonly MaterialRef[],
  ticked: boolean,
  stamp: { dataVersion: string; now: number },
): Checklists {
  const next: Checklists = { ...checklists }
  for (const guideId of new Set(refs.map((r) => r.guideId))) {
    const ids = refs.filter((r) => r.guideId === guideId).map((r) => r.materialId)
    const before: ChecklistEntry | undefined = checklists[guideId]
    const current = before?.ticked ?? []
    const after = ticked ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((id) => !ids.includes(id))
    if (before && after.length === current.length && after.every((id, i) => id === current[i])) continue
    next[guideId] = { dataVersion: stamp.dataVersion, ticked: after, updatedAt: stamp.now }
  }
  return next
}

/** Flips a document: unticked or partial -> ticked, ticked -> unticked. */
export function toggleDocument(checklists: Checklists, refs: readonly MaterialRef[], stamp: { dataVersion: string; now: number }): Checklists {
  return setDocumentTicked(checklists, refs, tickStateOf(refs, checklists) !== 'ticked', stamp)
}

// ---------------------------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------------------------

/**
 * "原件（3个事项要用）、复印件共 2份" for one merged document. An original is one document shown at
 * several steps, so it is counted by step, not as several originals.
 */
export function describeMergedForm(doc: MergedDocument): string {
  const parts: string[] = []
  if (doc.originals > 0) {
    const steps = doc.originalSteps > 1 ? `${doc.originalSteps}个事项要用` : ''
    const extra = doc.originals > doc.originalSteps ? `共${doc.originals}份` : ''
    parts.push(`原件${steps || extra ? `（${[steps, extra].filter(Boolean).join('，')}）` : ''}`)
  }
  if (doc.copies > 0) parts.push(`复印件${doc.uses.filter((u) => u.form !== 'form' && u.copyCount > 0).length > 1 ? '共' : ''} ${doc.copies}份`)
  if (doc.forms > 0) parts.push(`填写表格${doc.uses.filter((u) => u.form === 'form').length > 1 ? '共' : ''} ${doc.forms}份`)
  if (doc.electronic > 0) parts.push('电子材料')
  return parts.join('、')
}

/** "第1步 失业保险金申领、第3步 停发失业金" */
export function describeUses(uses: readonly MaterialUse[]): string {
  const seen = new Set<number>()
  return uses
    .filter((u) => !seen.has(u.stepIndex) && seen.add(u.stepIndex))
    .map((u) => `第${u.stepIndex + 1}步 ${u.itemName}`)
    .join('、')
}

/** The text 复制清单 puts on the clipboard: what is still missing, with counts and cases. */
export function mergedListText(eventName: string, merged: MergedChecklist, checklists: Checklists): string {
  const missing = merged.documents.filter((d) => tickStateOf(d.refs, checklists) !== 'ticked')
  if (missing.length === 0) return `【${eventName}】材料已全部备齐（共${merged.documentCount}项）。`
  const lines = missing.map((d, i) => {
    const onlySome =
      d.conditionalUses.length > 0
        ? `；仅部分情况需要：${d.conditionalUses.map((u) => `第${u.stepIndex + 1}步${u.when ? `（${u.when}）` : ''}`).join('、')}`
        : ''
    return `${i + 1}. ${d.name}：${describeMergedForm(d)}（用于${describeUses(d.uses)}${onlySome}）${d.alwaysNeeded ? '' : '【按情况提供】'}`
  })
  return [`【${eventName}】还缺 ${missing.length} 项材料（示例内容，以窗口告知为准）：`, ...lines].join('\n')
}
