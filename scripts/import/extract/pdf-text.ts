/**
 * Text extracted from a PDF table (seed 004's form): no cell boundaries, only lines in reading order,
 * each cell's text wrapped at its column's width, the title and header reprinted on every page.
 * There is no parser to borrow, so this reader is small and knows one layout, the one the 人社 standard
 * tables share (序号 | 一级/二级事项 | 公开内容 | 网站公开栏目 | 更新时间 | 保障单位 | 公开渠道 |
 * 公开依据 | 公开对象 | 公开方式). It cuts the text into rows at the row numbers, then each row into
 * cells by what the text looks like: the time limit (之日起…), the unit list, checkbox lines, 《…》
 * bases, ticks. The cells go on as a table, so merged cells, repairs and the report work as for
 * any other format. A PDF in another layout is refused with a message to export it as a sheet.
 */
import { ImportError, type Cell, type Table } from '../types'

const squash = (s: string) => s.replace(/[\s\u3000\uf020]+/g, '')

/** Display width in full-width characters: ASCII counts half. */
const width = (s: string) => [...squash(s)].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0)

const LABELS: [string, RegExp][] = [
  ['序号', /序号/],
  ['一级事项', /一级事项|事项类别/],
  ['二级事项', /二级事项|事项名称/],
  ['公开内容', /公开内容|公开要素/],
  ['网站公开栏目', /公开栏目/],
  ['信息更新时间', /更新时间|公开时限/],
  ['信息保障单位', /保障单位|公开主体/],
  ['公开渠道', /公开渠道/],
  ['公开依据', /公开依据/],
  ['全社会', /全社会/],
  ['特定对象', /特定(对象|群体|群众)/],
  ['主动公开', /主动公开/],
  ['依申请公开', /依申请公开/],
]
const EXPECTED = LABELS.map(([l]) => l).join('|')

const LIMIT_START = /^(信息(产生|形成|制作)|公开事项信息|自|在.*之日|之日起|实时|及时|长期|定期|每(年|季度|月))/
const UNIT_END = /(科|室|局|院|窗口|中心|站|所|处|队|办|部门|单位）|\))$/
const GLYPH = /^[■□☑☐]/
const TICKS = /^[√✓✔\s]+$/

interface Chunk {
  seq: number
  /** Text on the row number's own line (the cell printed on the same baseline). */
  sameLine: string
  lines: string[]
  page: number
}

/** The row chunks, page titles and headers removed; a line repeated across a page break kept once. */
function chunks(text: string): { chunks: Chunk[]; title: string; header: string } {
  const lines = text.replace(/\r/g, '').split('\n')
  const title = lines.map((l) => l.trim()).find(Boolean) ?? ''
  const out: Chunk[] = []
  let header = ''
  let page = 0
  let inHeader = false
  let lastBeforeBreak = ''
  let expected = 1
  let block = ''
  for (const raw of lines) {
    const line = raw.replace(/\uf020/g, ' ').trim()
    if (line === title) {
      inHeader = true
      block = ''
      if (out.length) {
        page++
        lastBeforeBreak = out[out.length - 1].lines.filter(Boolean).pop() ?? ''
      }
      continue
    }
    const m = /^(\d{1,4})(?:\s+(.*))?$/.exec(line)
    if (m && Number(m[1]) === expected && (!inHeader || !header || block.length >= header.length)) {
      if (!header) header = block
      inHeader = false
      out.push({ seq: expected, sameLine: m[2] ?? '', lines: [], page })
      expected++
      continue
    }
    if (inHeader) {
      block += squash(line)
      // A later page's header ends where the first page's did; the row it interrupted goes on.
      if (header && block.length >= header.length) inHeader = false
      continue
    }
    const current = out[out.length - 1]
    if (!current) continue
    // pdftotext sometimes prints the line at a page break on both pages.
    if (lastBeforeBreak && line === lastBeforeBreak) {
      lastBeforeBreak = ''
      continue
    }
    if (line) lastBeforeBreak = ''
    current.lines.push(line)
  }
  return { chunks: out, title, header }
}

/**
 * Category texts. A category's merged cell is printed again on each page of its run, so its text starts
 * several rows, each time followed by a different name. Names can share a start too (对用人单…), so
 * candidates are taken by how many different lines follow them, and one is refused when a row inside
 * its span starts with a category already taken (a real run is not interrupted by another category).
 */
