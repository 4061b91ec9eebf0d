/**
 * The seeds are the importer's first test: importing each seed file as published reproduces the
 * hand transcription in mock-data/ field for field (the notes' wording may differ; their repairs not).
 */
import { BIJIE_SOURCE, HAMI_SOURCE, importFile, realCatalogue, withoutNotes } from './helpers'

describe('seed 000 (哈密, tab-separated with page headers)', () => {
  const real = realCatalogue('hami')
  const imported = importFile(HAMI_SOURCE, { regionId: 'hami', name: '哈密市' })

  test('every item field for field, with the same ids', async () => {
    const { catalogue } = await imported
    expect(withoutNotes(catalogue.items)).toEqual(withoutNotes(real.items))
  })

  test('categories, hotline numbers, prefix and source facts', async () => {
    const { catalogue } = await imported
    expect(catalogue.categories).toEqual(real.categories)
    expect(catalogue.hotlines.map((h) => [h.id, h.number, h.label, h.source])).toEqual(real.hotlines.map((h) => [h.id, h.number, h.label, h.source]))
    expect(catalogue.defaultHotlineId).toBe(real.defaultHotlineId)
    expect(catalogue.region.idPrefix).toBe('hm')
    expect(catalogue.source).toMatchObject({ title: real.source.title, publisher: real.source.publisher, rowCount: 31, columns: real.source.columns })
  })

  test('each repair is noted where the transcription notes it', async () => {
    const { catalogue } = await imported
    const kinds = (notes: { kind: string; field?: string }[]) =>
      [...new Set(notes.filter((n) => n.kind !== 'source-oddity').map((n) => `${n.kind}:${n.field}`))]
        .filter((k) => !k.startsWith('merged-cell:unit') && !k.startsWith('merged-cell:publicationLimit'))
        .sort()
    expect(catalogue.items.map((i) => kinds(i.sourceNotes))).toEqual(real.items.map((i) => kinds(i.sourceNotes)))
    expect(catalogue.items[9].sourceNotes.find((n) => n.kind === 'merged-cell' && n.field === 'category')?.text).toContain('第11行')
  })

  test('the report counts rows, items and repairs, and flags nothing in a clean seed', async () => {
    const { report } = await imported
    expect(report).toMatchObject({ format: 'tsv', encoding: 'utf-8', rows: 31, items: 31, repeatedHeadersDropped: 5, brokenRows: [], needsReview: [] })
    expect(report.kinds).toEqual({ disclosure: 5, service: 25, event: 1 })
    expect(report.hotlines).toEqual([{ number: '0902-2321695', label: '市人社局咨询及监督举报电话', printedAt: '000_88a5f2f0b07f0616.txt 第7行' }])
  })
})

describe('seed 004 (毕节, text extracted from a PDF)', () => {
  const real = realCatalogue('bijie')
  const imported = importFile(BIJIE_SOURCE, { regionId: 'bijie', name: '毕节市' })

  test('every item field for field, with the same ids', async () => {
    const { catalogue } = await imported
    expect(withoutNotes(catalogue.items)).toEqual(withoutNotes(real.items))
  })

  test('categories, the national hotline only, columns as the source names them', async () => {
    const { catalogue } = await imported
    expect(catalogue.categories).toEqual(real.categories)
    expect(catalogue.hotlines.map((h) => [h.id, h.number, h.source])).toEqual([['12333', '12333', 'national']])
    expect(catalogue.defaultHotlineId).toBe('12333')
    expect(catalogue.region.idPrefix).toBe('bj')
    expect(catalogue.source).toMatchObject({
      title: real.source.title,
      publisher: real.source.publisher,
      date: '2024',
      rowCount: 96,
      columns: real.source.columns,
    })
  })

  test('merged cells, the duplicate row and the inferred levels are noted', async () => {
    const { catalogue, report } = await imported
    const noted = (row: number, kind: string, field: string) => catalogue.items[row - 1].sourceNotes.some((n) => n.kind === kind && n.field === field)
    for (const item of real.items) {
      for (const n of item.sourceNotes.filter((x) => x.kind === 'merged-cell' || x.kind === 'duplicate-row'))
        expect([item.row, noted(item.row, n.kind, n.field!)]).toEqual([item.row, true])
    }
    expect(catalogue.items.every((i) => i.levelsInferred && i.sourceNotes.some((n) => n.kind === 'inferred' && n.field === 'levels'))).toBe(true)
    expect(report).toMatchObject({ format: 'pdf-text', rows: 96, items: 96, repeatedHeadersDropped: 29, brokenRows: [] })
  })
})
