/**
 * The transcription against the source files (copied verbatim into mock-data/<region>/source/): every row is
 * there, every name is verbatim, and fields agree with the source after fixing extraction damage only.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CatalogueFile } from '../../types/catalogue'
import { realDataset } from '../helpers/dataset'

const SEEDS = path.resolve(__dirname, '../../mock-data')
const catalogue = (id: string) => realDataset().catalogues.find((c) => c.region.id === id) as CatalogueFile
const squash = (s: string) => s.replace(/[\s\uf020]+/g, '')

describe('Hami: 就业领域基层政务公开标准目录 (tab-separated)', () => {
  const rows = readFileSync(path.join(SEEDS, 'hami/source/000_88a5f2f0b07f0616.txt'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((cells) => /^\d+$/.test(cells[0]))
  const cat = catalogue('hami')
  const numbered = (cell: string) =>
    /^1\.\s/.test(cell.trim())
      ? cell
          .trim()
          .split(/(?:^|\s)\d+\.\s+/)
          .filter(Boolean)
          .map((s) => s.trim())
      : [cell.trim()]

  test('31 rows, 31 items, in order', () => {
    expect(rows).toHaveLength(31)
    expect(cat.items.map((i) => i.row)).toEqual(rows.map((r) => Number(r[0])))
  })

  test.each(Array.from({ length: 31 }, (_, i) => i + 1))('row %i matches the source', (row) => {
    const r = rows[row - 1]
    const item = cat.items[row - 1]
    const [, category, name, contents, legal, col5, col6, channels, pub, group, active, onRequest, level, phone] = r
    if (name) expect(item.name).toBe(name)
    if (category && row !== 8 && row !== 9) expect(item.category).toBe(category)
    expect(item.contents).toEqual(numbered(contents))
    if (legal) expect(item.legalBases).toEqual(numbered(legal))
    // From row 8 on, the source has 公开主体 and 公开时限 swapped; the data puts them back.
    const [unit, limit] = row >= 8 ? [col6, col5] : [col5, col6]
    if (unit) expect(item.unit).toBe(unit)
    if (limit) expect(item.publicationLimit).toBe(limit)
    if (row >= 8) expect(item.sourceNotes.some((n) => n.kind === 'swapped-columns')).toBe(true)
    expect(item.channels).toEqual([...channels.matchAll(/<input checked="" type="checkbox"\/>\s*([^<]+)/g)].map((m) => m[1].trim()))
    expect(item.audience.public).toBe(pub.trim() === '√')
    expect(item.audience.specificGroup).toBe(group.trim() || null)
    expect(item.methods.map((m) => m.type)).toEqual([...(active.trim() ? ['主动公开'] : []), ...(onRequest.trim() ? ['依申请公开'] : [])])
    expect(item.levels.join('、')).toBe(level.trim())
    expect(item.hotline).toBe(phone.trim())
  })

  test('merged cells are filled and say where from; the page-split category is joined', () => {
    expect(cat.items[1]).toMatchObject({ category: '机构概况', legalBases: ['《中华人民共和国政府信息公开条例》'], unit: '市人社局' })
    expect(cat.items[3].name).toBe('规范性文件')
    expect(cat.items[9].category).toBe('创业服务')
    expect(cat.items[7].category).toBe('职业介绍、职业指导')
    expect(cat.items[9].sourceNotes.find((n) => n.kind === 'merged-cell')?.text).toContain('第11行')
  })

  test("the source's own oddities are kept and flagged", () => {
    const r21 = cat.items[20]
    expect(r21.publicationLimit).toContain('21个工作日')
    expect(r21.sourceNotes.some((n) => n.kind === 'source-oddity' && n.text.includes('21个工作日'))).toBe(true)
    expect(cat.items[18].category).toContain('建档立卡卡')
  })

  test('the city name is marked as inferred from the area code', () => {
    expect(cat.region).toMatchObject({ name: '哈密市', nameInferred: true })
    expect(cat.region.nameNote).toContain('0902')
  })
})

describe('Bijie: 2024年政务公开标准规范（试行） (text extracted from a PDF)', () => {
  const text = readFileSync(path.join(SEEDS, 'bijie/source/004_ddc107a2ae80b304.txt'), 'utf8')
  const cat = catalogue('bijie')
  // Cut the text into rows at the row numbers 1..96 (a number alone on a line, or before the first cell).
  const lines = text.split('\n').map((l) => l.trim())
  const chunks: string[] = []
  let expected = 1
  for (const line of lines) {
    const m = /^(\d+)(?:\s+.*)?$/.exec(line)
    if (m && Number(m[1]) === expected) {
      chunks.push('')
      expected++
    }
    if (chunks.length) chunks[chunks.length - 1] += `${line}\n`
  }
  const chunk = (row: number) => squash(chunks[row - 1].replace(/毕节市人力资源和社会保障局2024年政务公开标准规范（试行）[\s\S]*?依申\n?请公\n?开/g, ''))

  test('96 rows, 96 items, in order', () => {
    expect(chunks).toHaveLength(96)
    expect(cat.items.map((i) => i.row)).toEqual(Array.from({ length: 96 }, (_, i) => i + 1))
  })

  test.each(Array.from({ length: 96 }, (_, i) => i + 1))('row %i: fields appear in its part of the source; checked channels match', (row) => {
    const item = cat.items[row - 1]
    const own = chunk(row)
    const filled = item.sourceNotes.filter((n) => n.kind === 'merged-cell').map((n) => n.field)
    if (!filled.includes('name')) expect(own).toContain(squash(item.name))
    if (!filled.includes('category')) expect(own).toContain(squash(item.category))
    for (const c of item.contents) expect(own).toContain(squash(c))
    for (const unit of item.unit.split('、')) expect(own).toContain(squash(unit))
    expect(own).toContain(squash(item.publicationLimit))
    for (const b of item.legalBases) expect(own).toContain(squash(b))
    const channelBlock = chunks[row - 1]
      .split('\n')
      .filter((l) => /^[■□]/.test(l))
      .join('')
    const checked = [...channelBlock.matchAll(/■([^■□]+)/g)].map((m) => m[1].replace(/[\s\uf020]+/g, ''))
    expect(item.channels).toEqual(checked)
  })

  test('row 55 repeats row 46 and is marked as a duplicate', () => {
    expect(cat.items[54]).toMatchObject({ name: cat.items[45].name, duplicateOf: 'bj-046' })
    expect(cat.items[54].sourceNotes.some((n) => n.kind === 'duplicate-row')).toBe(true)
  })

  test('audiences and methods as the source marks them', () => {
    expect(cat.items[24].audience).toEqual({ public: false, specificGroup: '各县区人社部门、技工院校、培训机构' })
    expect(cat.items[92].audience).toEqual({ public: false, specificGroup: '流动党员' })
    expect(cat.items[69].methods).toEqual([
      { type: '主动公开', scope: '办事指南' },
      { type: '依申请公开', scope: '办理结果' },
    ])
  })
})

test('every item name is verbatim in its seed', () => {
  const seeds = [
    readFileSync(path.join(SEEDS, 'hami/source/000_88a5f2f0b07f0616.txt'), 'utf8'),
    readFileSync(path.join(SEEDS, 'bijie/source/004_ddc107a2ae80b304.txt'), 'utf8'),
  ].map(squash)
  for (const cat of realDataset().catalogues) {
    const seed = seeds[cat.region.id === 'hami' ? 0 : 1]
    for (const item of cat.items) expect(seed).toContain(squash(item.name))
  }
})