function categoryVocabulary(prefixes: string[][]): Set<string> {
  const followers = new Map<string, Set<string>>()
  const rowsOf = new Map<string, number[]>()
  prefixes.forEach((lines, row) => {
    let acc = ''
    lines.forEach((l, i) => {
      acc += l
      if (i + 1 < lines.length && balanced(acc)) {
        followers.set(acc, (followers.get(acc) ?? new Set<string>()).add(lines[i + 1]))
        rowsOf.set(acc, [...(rowsOf.get(acc) ?? []), row])
      }
    })
  })
  const candidates = [...followers.entries()].filter(([, f]) => f.size >= 2).sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length)
  const accepted: string[] = []
  const starts = prefixes.map((l) => l.join(''))
  for (const [c] of candidates) {
    if (accepted.some((a) => a.startsWith(c) || c.startsWith(a))) continue
    const rows = rowsOf.get(c)!
    const inside = starts.slice(rows[0], rows[rows.length - 1] + 1)
    if (inside.some((s) => !s.startsWith(c) && accepted.some((a) => s.startsWith(a)))) continue
    accepted.push(c)
  }
  return new Set(accepted)
}

function balanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length
  return count(/[（(]/g) === count(/[）)]/g) && count(/《/g) === count(/》/g)
}

/** Lines of a column of one short word per line: terms stay apart, a word wrapped mid-way is joined. */
function joinTerms(lines: string[]): string {
  let out = ''
  let prev = ''
  for (const l of lines.map(squash).filter(Boolean)) {
    out += prev && width(prev) >= 4 && width(l) >= 4 ? ` ${l}` : l
    prev = l
  }
  return out
}

/** Units listed one per line in a narrow column: a unit ends at its suffix (科, 局, 窗口 …). */
function joinUnits(lines: string[]): string {
  const parts: string[] = []
  let current = ''
  const clean = lines.map(squash).filter(Boolean)
  clean.forEach((l, i) => {
    current += l
    const next = clean[i + 1]
    if (UNIT_END.test(current) && !(next && /^[（(]/.test(next))) {
      parts.push(current)
      current = ''
    }
  })
  if (current) parts.push(current)
  return parts.join('、')
}

/**
 * Where 网站公开栏目 starts among the lines before the time limit: the trailing narrow lines, except a
 * narrow line right after a full-width 公开内容 line, which is that line's wrapped end ("…的相|关信息")
 * unless it is a term seen starting the column in rows where nothing wrapped (webTerms).
 */
function webColumnStart(pre: string[], contentsStart: number, contentWidth: number, webTerms: Set<string> | null): number {
  let start = pre.length
  for (let i = pre.length - 1; i > contentsStart; i--) {
    if (width(pre[i]) > 4.5) break
    if (width(pre[i - 1]) >= contentWidth - 0.25 && !(webTerms && webTerms.has(squash(pre[i])))) break
    start = i
  }
  return start
}

interface RowCells {
  category: string
  name: string
  contents: string
  webColumn: string
  limit: string
  unit: string
  channels: string
  legal: string
  audiencePublic: string
  audienceGroup: string
  methodActive: string
  methodOnRequest: string
}

function splitRow(chunk: Chunk, contentWidth: number, vocabulary: Set<string>, webTerms: Set<string>): RowCells | null {
  const lines = chunk.lines
  const nonBlank = lines.filter(Boolean)
  const limitAt = nonBlank.findIndex((l) => LIMIT_START.test(squash(l)))
  const channelsAt = nonBlank.findIndex((l) => GLYPH.test(l))
  if (limitAt < 0 || channelsAt < limitAt) return null
  let channelsEnd = channelsAt
  while (channelsEnd + 1 < nonBlank.length && GLYPH.test(nonBlank[channelsEnd + 1])) channelsEnd++

  // Before the time limit: [category] [name] 公开内容 网站公开栏目.
  const pre = nonBlank.slice(0, limitAt)
  let contentsStart = pre.findIndex((l) => width(l) > 4.5 || /^\d+[.、．]/.test(squash(l)))
  if (contentsStart < 0) contentsStart = pre.length
  const webStart = webColumnStart(pre, contentsStart, contentWidth, webTerms)
  const narrow = [chunk.sameLine, ...pre.slice(0, contentsStart)].map(squash).filter(Boolean)
  let category = ''
  let name = ''
  if (narrow.length) {
    const joined = narrow.join('')
    const known = [...vocabulary].filter((k) => joined.startsWith(k)).sort((a, b) => b.length - a.length)[0]
    if (known) {
      category = known
      name = joined.slice(known.length)
    } else if (chunk.sameLine && narrow.length > 1) {
      // The cell on the row number's baseline is the category when a name follows it.
      category = squash(chunk.sameLine)
      name = narrow.slice(1).join('')
    } else {
      // A line of one or two characters before the last ends a wrapped cell: the category's.
      const end = narrow.findIndex((l, i) => i < narrow.length - 1 && width(l) <= 2)
      if (end >= 0) {
        category = narrow.slice(0, end + 1).join('')
        name = narrow.slice(end + 1).join('')
      } else name = joined
    }
  }

  // The time limit ends with 。 or with its closing remark in brackets; the units follow.
  const limitLines: string[] = []
  let i = limitAt
  for (; i < channelsAt; i++) {
    limitLines.push(nonBlank[i])
    const text = squash(limitLines.join(''))
    if (/。$/.test(text) || (/（/.test(text) && balanced(text) && /）$/.test(text))) {
      i++
      break
    }
  }
  const unitLines = nonBlank.slice(i, channelsAt)

  // After the channels: 《…》 bases, then the audience and method marks.
  const after = lines.slice(lines.indexOf(nonBlank[channelsEnd], 0) + 1)
  const afterNonBlank = after.filter(Boolean)
  let legalEnd = 0
  let legalText = ''
  for (; legalEnd < afterNonBlank.length; legalEnd++) {
    const l = afterNonBlank[legalEnd]
    if (TICKS.test(l) && balanced(legalText)) break
    const next = afterNonBlank[legalEnd + 1]
    legalText += l
    if (balanced(squash(legalText)) && /[》）)等]$/.test(squash(legalText)) && !(next && /^《/.test(next))) {
      legalEnd++
      break
    }
  }
  const marks = tail(after.slice(after.indexOf(afterNonBlank[legalEnd - 1] ?? '') + 1))
  return {
    category,
    name,
    contents: pre.slice(contentsStart, webStart).join('\n'),
    webColumn: joinTerms(pre.slice(webStart)),
    limit: limitLines.map(squash).join(''),
    unit: joinUnits(unitLines),
    channels: nonBlank.slice(channelsAt, channelsEnd + 1).join(''),
    legal: afterNonBlank.slice(0, legalEnd).map(squash).join(''),
    ...marks,
  }
}

