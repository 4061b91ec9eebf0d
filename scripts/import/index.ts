/**
 * A bureau's published 政务公开标准目录 (HTML page, .xlsx, .docx, .csv/.tsv, PDF text) to a catalogue
 * file in today's schema (types/catalogue.ts), with a review report. Pure apart from parsing: the
 * CLI (cli.ts) reads and writes files.
 */
import path from 'node:path'
import * as v from 'valibot'
import { HRSS_HOTLINE } from '../../src/domain/phone'
import { CatalogueFileSchema, type CatalogueFile, type CatalogueItem, type Hotline } from '../../types/catalogue'
import { REGION_ID_PATTERN, REGION_PREFIX_PATTERN } from '../../types/policy'
import { decodeText } from './decode'
import { detectFormat } from './detect'
import { readDelimited } from './extract/delimited'
import { readDocx } from './extract/docx'
import { readHtml } from './extract/html'
import { isLayoutText, readPdfLayout } from './extract/pdf-layout'
import { readPdfText } from './extract/pdf-text'
import { readXlsx } from './extract/xlsx'
import { findHeader, type Header } from './header'
import { assignIds, type IdChanges } from './ids'
import { buildItem, type RegionFacts, type Review } from './items'
import { regionPrefix } from './prefix'
import { detectTraditional, simplifyTables, toSimplified, type Conversion } from './script'
import { dataRows } from './rows'
import { ImportError, type SourceFormat, type Table } from './types'

export { ImportError }

export interface ImportOptions {
  regionId: string
  /** The bureau's area as the maintainer states it (--name); never guessed. */
  name: string
  parent?: string
  /** Item id prefix; by default the pinyin initials of the name (哈密市 → hm). */
  prefix?: string
  /** The region's current catalogue, for a re-import. */
  existing?: CatalogueFile
  /** Prefixes other regions already use. */
  takenPrefixes?: ReadonlySet<string>
  /** For dataVersion; today by default. */
  today?: Date
}

export interface ImportReport {
  file: string
  format: SourceFormat
  encoding: string | null
  /** Traditional Chinese converted to Simplified: the variant and how many characters changed. */
  conversion: Conversion | null
  tables: { label: string; rows: number; catalogue: boolean }[]
  columns: { label: string; field: string }[]
  rows: number
  items: number
  kinds: Record<string, number>
  repairs: { total: number; byKind: Record<string, number> }
  repeatedHeadersDropped: number
  ignoredRows: { where: string; text: string }[]
  brokenRows: { where: string; row: number; reason: string }[]
  needsReview: Review[]
  hotlines: { number: string; label: string; printedAt: string }[]
  reimport: IdChanges | null
  /** Guides of the previous catalogue whose item is gone (they would fail validation). */
  orphanedGuides: string[]
}

export interface ImportResult {
  catalogue: CatalogueFile
  report: ImportReport
}

interface ReadTables {
  tables: Table[]
  format: SourceFormat
  encoding: string | null
  /** The source was Traditional Chinese and was converted before reading. */
  conversion: Conversion | null
}

async function readTables(fileName: string, bytes: Buffer): Promise<ReadTables> {
  const base = path.basename(fileName)
  const first = detectFormat(fileName, bytes, undefined)
  if (first === 'xlsx' || first === 'docx') {
    const read = first === 'xlsx' ? await readXlsx(bytes, base) : await readDocx(bytes, base)
    return { ...simplifyTables(read), format: first, encoding: null }
  }
  const decoded = decodeText(bytes)
  const conversion = detectTraditional(decoded.text)
  const text = conversion ? toSimplified(decoded.text, conversion.from) : decoded.text
  const format = detectFormat(fileName, bytes, text)
  const tables =
    format === 'html'
      ? readHtml(text, base)
      : format === 'csv'
        ? readDelimited(text, csvDelimiter(text), base)
        : format === 'tsv'
          ? readDelimited(text, '\t', base)
          : isLayoutText(text)
            ? readPdfLayout(text, base)
            : readPdfText(text, base)
  if (format === 'pdf-text' && tables.every((t) => t.rows.length === 0)) throw new ImportError(unreadablePdfText(text, base))
  return { tables, format, encoding: decoded.encoding, conversion }
}

