/**
 * From a table and its header to data rows with one text per field: repeated headers and page
 * titles dropped, merged cells carried into the rows they cover, cells split by a page break
 * joined, swapped columns put back. Every repair is recorded against the row it touched.
 */
import type { SourceNote } from '../../types/catalogue'
import { halfWidth } from './cells'
import { type Column, type Field, type Header, isHeaderRepeat, isSubHeaderRepeat } from './header'
import type { Table } from './types'

export interface FieldText {
  text: string
  column: Column
}

export interface DataRow {
  /** 序号 as printed, or null when the row has none. */
  seq: number | null
  where: string
  page: number
  /** Column texts by column index. */
  cells: Map<number, string>
  notes: SourceNote[]
}

export interface RowsResult {
  rows: DataRow[]
  /** Rows skipped that were not repeated headers: footnotes, notes, blank separators with text. */
  ignored: { where: string; text: string }[]
  repeatedHeaders: number
}

const squash = (s: string) => s.replace(/[\s\u3000\uf020]+/g, '')

/** Fields whose empty cell means "same as the merged cell it belongs to" in forms that lost the merge. */
const CARRIED: Field[] = ['category', 'name', 'legalBases', 'unit', 'publicationLimit', 'webColumn']

const FIELD_WORD: Partial<Record<Field, string>> = {
  category: '事项类别',
  name: '事项名称',
  subname: '三级事项',
  legalBases: '公开依据',
  unit: '公开主体',
  publicationLimit: '公开时限',
  webColumn: '网站公开栏目',
  contents: '公开内容',
  channels: '公开渠道',
}

const NOTE_FIELD: Partial<Record<Field, SourceNote['field']>> = {
  category: 'category',
  name: 'name',
  subname: 'name',
  legalBases: 'legalBases',
  unit: 'unit',
  publicationLimit: 'publicationLimit',
  webColumn: 'row',
  contents: 'contents',
  channels: 'channels',
}

const rowLabel = (row: DataRow) => (row.seq !== null ? `第${row.seq}行` : row.where)

export function dataRows(table: Table, header: Header): RowsResult {
  const rows: DataRow[] = []
  const ignored: RowsResult['ignored'] = []
  const byTableRow = new Map<number, DataRow>()
  const seqCol = header.columns.find((c) => c.field === 'seq')
  const contentCols = header.columns.filter((c) => ['contents', 'name', 'category', 'subname'].includes(c.field))
  let page = 0
  let repeatedHeaders = 0
  const title = table.title ? squash(table.title) : ''
  for (let r = header.row + header.height; r < table.rows.length; r++) {
    const cells = table.rows[r]
    const texts = cells.map((c) => c.text)
    const nonEmpty = texts.map(squash).filter(Boolean)
    if (nonEmpty.length === 0) continue
    if (isHeaderRepeat(table, header, r)) {
      page++
      repeatedHeaders++
      if (isSubHeaderRepeat(table, header, r + 1)) r++
      continue
    }
    if (isSubHeaderRepeat(table, header, r)) continue
    // 序号 as "12", "12.", "１２" all read as 12.
    const seqText = seqCol ? halfWidth(squash(texts[seqCol.index] ?? '')).replace(/[.、．]$/, '') : ''
    const seq = /^\d+$/.test(seqText) ? Number(seqText) : null
    const distinct = new Set(nonEmpty)
    // A title reprinted on each page, a footnote or a 注: line spanning the table: not a catalogue row.
    if (seq === null && (distinct.size === 1 || (title && distinct.has(title)) || /^(注|备注|说明)[:：]?/.test(nonEmpty[0]))) {
      if (!(title && distinct.has(title))) ignored.push({ where: table.where[r], text: [...distinct].join(' ').slice(0, 80) })
      continue
    }
    if (seq === null && !contentCols.some((c) => squash(texts[c.index] ?? ''))) {
      ignored.push({ where: table.where[r], text: [...distinct].join(' ').slice(0, 80) })
      continue
    }
    const row: DataRow = { seq, where: table.where[r], page, cells: new Map(), notes: [...(table.rowNotes?.[r] ?? [])] }
    byTableRow.set(r, row)
    for (const col of header.columns) {
      const cell = cells[col.index]
      if (!cell) continue
      if (cell.mergedFrom) {
        const origin = table.rows[cell.mergedFrom.row]?.[cell.mergedFrom.col]
        const from = byTableRow.get(cell.mergedFrom.row)
        if (origin && squash(origin.text) && from) {
          row.cells.set(col.index, origin.text)
          addMergeNote(row, col, from)
        }
      } else {
        row.cells.set(col.index, cell.text)
      }
    }
    rows.push(row)
  }
  fillEmptyCarried(rows, header)
  joinPageBreaks(rows, header)
  unswap(rows, header)
  return { rows, ignored, repeatedHeaders }
}

function addMergeNote(row: DataRow, col: Column, from: DataRow): void {
  const word = FIELD_WORD[col.field] ?? col.label
  row.notes.push({ kind: 'merged-cell', field: NOTE_FIELD[col.field] ?? 'row', text: `源表此格为合并单元格，${word}取自${rowLabel(from)}。` })
}

