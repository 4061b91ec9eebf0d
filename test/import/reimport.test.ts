/**
 * Re-importing an updated table keeps what citizens saved: an unchanged item keeps its id (matched by
 * category and name, wherever its row moved), a new item gets an id no item of the region ever had,
 * and the report names added, removed and renamed rows and the guides left without an item.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import * as v from 'valibot'
import { CatalogueFileSchema, type CatalogueFile } from '../../types/catalogue'
import { groupGuides, guideGroupNumber } from '../../scripts/data/region-files'
import { realDataset, realIndex } from '../helpers/dataset'
import { main } from '../../scripts/import/cli'
import type { ImportReport } from '../../scripts/import'
import { FIXTURES, ROOT, realCatalogue } from './helpers'

let out: string
let stdout: jest.SpyInstance
beforeEach(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'reimport-'))
  cpSync(path.join(ROOT, 'mock-data/hami'), path.join(out, 'hami'), { recursive: true })
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  stdout.mockRestore()
  rmSync(out, { recursive: true, force: true })
})

/** The 哈密 table as a bureau would publish its next version: one row gone, one new, one renamed. */
function updatedTable(): string {
  const lines = iconv
    .decode(readFileSync(path.join(FIXTURES, 'hami-gbk.csv')), 'gb18030')
    .trimEnd()
    .split('\r\n')
  const [top, sub, ...rows] = lines
  const cells = rows.map((r) => r.split(','))
  const removed = cells.filter((c) => c[2] !== '政务信息公开') // row 5 goes
  const inserted = [
    '0',
    '政策信息和政务公开',
    '政策解读',
    '政策解读材料',
    '《中华人民共和国政府信息公开条例》',
    '市人社局',
    '信息形成或者变更之日起 20 个工作日内',
    '☑政府网站',
    '√',
    '',
    '√',
    '',
    '市级',
    '0902-2321695',
  ]
  removed.splice(2, 0, inserted) // a new row 3
  const renamed = removed.map((c) => (c[2] === '职业介绍补贴' ? [...c.slice(0, 2), '职业介绍补贴申领', ...c.slice(3)] : c))
  const renumbered = renamed.map((c, i) => [String(i + 1), ...c.slice(1)].join(','))
  return [top, sub, ...renumbered].join('\r\n')
}

const read = (): CatalogueFile => JSON.parse(readFileSync(path.join(out, 'hami/catalogue.json'), 'utf8'))
const report = (): ImportReport => JSON.parse(readFileSync(path.join(out, 'hami/import-report.json'), 'utf8'))

test('the same table again: every id kept, nothing added or removed, venues kept, data version bumped', async () => {
  const before = realCatalogue('hami')
  expect(await main([path.join(FIXTURES, 'hami.csv'), '--region', 'hami', '--name', '哈密市', '--out', out])).toBe(0)
  const after = read()
  expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id))
  expect(after.venues).toEqual(before.venues)
  expect(after.dataVersion).not.toBe(before.dataVersion)
  expect(report().reimport).toEqual({ kept: 31, added: [], removed: [], renamed: [], moved: [] })
})

test('an updated table: unchanged items keep their ids wherever their row went; new and renamed items get fresh ids', async () => {
  const file = path.join(out, 'hami-2025.csv')
  writeFileSync(file, updatedTable())
  const before = realCatalogue('hami')
  expect(await main([file, '--region', 'hami', '--name', '哈密市', '--out', out])).toBe(0)
  const after = read()
  expect(v.safeParse(CatalogueFileSchema, after).success).toBe(true)
  const idOf = (c: CatalogueFile, name: string) => c.items.filter((i) => i.name === name).map((i) => [i.id, i.row])

  // 就业政策法规咨询 keeps hm-006 though its row is still 6; 机构职能 stays hm-001; both 规范性文件 rows keep theirs.
  expect(idOf(after, '机构职能')).toEqual([['hm-001', 1]])
  expect(idOf(after, '规范性文件')).toEqual([
    ['hm-003', 4],
    ['hm-004', 5],
  ])
  expect(idOf(after, '创业补贴')).toEqual([['hm-013', 13]])
  // The new row 3 does not take hm-003 (a citizen's favourite of 规范性文件), nor the removed hm-005.
  expect(idOf(after, '政策解读')).toEqual([['hm-032', 3]])
  expect(after.items.some((i) => i.id === 'hm-005')).toBe(false)
  // The renamed row is a new item: favourites of hm-024 show 事项不存在或已调整.
  expect(idOf(after, '职业介绍补贴申领')).toEqual([['hm-033', 24]])
  expect(new Set(after.items.map((i) => i.id)).size).toBe(after.items.length)
  expect(after.items.filter((i) => before.items.some((b) => b.id === i.id && b.name === i.name))).toHaveLength(29)

  const changes = report().reimport!
  expect(changes.kept).toBe(29)
  expect(changes.added).toEqual([{ id: 'hm-032', row: 3, name: '政策解读' }])
  expect(changes.removed).toEqual([{ id: 'hm-005', row: 5, name: '政务信息公开' }])
  expect(changes.renamed).toEqual([{ oldId: 'hm-024', newId: 'hm-033', from: '职业介绍补贴', to: '职业介绍补贴申领' }])
  expect(changes.moved).toEqual([
    { id: 'hm-003', fromRow: 3, toRow: 4 },
    { id: 'hm-004', fromRow: 4, toRow: 5 },
  ])
  expect(report().orphanedGuides).toEqual([path.join(out, 'hami/guides/hm-024.json')])
  const printed = stdout.mock.calls.map((c) => String(c[0])).join('')
  expect(printed).toContain('removed hm-005 (was row 5) 政务信息公开: saved favourites show 事项不存在或已调整')
  expect(printed).toContain('renamed hm-024 → hm-033: 职业介绍补贴 → 职业介绍补贴申领')
  expect(printed).toContain(`guide without an item: ${path.join(out, 'hami/guides/hm-024.json')}`)
  // The new source replaces the old one, so the phone rule reads the table now in force.
  expect(readFileSync(path.join(out, 'hami/source/hami-2025.csv'), 'utf8')).toContain('政策解读')
})

test('a kept id whose row moved is still in the guide group its id names (the app finds groups by id)', () => {
  const dataset = realDataset()
  const region = realIndex().regions.find((r) => r.id === 'hami')!
  const details = new Map(dataset.catalogues.flatMap((c) => c.items.map((i) => [i.id, i] as const)))
  // hm-006 re-imported from row 30 keeps its id.
  details.set('hm-006', { ...details.get('hm-006')!, row: 30 })
  const { rowsPerGroup, groups } = groupGuides(region, details, dataset.guides)
  const holding = groups.find((g) => 'hm-006' in g.items)!
  expect(holding.number).toBe(guideGroupNumber(6, rowsPerGroup))
  expect(holding.number).not.toBe(guideGroupNumber(30, rowsPerGroup))
})