/** What a PDF text without recoverable rows looked like, in one line. */
function unreadablePdfText(text: string, base: string): string {
  const lines = text.split('\n').filter((l) => l.trim())
  const head = text.replace(/\s+/g, '').slice(0, 40)
  const doubled = /(序号){2}|(公开事项){2}|(公开内容){2}/.test(text.replace(/\s+/g, ''))
  return `${base}: PDF text whose rows cannot be recovered: ${lines.length} line${lines.length === 1 ? '' : 's'}${
    doubled ? ', every header cell printed twice,' : ''
  } no row numbers on lines of their own and no column positions (starts "${head}…"); extract it again with pdftotext -layout, or save the PDF as .xlsx/.docx`
}

function conversionNote(c: Conversion): string {
  return `源表为繁体中文，已用 opencc-js（${c.from} → cn）整表转换为简体（改动 ${c.changed} 个字${
    c.pinyinRemoved ? `；去掉转载网页加在字后的拼音注音 ${c.pinyinRemoved} 处` : ''
  }），转换后照录。`
}

/** A ".csv" saved with tabs or semicolons (some spreadsheet locales do) is read with what it uses. */
function csvDelimiter(text: string): ',' | '\t' | ';' {
  const head = text.split('\n').slice(0, 5).join('\n')
  const count = (ch: string) => head.split(ch).length - 1
  const [best] = ([',', '\t', ';'] as const).map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1])[0]
  return best
}

/** The heading of a text table: the first line above the header with one cell of text. */
function titleAbove(table: Table, header: Header): string | undefined {
  for (let r = 0; r < header.row; r++) {
    const texts = table.rows[r].map((c) => c.text.trim()).filter(Boolean)
    if (texts.length === 1 && texts[0].length >= 4) return texts[0]
  }
  return table.title
}

function defaultLevel(name: string, parent: string | undefined): RegionFacts['defaultLevel'] {
  const rules: [RegExp, string][] = [
    [/(市|州|盟|地区)$/, '市级'],
    [/(县|旗)$/, '县级'],
    [/区$/, '区级'],
    [/乡$/, '乡级'],
    [/(镇|街道)$/, '镇街级'],
  ]
  for (const [re, level] of rules) if (re.test(name)) return { level, why: `按发布机关所在地区（${name}）推定为${level}。` }
  return parent ? { level: '县级', why: `按发布机关隶属于上级市推定为县级。` } : { level: '市级', why: `按发布机关推定为市级。` }
}

function nextDataVersion(existing: CatalogueFile | undefined, today: Date): string {
  const stamp = `${today.getFullYear()}.${String(today.getMonth() + 1).padStart(2, '0')}`
  if (!existing) return `${stamp}.1`
  const [y, m, n] = existing.dataVersion.split('.')
  return `${y}.${m}` === stamp ? `${stamp}.${Number(n) + 1}` : `${stamp}.1`
}

