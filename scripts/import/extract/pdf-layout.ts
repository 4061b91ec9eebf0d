/**
 * PDF text that keeps the page layout (`pdftotext -layout`, or a viewer's "copy with layout"): each
 * printed line is one text line, cells of a line stand apart by runs of spaces at their column's
 * position, a cell's wrapped lines follow under it, and every page starts again with the title and
 * header. What such extractions also do, and what this reader undoes:
 * - every header cell printed twice ("序号序号公开事项公开事项", text drawn twice for a bold effect):
 *   a header fragment that is one text repeated is read once;
 * - the header over several lines ("一级" / "事项"): the fragments under one column are joined, and a
 *   group label over its parts (公开对象 over 全社会 | 特定群众) becomes a two-row header;
 * - a row's cells broken across a page break: lines after the repeated header that begin without a
 *   row number continue the row above, and the row says so (rowNotes);
 * - characters spaced out inside names ("机 关 事业 单 位") are left to the mapper (cells.ts
 *   unspaceLetterSpacing), which notes the repair.
 * Columns are where the header's fragments start. A text whose lines have no such columns is refused
 * by the caller with what was seen.
 */
import type { SourceNote } from '../../../types/catalogue'
import { ImportError, type Cell, type Table } from '../types'

interface Fragment {
  start: number
  text: string
}

const squash = (s: string) => s.replace(/[\s\u3000\uf020]+/g, '')

/** Fragments of a line: text runs separated by two or more spaces (or a tab). */
function fragments(line: string): Fragment[] {
  const out: Fragment[] = []
  const re = /\S+(?: \S+)*/g
  const clean = line.replace(/\t/g, '  ').replace(/\u3000/g, '  ')
  for (const m of clean.matchAll(re)) out.push({ start: m.index!, text: m[0] })
  return out
}

/** "序号序号" → "序号": a fragment that is one text printed twice. */
export function undouble(text: string): string {
  const t = squash(text)
  const half = t.length / 2
  return t.length >= 2 && t.length % 2 === 0 && t.slice(0, half) === t.slice(half) ? t.slice(0, half) : t
}

const HEADER_WORDS = /序号|公开事项|事项名称|一级|二级|公开内容|公开依据|公开时限|公开主体|公开渠道|公开对象|公开方式|公开层级|更新时间|保障单位/
const GROUPS = ['公开对象', '公开方式', '公开层级', '公开事项']
const SUBS = /^(全社会|特定(群体|群众|对象|人群)|主动(公开)?|依申请(公开)?|一级事项|二级事项|三级事项|[省市县区乡镇村]级|乡、?村级|镇街级)$/

/** A line that is part of a header: at least three fragments naming header words, or a header's continuation. */
function headerScore(line: string): number {
  return fragments(line).filter((f) => HEADER_WORDS.test(undouble(f.text))).length
}

/** True when the text looks like a layout extraction: a header line with three or more labels at separate positions. */
export function isLayoutText(text: string): boolean {
  return text.split('\n').some((l) => headerScore(l) >= 3)
}

export function readPdfLayout(text: string, label: string): Table[] {
  const pages = text.replace(/\r/g, '').split('\f')
  const allLines = pages.flatMap((p, page) => p.split('\n').map((line) => ({ line, page })))
  const headerAt = allLines.findIndex((l) => headerScore(l.line) >= 3)
  if (headerAt < 0) throw new ImportError(`${label}: no header line with the catalogue's column names at separate positions`)
  const title = allLines
    .slice(0, headerAt)
    .map((l) => l.line.trim())
    .filter(Boolean)
    .pop()
  const isRowStart = (line: string) => /^\s{0,3}\d{1,4}(\s{2,}|$)/.test(line)
  let headerEnd = headerAt
  while (headerEnd + 1 < allLines.length && !isRowStart(allLines[headerEnd + 1].line)) headerEnd++
  const headerLines = allLines.slice(headerAt, headerEnd + 1).map((l) => l.line)
  const headerSet = new Set(headerLines.map((l) => l.trim()).filter(Boolean))

  // Column starts: where header fragments start (fragments starting within two characters are one column).
  const starts = [...new Set(headerLines.flatMap((l) => fragments(l).map((f) => f.start)))].sort((a, b) => a - b)
  const columns: number[] = []
  for (const s of starts) if (!columns.length || s - columns[columns.length - 1] > 2) columns.push(s)
  const columnOf = (start: number) => {
    let c = 0
    for (let k = 0; k < columns.length; k++) if (columns[k] <= start + 2) c = k
    return c
  }
  const labels = columns.map(() => '')
  for (const l of headerLines) for (const f of fragments(l)) labels[columnOf(f.start)] += undouble(f.text)
  // A group label written above its first part: 公开对象全社会 → 公开对象 / 全社会; the next parts take the group.
  const top: string[] = []
  const sub: string[] = []
  labels.forEach((l, i) => {
    const group = GROUPS.find((g) => l.startsWith(g) && SUBS.test(l.slice(g.length)))
    if (group) {
      top.push(group)
      sub.push(l.slice(group.length))
    } else if (SUBS.test(l) && i > 0 && GROUPS.includes(top[i - 1])) {
      top.push(top[i - 1])
      sub.push(l)
    } else {
      top.push(l)
      sub.push('')
    }
  })
  if (top.filter(Boolean).length < 3) throw new ImportError(`${label}: the header's columns cannot be told apart (${labels.join(' | ').slice(0, 100)})`)

  const cell = (t: string): Cell => ({ text: t })
  const rows: Cell[][] = [top.map(cell)]
  const where = ['表头']
  if (sub.some(Boolean)) {
    rows.push(sub.map(cell))
    where.push('表头')
  }
  const rowNotes: Record<number, SourceNote[]> = {}
  let current: { texts: string[][]; seq: number; firstPage: number; lastPage: number } | null = null
  const flush = () => {
    if (!current) return
    const index = rows.length
    rows.push(current.texts.map((lines) => cell(lines.join('\n'))))
    where.push(`第${current.seq}项（第${current.firstPage + 1}页）`)
    if (current.lastPage > current.firstPage)
      rowNotes[index] = [
        {
          kind: 'page-break',
          field: 'row',
          text: `源表此行从第${current.firstPage + 1}页跨到第${current.lastPage + 1}页，断开的单元格已按列接回。`,
        },
      ]
  }
  let expected = 1
  for (let i = headerEnd + 1; i < allLines.length; i++) {
    const { line, page } = allLines[i]
    const trimmed = line.trim()
    if (!trimmed || headerSet.has(trimmed) || trimmed === title || (/^[-—\s]*\d+[-—\s]*$/.test(trimmed) && !isRowStart(line))) continue
    if (headerScore(line) >= 3) continue
    const frags = fragments(line)
    const first = frags[0]
    if (columnOf(first.start) === 0 && /^\d{1,4}$/.test(first.text) && Number(first.text) === expected) {
      flush()
      current = { texts: columns.map(() => []), seq: expected, firstPage: page, lastPage: page }
      expected++
    }
    if (!current) continue
    current.lastPage = page
    for (const f of frags) current.texts[columnOf(f.start)].push(f.text)
  }
  flush()
  if (rows.length <= where.filter((w) => w === '表头').length)
    throw new ImportError(`${label}: a header was found (${top.filter(Boolean).join(' | ').slice(0, 80)}) but no numbered rows under it`)
  return [{ rows, where, title, label, rowNotes }]
}