const has = (row: DataRow, col: Column) => squash(row.cells.get(col.index) ?? '') !== ''

/**
 * Text forms (PDF text, seed 000, CSV saved from a sheet) lose merges: an empty carried cell is part
 * of a merged cell whose text stands in a neighbouring row. Within a page that is the nearest text
 * above; at the top of a page, or below a cell continued from the previous page, the merged text is
 * printed lower down (vertically centred), so the nearest text below on the same page; failing both,
 * the nearest text above on an earlier page.
 */
function fillEmptyCarried(rows: DataRow[], header: Header): void {
  for (const col of header.columns.filter((c) => CARRIED.includes(c.field))) {
    const printed = rows.map((row) => has(row, col))
    const continued = rows.map((row, i) => i > 0 && printed[i] && rows[i - 1].page < row.page && endsOpen(rows[i - 1].cells.get(col.index) ?? ''))
    rows.forEach((row, i) => {
      if (printed[i]) return
      let from = -1
      for (let k = i - 1; k >= 0 && rows[k].page === row.page; k--) {
        if (printed[k]) {
          from = continued[k] ? -1 : k
          break
        }
      }
      if (from < 0)
        for (let k = i + 1; k < rows.length && rows[k].page === row.page; k++)
          if (printed[k]) {
            from = k
            break
          }
      if (from < 0)
        for (let k = i - 1; k >= 0; k--)
          if (printed[k]) {
            from = k
            break
          }
      if (from < 0) return
      row.cells.set(col.index, rows[from].cells.get(col.index)!)
      addMergeNote(row, col, rows[from])
    })
  }
}

/** A cell that stops mid-phrase: ends with 、，( or an unclosed bracket. */
function endsOpen(text: string): boolean {
  const t = text.trim()
  if (/[、，,（(《〈“]$/.test(t)) return true
  const opens = (t.match(/[（(《]/g) ?? []).length
  const closes = (t.match(/[）)》]/g) ?? []).length
  return opens > closes
}

/** A category cut at the bottom of a page and finished at the top of the next is one category. */
function joinPageBreaks(rows: DataRow[], header: Header): void {
  const col = header.columns.find((c) => c.field === 'category')
  if (!col) return
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1]
    const after = rows[i]
    if (after.page === before.page) continue
    const a = (before.cells.get(col.index) ?? '').trim()
    const b = (after.cells.get(col.index) ?? '').trim()
    if (!a || !b || !endsOpen(a) || before.notes.some((n) => n.kind === 'merged-cell' && n.field === 'category')) continue
    const joined = `${a}${b}`
    const text = `源表事项类别单元格跨页断开（${rowLabel(before)}“${a}”、${rowLabel(after)}“${b}”），合并为“${joined}”。`
    // The rows above that share the cut cell take the joined text too.
    for (let k = i - 1; k >= 0 && (rows[k].cells.get(col.index) ?? '').trim() === a; k--) {
      rows[k].cells.set(col.index, joined)
      rows[k].notes.push({ kind: 'page-break', field: 'category', text })
    }
    for (let k = i; k < rows.length && (rows[k].cells.get(col.index) ?? '').trim() === b && rows[k].page === after.page; k++) {
      rows[k].cells.set(col.index, joined)
      rows[k].notes.push({ kind: 'page-break', field: 'category', text })
      if (!rows[k + 1] || (rows[k + 1].cells.get(col.index) ?? '').trim() !== b) break
    }
  }
}

const LOOKS_LIKE_LIMIT = /之日起|工作日|日内|个月内|实时|及时|定期|长期公开|年度|每年|每季度|每月/
const LOOKS_LIKE_UNIT = /(局|部门|科|室|处|中心|院|站|委|办|单位|政府|部)(）|\))?$/

/** 公开主体 and 公开时限 exchanged in a row (seed 000 from row 8): recognised by what the cells say. */
function unswap(rows: DataRow[], header: Header): void {
  const unit = header.columns.find((c) => c.field === 'unit')
  const limit = header.columns.find((c) => c.field === 'publicationLimit')
  if (!unit || !limit) return
  let firstSwapped: number | null = null
  for (const row of rows) {
    const u = squash(row.cells.get(unit.index) ?? '')
    const l = squash(row.cells.get(limit.index) ?? '')
    if (!u || !l || !LOOKS_LIKE_LIMIT.test(u) || LOOKS_LIKE_LIMIT.test(l) || !LOOKS_LIKE_UNIT.test(l)) continue
    firstSwapped ??= row.seq
    const a = row.cells.get(unit.index)!
    row.cells.set(unit.index, row.cells.get(limit.index)!)
    row.cells.set(limit.index, a)
    row.notes.unshift({
      kind: 'swapped-columns',
      field: 'unit',
      text: `源表此行“${unit.label}”与“${limit.label}”两列内容互换（前者写的是时限，后者写的是单位），已按列名归位。`,
    })
  }
}
