/**
 * A citizen's materials checklist for one guide: which materials are ticked, the progress, and the
 * plain-text list of what is still missing, for pasting into a chat.
 */
import type { Material } from '../../../types/catalogue'
import type { ChecklistEntry } from '../storage/keys'

export interface ChecklistProgress {
  done: number
  total: number
}

/**
 * Ticks that still name a material of the guide. Materials removed in a newer data version drop out;
 * new materials start unticked.
 */
export function reconcileTicks(entry: ChecklistEntry | undefined, materials: readonly Material[]): string[] {
  if (!entry) return []
  const ids = new Set(materials.map((m) => m.id))
  return entry.ticked.filter((id, i) => ids.has(id) && entry.ticked.indexOf(id) === i)
}

/** Progress from material ids alone (lists in 我的, where guides are not loaded). */
export function progressOfIds(entry: ChecklistEntry | undefined, materialIds: readonly string[]): ChecklistProgress {
  const ticked = new Set(entry?.ticked ?? [])
  return { done: materialIds.filter((id) => ticked.has(id)).length, total: materialIds.length }
}

export function progress(ticked: readonly string[], materials: readonly Material[]): ChecklistProgress {
  const set = new Set(ticked)
  return { done: materials.filter((m) => set.has(m.id)).length, total: materials.length }
}

export function toggleTick(ticked: readonly string[], materialId: string): string[] {
  return ticked.includes(materialId) ? ticked.filter((id) => id !== materialId) : [...ticked, materialId]
}

const FORM_LABELS: Record<Material['form'], string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件和复印件',
  electronic: '电子材料',
  form: '填写表格',
}

/** "原件和复印件 1份" */
export function describeForm(material: Material): string {
  return `${FORM_LABELS[material.form]} ${material.copies}份`
}

/** The text "复制清单" puts on the clipboard. */
export function missingListText(itemName: string, materials: readonly Material[], ticked: readonly string[]): string {
  const set = new Set(ticked)
  const missing = materials.filter((m) => !set.has(m.id))
  if (missing.length === 0) return `【${itemName}】材料已全部备齐（共${materials.length}项）。`
  const lines = missing.map((m, i) => {
    const when = m.required ? '' : `（${m.condition ?? '按情况提供'}）`
    return `${i + 1}. ${m.name}：${describeForm(m)}${when}`
  })
  return [`【${itemName}】还缺 ${missing.length} 项材料：`, ...lines].join('\n')
}
