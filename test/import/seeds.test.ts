/**
 * The seeds are the importer's first test: importing each seed file as published reproduces the
 * hand transcription in mock-data/ field for field (the notes' wording may differ; their repairs not).
 */
import { HAMI_SOURCE, importFile, realCatalogue, withoutNotes } from './helpers'

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
    const kinds = (notes: { kind: string; field?: string }[]) => [...new Set(notes.filter((n) => n.kind !== 'source-oddity').map((n) => `${n.kind}:${n.field}`))].filter((k) => !k.startsWith('merged-cell:unit') && !k.startsWith('merged-cell:publicationLimit')).sort()
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
