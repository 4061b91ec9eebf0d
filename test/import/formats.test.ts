/**
 * The seed rows rendered into the formats bureaus publish (test/import/fixtures/generate.ts) import
 * back to the transcriptions field for field: HTML with site chrome, a 索引号 table, rowspan and
 * checkboxes; the same page in GBK; .xlsx with merged cells behind a notes sheet; .csv with a BOM and
 * glued ①② lists; a GBK .csv with no charset hint; a Word table (vMerge, a paragraph per list entry).
 */
import path from 'node:path'
import { FIXTURES, importFile, realCatalogue, withoutNotes } from './helpers'

const hami = realCatalogue('hami')
const bijie = realCatalogue('bijie')

describe.each([
  ['hami.html', 'html', 'utf-8'],
  ['hami-gbk.html', 'html', 'gb18030'],
  ['hami.xlsx', 'xlsx', null],
  ['hami.csv', 'csv', 'utf-8'],
  ['hami-gbk.csv', 'csv', 'gb18030'],
  ['hami.docx', 'docx', null],
])('哈密 as %s', (file, format, encoding) => {
  const imported = importFile(path.join(FIXTURES, file), { regionId: 'hami', name: '哈密市' })

  test('reproduces mock-data/hami item for item, with the same ids', async () => {
    const { catalogue } = await imported
    expect(withoutNotes(catalogue.items)).toEqual(withoutNotes(hami.items))
    expect(catalogue.categories).toEqual(hami.categories)
    expect(catalogue.hotlines.map((h) => h.number)).toEqual(['0902-2321695', '12333'])
  })

  test('reads the format and encoding, puts the swapped columns back and notes it', async () => {
    const { catalogue, report } = await imported
    expect(report).toMatchObject({ format, encoding, rows: 31, items: 31, brokenRows: [], needsReview: [] })
    expect(catalogue.items.filter((i) => i.sourceNotes.some((n) => n.kind === 'swapped-columns')).map((i) => i.row)).toEqual(
      Array.from({ length: 24 }, (_, k) => k + 8),
    )
  })
})

test('the HTML page: the 索引号 table and the footnote row are left out, the title is the page heading', async () => {
  const { catalogue, report } = await importFile(path.join(FIXTURES, 'hami.html'), { regionId: 'hami', name: '哈密市' })
  expect(report.tables.map((t) => t.catalogue)).toEqual([false, true])
  expect(report.ignoredRows.map((r) => r.text)).toEqual(['注：本目录根据国务院办公厅有关要求编制，将根据工作实际动态调整。'])
  expect(catalogue.source.title).toBe('就业领域基层政务公开标准目录')
  expect(catalogue.items[1].sourceNotes).toContainEqual({ kind: 'merged-cell', field: 'category', text: '源表此格为合并单元格，事项类别取自第1行。' })
})

test('the Word document: the table titled by the paragraph above it', async () => {
  const { catalogue } = await importFile(path.join(FIXTURES, 'hami.docx'), { regionId: 'hami', name: '哈密市' })
  expect(catalogue.source.title).toBe('就业领域基层政务公开标准目录')
})

test('the workbook: the notes sheet is left out', async () => {
  const { report } = await importFile(path.join(FIXTURES, 'hami.xlsx'), { regionId: 'hami', name: '哈密市' })
  expect(report.tables.map((t) => [t.label, t.catalogue])).toEqual([
    ['hami.xlsx sheet 填报说明', false],
    ['hami.xlsx sheet 目录', true],
  ])
})

describe.each(['bijie.html', 'bijie.xlsx', 'bijie.csv'])('毕节 as %s (信息保障单位, 特定对象, no 公开层级, no phone column)', (file) => {
  test('reproduces mock-data/bijie item for item: inferred levels, scoped methods, the duplicate row', async () => {
    const { catalogue, report } = await importFile(path.join(FIXTURES, file), { regionId: 'bijie', name: '毕节市' })
    expect(withoutNotes(catalogue.items)).toEqual(withoutNotes(bijie.items))
    expect(catalogue.categories).toEqual(bijie.categories)
    expect(catalogue.hotlines.map((h) => h.number)).toEqual(['12333'])
    expect(catalogue.defaultHotlineId).toBe('12333')
    expect(catalogue.source.columns).toEqual(bijie.source.columns)
    expect(report.kinds).toEqual({ disclosure: 41, penalty: 27, service: 28 })
    expect(catalogue.items[54].sourceNotes.some((n) => n.kind === 'duplicate-row')).toBe(true)
    expect(catalogue.items[0].sourceNotes).toContainEqual({
      kind: 'inferred',
      field: 'levels',
      text: '源表无公开层级列；按发布机关所在地区（毕节市）推定为市级。',
    })
  })
})