/**
 * The marks after the bases, in column order 全社会 | 特定对象 | 主动 | 依申请: ticks, a group named in
 * words (before any tick, or in brackets after one), and words standing for a ticked method's scope
 * (办事指南 / 办理结果, wrapped two characters a line in their narrow columns).
 */
function tail(lines: string[]): Pick<RowCells, 'audiencePublic' | 'audienceGroup' | 'methodActive' | 'methodOnRequest'> {
  type Token = { tick: true } | { tick: false; words: string[] }
  const tokens: Token[] = []
  let words: string[] = []
  let piece = ''
  const endPiece = () => {
    if (piece) words.push(piece)
    piece = ''
  }
  const endWords = () => {
    endPiece()
    if (words.length) tokens.push({ tick: false, words })
    words = []
  }
  for (const l of lines) {
    const t = squash(l)
    if (t && TICKS.test(l)) {
      endWords()
      for (let k = 0; k < t.length; k++) tokens.push({ tick: true })
    } else if (t) piece += t
    else endPiece()
  }
  endWords()
  const cells = { audiencePublic: '', audienceGroup: '', methodActive: '', methodOnRequest: '' }
  let k = 0
  const at = (i: number) => tokens[i]
  const text = (t: Token | undefined) => (t && !t.tick ? t.words.join('') : '')
  if (at(0) && !at(0).tick) {
    cells.audienceGroup = text(at(0))
    k = 1
  } else if (at(0)?.tick && /^[（(]/.test(text(at(1)))) {
    cells.audienceGroup = text(at(1)).replace(/^[（(]|[）)]$/g, '')
    k = 2
  } else if (at(0)?.tick) {
    cells.audiencePublic = '√'
    k = 1
  }
  // Scope words: pieces split by blank lines, put back together up to a four-character word.
  const scopes: string[] = []
  for (const t of tokens.slice(k)) {
    if (t.tick) {
      scopes.push('')
      continue
    }
    let word = ''
    for (const p of t.words) {
      if (word && word.length + p.length > 4) {
        scopes.push(word)
        word = ''
      }
      word += p
    }
    if (word) scopes.push(word)
  }
  if (scopes.length > 0) cells.methodActive = `√${scopes[0]}`
  if (scopes.length > 1) cells.methodOnRequest = `√${scopes[1]}`
  return cells
}

export function readPdfText(text: string, label: string): Table[] {
  const { chunks: rows, title, header } = chunks(text)
  const headerText = squash(header)
  const found = LABELS.filter(([, re]) => re.test(headerText)).map(([l]) => l)
  if (rows.length === 0) return [{ rows: [], where: [], label, title }]
  if (found.join('|') !== EXPECTED) {
    throw new ImportError(
      `${label}: the PDF text's header (${headerText.slice(0, 80)}) is not the layout this reader knows (${EXPECTED.replace(/\|/g, ' ')}); open the PDF in a spreadsheet or word processor and import it as .xlsx/.docx/.csv instead`,
    )
  }
  // The 公开内容 column's full line width: the most common width of the long lines before the time limit.
  const preLines = rows.flatMap((r) => {
    const nonBlank = r.lines.filter(Boolean)
    const limitAt = nonBlank.findIndex((l) => LIMIT_START.test(squash(l)))
    return nonBlank.slice(0, limitAt < 0 ? 0 : limitAt)
  })
  const counts = new Map<number, number>()
  for (const w of preLines.map(width).filter((x) => x >= 8)) counts.set(w, (counts.get(w) ?? 0) + 1)
  const contentWidth = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0
  const firstNarrow = rows.map((r) => {
    const nonBlank = r.lines.filter(Boolean)
    const limitAt = nonBlank.findIndex((l) => LIMIT_START.test(squash(l)))
    const pre = nonBlank.slice(0, limitAt < 0 ? 0 : limitAt)
    const end = pre.findIndex((l) => width(l) > 4.5 || /^\d+[.、．]/.test(squash(l)))
    return [r.sameLine, ...pre.slice(0, end < 0 ? pre.length : end)].map(squash).filter(Boolean)
  })
  const vocabulary = categoryVocabulary(firstNarrow)
  const webTerms = new Set<string>()
  for (const r of rows) {
    const nonBlank = r.lines.filter(Boolean)
    const limitAt = nonBlank.findIndex((l) => LIMIT_START.test(squash(l)))
    if (limitAt < 0) continue
    const pre = nonBlank.slice(0, limitAt)
    const start = webColumnStart(pre, 0, contentWidth, null)
    if (start > 0 && start < pre.length && width(pre[start - 1]) < contentWidth - 0.25) webTerms.add(squash(pre[start]))
  }
  const headerTop = [
    '序号',
    '公开事项',
    '公开事项',
    '公开内容',
    '网站公开栏目',
    '信息更新时间',
    '信息保障单位',
    '公开渠道',
    '公开依据',
    '公开对象',
    '公开对象',
    '公开方式',
    '公开方式',
  ]
  const headerSub = ['', '一级事项', '二级事项', '', '', '', '', '', '', '全社会', '特定对象', '主动公开', '依申请公开']
  const cell = (t: string): Cell => ({ text: t })
  const table: Cell[][] = [headerTop.map(cell), headerSub.map(cell)]
  const where: string[] = ['表头', '表头']
  let page = 0
  for (const r of rows) {
    if (r.page !== page) {
      table.push(headerTop.map(cell), headerSub.map(cell))
      where.push(`第${r.page + 1}页表头`, `第${r.page + 1}页表头`)
      page = r.page
    }
    const c = splitRow(r, contentWidth, vocabulary, webTerms)
    if (!c) {
      // Left for the mapper to report as broken: the number and whatever text the row had.
      table.push([cell(String(r.seq)), cell(''), cell(r.lines.filter(Boolean).slice(0, 2).join('')), ...Array.from({ length: 10 }, () => cell(''))])
    } else {
      table.push(
        [
          String(r.seq),
          c.category,
          c.name,
          c.contents,
          c.webColumn,
          c.limit,
          c.unit,
          c.channels,
          c.legal,
          c.audiencePublic,
          c.audienceGroup,
          c.methodActive,
          c.methodOnRequest,
        ].map(cell),
      )
    }
    where.push(`第${r.seq}项（第${r.page + 1}页）`)
  }
  return [{ rows: table, where, title, label }]
}
