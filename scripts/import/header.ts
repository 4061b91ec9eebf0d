/**
 * Columns recognised by what their header says, not by where they stand. Bureaus word the same
 * column differently (一级事项 / 事项类别, 公开主体 / 信息保障单位 …) and split some under a
 * two-row header (公开对象: 全社会 | 特定群体). The header is found by its labels wherever it is
 * in the table; anything above it is a title, anything that repeats it later is a page break.
 */
import type { Cell, Table } from './types'

export type Field =
  | 'seq'
  | 'category'
  | 'name'
  | 'subname'
  | 'contents'
  | 'legalBases'
  | 'unit'
  | 'publicationLimit'
  | 'webColumn'
  | 'channels'
  | 'audience'
  | 'audiencePublic'
  | 'audienceGroup'
  | 'method'
  | 'methodActive'
  | 'methodOnRequest'
  | 'attribute'
  | 'levels'
  | 'level'
  | 'hotline'
  | 'complaintHotline'

export interface Column {
  index: number
  field: Field
  /** The header as printed (both rows joined by "/"), whitespace removed. */
  label: string
  /** The lower header row's words, e.g. 特定群众, 依申请公开, 镇街级. */
  sub: string
}

export interface Header {
  /** Index of the (first) header row, and how many rows it spans. */
  row: number
  height: number
  columns: Column[]
  /** Header rows' texts, to recognise the header repeated on later pages. */
  signature: string
}

const squash = (s: string) => s.replace(/[\s\u3000\uf020]+/g, '')

/** Top-row labels, in the order they are tried (咨询及监督举报电话 is a consultation line first). */
const TOP: [Field, RegExp][] = [
  ['seq', /^(序号|编号|序列号?)$/],
  ['category', /一级事项|一级目录|事项类别|事项分类|^类别$/],
  ['subname', /三级事项|三级目录/],
  ['name', /二级事项|二级目录|事项名称|子项名称/],
  ['contents', /公开内容|公开要素/],
  ['webColumn', /公开栏目/],
  ['legalBases', /公开依据|^依据$/],
  ['unit', /公开主体|信息保障单位|责任单位|责任主体|公开单位|保障单位/],
  ['publicationLimit', /公开时限|信息更新时间|更新时限|更新时间|^时限$/],
  ['channels', /公开渠道|公开载体/],
  ['audience', /公开对象/],
  ['method', /公开方式/],
  ['attribute', /公开属性/],
  ['levels', /公开层级|^层级$/],
  ['hotline', /咨询.*电话|联系电话|服务电话/],
  ['complaintHotline', /监督.*电话|举报电话|投诉电话/],
]

/** Words standing alone (one-row headers, or the lower row of a two-row header). */
const SUB: [Field, RegExp][] = [
  ['category', /^(一级事项|事项类别|一级目录)$/],
  ['name', /^(二级事项|事项名称|二级目录)$/],
  ['subname', /^(三级事项|三级目录)$/],
  ['audiencePublic', /^全社会$/],
  ['audienceGroup', /^特定(群体|群众|对象|人群)$/],
  ['methodActive', /^主动(公开)?$/],
  ['methodOnRequest', /^依申请(公开)?$/],
  ['level', /^(省|市|县|区|乡|镇|村|街道|镇街|乡、?村|县区|市县)级?$/],
]

function subField(top: Field | null, sub: string): Field | null {
  for (const [field, re] of SUB) {
    if (!re.test(sub)) continue
    if (field === 'level' && top !== 'levels') continue
    return field
  }
  return null
}

function topField(label: string): Field | null {
  for (const [field, re] of TOP) if (re.test(label)) return field
  if (/^公开事项$/.test(label)) return 'name'
  return null
}

/** The text a header cell shows: a covered cell shows its merged cell's text. */
function shown(table: Table, r: number, c: number): string {
  const cell: Cell | undefined = table.rows[r]?.[c]
  if (!cell) return ''
  if (cell.mergedFrom) return squash(table.rows[cell.mergedFrom.row]?.[cell.mergedFrom.col]?.text ?? '')
  return squash(cell.text)
}

function recognised(table: Table, r: number): number {
  const row = table.rows[r]
  let n = 0
  for (let c = 0; c < row.length; c++) {
    const t = shown(table, r, c)
    if (t && topField(t)) n++
  }
  return n
}

/** The catalogue header of a table, or null when the table has none (a 索引号 box, a notes sheet). */
export function findHeader(table: Table): Header | null {
  const limit = Math.min(table.rows.length, 30)
  for (let r = 0; r < limit; r++) {
    if (recognised(table, r) < 3) continue
    const width = table.rows[r].length
    const top: string[] = []
    for (let c = 0; c < width; c++) top.push(shown(table, r, c))
    // A colspan in text forms leaves the cells to its right empty: they belong to the label on their left.
    const next = table.rows[r + 1] ?? []
    const nextTexts = next.map((_, c) => shown(table, r + 1, c))
    // A lower header row names parts of group columns (公开对象: 全社会 | 特定群体); under a column whose
    // label spans both rows it is empty or repeats the label. A data row fails that.
    const GROUP = /^(公开事项|公开对象|公开方式|公开层级|公开属性)$/
    const hasSubRow =
      nextTexts.some((t, c) => t && subField(topField(top[c] || ''), t)) &&
      nextTexts.every((t, c) => !t || !top[c] || t === top[c] || GROUP.test(top[c])) &&
      !/^\d+$/.test(nextTexts[0] ?? '')
    const labels: { top: string; sub: string }[] = []
    for (let c = 0; c < width; c++) {
      let t = top[c]
      if (!t && hasSubRow && nextTexts[c]) {
        for (let k = c - 1; k >= 0; k--)
          if (top[k]) {
            t = top[k]
            break
          }
      }
      labels.push({ top: t, sub: hasSubRow && nextTexts[c] !== t ? (nextTexts[c] ?? '') : '' })
    }
    const columns: Column[] = []
    labels.forEach(({ top: t, sub }, index) => {
      const tf = t ? topField(t) : null
      const sf = sub ? subField(tf, sub) : null
      let field: Field | null = sf ?? tf
      // 公开方式 split into 全文发布 / 摘要发布 …: the words are the method's scope, not a method.
      if (!sf && tf === 'method' && sub) field = 'method'
      if (!field) return
      columns.push({ index, field, label: [t, sub].filter(Boolean).join('/'), sub })
    })
    const has = (f: Field) => columns.some((c) => c.field === f)
    if (!has('contents') || !(has('name') || has('category'))) continue
    const height = hasSubRow ? 2 : 1
    const signature = Array.from({ length: height }, (_, k) => table.rows[r + k].map((c) => squash(c.text)).join('|')).join('||')
    return { row: r, height, columns, signature }
  }
  return null
}

/** True when row r repeats the header (a PDF or Word table reprints it on every page). */
export function isHeaderRepeat(table: Table, header: Header, r: number): boolean {
  const first = table.rows[r].map((c) => squash(c.text))
  const headerFirst = table.rows[header.row].map((c) => squash(c.text))
  const same = first.filter((t, i) => t && t === headerFirst[i]).length
  return same >= 3 && same >= headerFirst.filter(Boolean).length - 1
}

/** The header's lower row repeated (follows a repeated upper row). */
export function isSubHeaderRepeat(table: Table, header: Header, r: number): boolean {
  if (header.height < 2) return false
  const row = table.rows[r].map((c) => squash(c.text))
  const sub = table.rows[header.row + 1].map((c) => squash(c.text))
  const same = row.filter((t, i) => t && t === sub[i]).length
  return same >= 2 && same >= sub.filter(Boolean).length - 1
}