export async function importCatalogue(fileName: string, bytes: Buffer, options: ImportOptions): Promise<ImportResult> {
  if (!REGION_ID_PATTERN.test(options.regionId))
    throw new ImportError(`--region "${options.regionId}" must be a lower-case letter, then letters, digits or dashes (at most 31)`)
  if (!options.name.trim()) throw new ImportError("--name must state the bureau's area, e.g. 哈密市")
  const prefix = options.existing?.region.idPrefix ?? options.prefix ?? regionPrefix(options.name)
  if (!REGION_PREFIX_PATTERN.test(prefix))
    throw new ImportError(`the item id prefix "${prefix}" is not two letters then up to four letters or digits; pass --prefix`)
  if (!options.existing && options.takenPrefixes?.has(prefix))
    throw new ImportError(`the item id prefix "${prefix}" is already used by another region; pass --prefix with another one`)

  const { tables, format, encoding, conversion } = await readTables(fileName, bytes)
  const found = tables.map((table) => ({ table, header: findHeader(table) }))
  const catalogueTables = found.filter((f): f is { table: Table; header: Header } => f.header !== null)
  if (catalogueTables.length === 0) {
    const nonEmpty = tables.filter((t) => t.rows.some((r) => r.some((c) => c.text.trim())))
    if (nonEmpty.length === 0) throw new ImportError(`${path.basename(fileName)} has no table with any text (an empty sheet or page)`)
    const firstRow = nonEmpty[0].rows.find((r) => r.filter((c) => c.text.trim()).length >= 2)
    throw new ImportError(
      firstRow
        ? `no catalogue table in ${path.basename(fileName)}: no header names 公开内容 and 事项名称/事项类别 (first row read: ${firstRow
            .map((c) => c.text.replace(/\s+/g, ''))
            .filter(Boolean)
            .join(' | ')
            .slice(0, 120)})`
        : `no catalogue table in ${path.basename(fileName)}: it holds no table with a 公开内容 / 事项名称 header`,
    )
  }

  const region: RegionFacts = { prefix, defaultLevel: defaultLevel(options.name, options.parent) }
  const items: CatalogueItem[] = []
  const reviews: Review[] = []
  const broken: ImportReport['brokenRows'] = []
  const ignored: ImportReport['ignoredRows'] = []
  const printed: { number: string; label: string; field: string; where: string }[] = []
  let repairs = 0
  let repeated = 0
  let rowTotal = 0
  const usedRows = new Set<number>()
  let running = 0
  for (const { table, header } of catalogueTables) {
    const { rows, ignored: skipped, repeatedHeaders } = dataRows(table, header)
    ignored.push(...skipped)
    repeated += repeatedHeaders
    // A page with one table per 领域 numbers each from 1: a later table's rows follow the earlier ones.
    const firstSeq = rows.find((r) => r.seq !== null)?.seq ?? null
    const offset = firstSeq !== null && usedRows.has(firstSeq) ? Math.max(...usedRows) - firstSeq + 1 : 0
    if (firstSeq !== null && offset > 0) {
      const last = Math.max(...rows.map((r) => r.seq ?? 0))
      reviews.push({
        where: table.label,
        row: null,
        reason: `这张目录表从第${firstSeq}行重新编号，接在前一张表之后录入为第${firstSeq + offset}–${last + offset}行`,
      })
    }
    for (const row of rows) {
      rowTotal++
      running++
      let n = row.seq !== null ? row.seq + offset : running
      if (usedRows.has(n)) {
        const free = Math.max(...usedRows) + 1
        reviews.push({ where: row.where, row: row.seq, reason: `序号${n}与前面的行重复，按第${free}行录入` })
        n = free
      }
      running = n
      const built = buildItem(row, n, header, region)
      if ('broken' in built) {
        broken.push({ where: row.where, row: n, reason: built.broken })
        usedRows.add(n)
        continue
      }
      usedRows.add(n)
      if (conversion) built.item.sourceNotes.push({ kind: 'converted', field: 'row', text: conversionNote(conversion) })
      items.push(built.item)
      reviews.push(...built.reviews)
      repairs += built.repairs
      for (const p of built.phones) printed.push({ ...p, where: row.where })
    }
  }
  if (items.length === 0 || broken.length * 2 > rowTotal) {
    throw new ImportError(
      `${broken.length} of ${rowTotal} rows cannot be read (${broken
        .slice(0, 3)
        .map((b) => `${b.where}: ${b.reason}`)
        .join('; ')}); nothing imported`,
    )
  }

  // A row that repeats an earlier one (same category, name, contents) shares its guide.
  const deduped = items.map((item): CatalogueItem => {
    const original = items.find(
      (o) => o.row < item.row && o.category === item.category && o.name === item.name && o.contents.join('|') === item.contents.join('|'),
    )
    if (!original) return item
    const { sourceNotes, ...rest } = item
    const note = {
      kind: 'duplicate-row' as const,
      field: 'row' as const,
      text: `源表第${item.row}项与第${original.row}项“${item.name}”完全相同，照录并标注为重复。`,
    }
    return { ...rest, duplicateOf: items.find((o) => o === original)!.id, sourceNotes: [...sourceNotes, note] }
  })

  // Rows the catalogue does not hold: broken ones, and numbers the source skipped.
  const maxRow = Math.max(...usedRows)
  const skippedRows: number[] = []
  for (let n = 1; n <= maxRow; n++) {
    if (items.some((i) => i.row === n)) continue
    skippedRows.push(n)
    if (!broken.some((b) => b.row === n)) reviews.push({ where: path.basename(fileName), row: n, reason: `源表序号中没有第${n}行` })
  }

  const assigned = assignIds(deduped, prefix, options.existing)
  const finalItems = assigned.items.sort((a, b) => a.row - b.row)
  const categories = [...new Set(finalItems.map((i) => i.category))]

  const first = catalogueTables[0]
  const title = (titleAbove(first.table, first.header) ?? path.basename(fileName)).replace(/\s+/g, ' ').trim()
  const publisherMatch = /[\u4e00-\u9fff]*?(人力资源和社会保障局|人力资源社会保障局|人社局)/.exec(title)
  const firstUnit = finalItems[0].unit
  const publisher = publisherMatch ? publisherMatch[0] : /局$/.test(firstUnit) ? firstUnit : options.name
  const year = /(\d{4})年/.exec(title)

  const hotlines: Hotline[] = []
  const seen = new Set<string>()
  for (const p of printed) {
    // The national line printed in a column is the national hotline below, not a bureau line.
    if (seen.has(p.number) || p.number === '12333') continue
    seen.add(p.number)
    hotlines.push({
      id: hotlines.length === 0 ? `${options.regionId}-bureau` : `${options.regionId}-bureau-${hotlines.length + 1}`,
      number: p.number,
      label: `${publisher}${p.label}`,
      source: 'seed',
      note: `照录自源文件 ${path.basename(fileName)} ${p.where}的“${p.label}”列。`,
    })
  }
  const bureauHotline = hotlines[0]
  hotlines.push({ ...HRSS_HOTLINE, note: bureauHotline ? HRSS_HOTLINE.note : `${HRSS_HOTLINE.note}源目录未提供本地咨询电话。` })

  const label = (field: string, fallback: string) => {
    const col = first.header.columns.find((c) => c.field === field)
    return col ? col.sub || col.label.split('/').pop() || fallback : fallback
  }
  const existing = options.existing
  const catalogue: CatalogueFile = {
    schemaVersion: 1,
    dataVersion: nextDataVersion(existing, options.today ?? new Date()),
    region: {
      id: options.regionId,
      idPrefix: prefix,
      name: options.name.trim(),
      nameInferred: false,
      ...(options.parent ? { parent: options.parent } : {}),
    },
    source: {
      file: path.basename(fileName),
      title,
      publisher,
      date: year ? year[1] : null,
      ...(year ? {} : { dateNote: '源文件未注明日期。' }),
      rowCount: maxRow,
      ...(skippedRows.length ? { skippedRows } : {}),
      columns: {
        category: label('category', '事项类别'),
        name: label('name', '事项名称'),
        unit: label('unit', '公开主体'),
        publicationLimit: label('publicationLimit', '公开时限'),
        audienceGroup: label('audienceGroup', '特定群体'),
      },
      transcriptionNotes: [
        `由 npm run catalogue:import 从 ${path.basename(fileName)}（${format}${encoding ? `，${encoding}` : ''}）导入。`,
        '合并单元格、跨页断开的单元格、重复表头、互换的列已修复，并在各行的转录说明中注明。',
        '公开内容、公开依据中的编号拆分为列表，文字照录；勾选框只录入勾选的项。',
        ...(conversion ? [conversionNote(conversion)] : []),
      ],
    },
    categories,
    hotlines,
    defaultHotlineId: bureauHotline ? bureauHotline.id : '12333',
    venues: existing?.venues ?? [],
    items: finalItems,
  }
  const checked = v.safeParse(CatalogueFileSchema, catalogue)
  if (!checked.success) {
    const issue = checked.issues[0]
    throw new ImportError(`the imported catalogue does not fit the schema at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
  }
  const byKind: Record<string, number> = {}
  for (const item of finalItems) for (const n of item.sourceNotes) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1
  const kinds: Record<string, number> = {}
  for (const item of finalItems) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1
  const report: ImportReport = {
    file: path.basename(fileName),
    format,
    encoding,
    conversion,
    tables: found.map((f) => ({ label: f.table.label, rows: f.table.rows.length, catalogue: f.header !== null })),
    columns: first.header.columns.map((c) => ({ label: c.label, field: c.field })),
    rows: rowTotal,
    items: finalItems.length,
    kinds,
    repairs: { total: repairs + repeated, byKind },
    repeatedHeadersDropped: repeated,
    ignoredRows: ignored,
    brokenRows: broken,
    needsReview: reviews,
    hotlines: hotlines
      .filter((h) => h.source === 'seed')
      .map((h) => ({ number: h.number, label: h.label, printedAt: `${path.basename(fileName)} ${printed.find((p) => p.number === h.number)!.where}` })),
    reimport: assigned.changes,
    orphanedGuides: [],
  }
  return { catalogue, report }
}
