/**
 * Bad input gets one line saying why, a non-zero exit, and nothing written; a file with some broken
 * rows imports the good ones and lists the rest, unless more than half are broken.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { loadDataFiles } from '../../scripts/data/load'
import { formatProblem, validateData } from '../../scripts/data/validate'
import { main } from '../../scripts/import/cli'
import type { ImportReport } from '../../scripts/import'
import { FIXTURES } from './helpers'

let dir: string
let stderr: jest.SpyInstance
let stdout: jest.SpyInstance
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bad-input-'))
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  stderr.mockRestore()
  stdout.mockRestore()
  rmSync(dir, { recursive: true, force: true })
})

const out = () => path.join(dir, 'out')
const run = (file: string, ...extra: string[]) => main([file, '--region', 'newtown', '--name', '示例市', '--out', out(), ...extra])
const message = () => stderr.mock.calls.map((c) => String(c[0])).join('')

async function refused(file: string, why: RegExp): Promise<void> {
  expect(await run(file)).toBe(1)
  const text = message()
  expect(text.trim().split('\n')).toHaveLength(1)
  expect(text).toMatch(/^catalogue:import: /)
  expect(text).toMatch(why)
  expect(existsSync(out())).toBe(false)
}

const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir, name)
  writeFileSync(file, data)
  return file
}

test('a news page with no catalogue table', async () => {
  const page =
    '<html><head><meta charset="utf-8"><title>人社局召开就业工作会议</title></head><body><h1>人社局召开就业工作会议</h1><p>会议要求……</p><table><tr><td>上一篇</td><td>下一篇</td></tr></table></body></html>'
  await refused(write('news.html', page), /no catalogue table in news\.html/)
})

test('a table whose header names nothing the catalogue has', async () => {
  await refused(write('staff.csv', '姓名,年龄,地址\n张三,30,某地\n'), /no catalogue table in staff\.csv: no header names 公开内容.*姓名 \| 年龄 \| 地址/)
})

test('an empty sheet', async () => {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('Sheet1')
  await wb.xlsx.writeFile(path.join(dir, 'empty.xlsx'))
  await refused(path.join(dir, 'empty.xlsx'), /has no table with any text/)
})

test('a truncated workbook', async () => {
  const bytes = readFileSync(path.join(FIXTURES, 'hami.xlsx'))
  await refused(write('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))), /cannot be read .*is the file complete\?/)
})

test('a binary file, an empty file, a PDF, an old .xls', async () => {
  await refused(write('blob.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])), /binary/)
  stderr.mockClear()
  await refused(write('nothing.csv', ''), /the file is empty/)
  stderr.mockClear()
  await refused(write('table.pdf', '%PDF-1.7\n...'), /extract its text first/)
  stderr.mockClear()
  await refused(write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), /save it as \.xlsx/)
})

test('a missing file, a missing --name, an unknown option', async () => {
  await refused(path.join(dir, 'nope.html'), /does not exist/)
  stderr.mockClear()
  expect(await main([path.join(FIXTURES, 'hami.html'), '--region', 'hami', '--out', out()])).toBe(1)
  expect(message()).toMatch(/--name <地区名称> is required/)
  stderr.mockClear()
  expect(await main([path.join(FIXTURES, 'hami.html'), '--region', 'hami', '--name', '哈密市', '--colour', 'red'])).toBe(1)
  expect(message()).toMatch(/unknown option --colour/)
})

/** hami.csv with 公开内容 emptied in some rows. */
function brokenRows(rows: number[]): string {
  const lines = readFileSync(path.join(FIXTURES, 'hami.csv'), 'utf8').split('\r\n')
  return lines
    .map((l, i) =>
      rows.includes(i - 1)
        ? l
            .split(',')
            .map((c, k) => (k === 3 ? '' : c))
            .join(',')
        : l,
    )
    .join('\r\n')
}

test('some broken rows: the good rows are imported, the broken ones listed and recorded as skipped', async () => {
  expect(await run(write('two-broken.csv', brokenRows([7, 20])))).toBe(0)
  const catalogue = JSON.parse(readFileSync(path.join(out(), 'newtown/catalogue.json'), 'utf8'))
  const report: ImportReport = JSON.parse(readFileSync(path.join(out(), 'newtown/import-report.json'), 'utf8'))
  expect(catalogue.items).toHaveLength(29)
  expect(catalogue.source).toMatchObject({ rowCount: 31, skippedRows: [7, 20] })
  expect(report.brokenRows).toEqual([
    { where: '第9行', row: 7, reason: '没有公开内容' },
    { where: '第22行', row: 20, reason: '没有公开内容' },
  ])
  expect(stdout.mock.calls.map((c) => String(c[0])).join('')).toContain('BROKEN 第9行: 没有公开内容 (not imported)')
  expect(readdirSync(path.join(out(), 'newtown/source'))).toEqual(['two-broken.csv'])
  // The gap is recorded, so the data build accepts the region (guides aside, the app side's rule).
  const files = [...loadDataFiles(), ...loadDataFiles(out()).filter((f) => f.path.startsWith('mock-data/newtown/'))]
  expect(
    validateData(files)
      .problems.map(formatProblem)
      .filter((p) => !/needs a service guide/.test(p)),
  ).toEqual([])
})

test('more than half the rows broken: nothing imported', async () => {
  await refused(write('mostly-broken.csv', brokenRows(Array.from({ length: 16 }, (_, i) => i + 1))), /16 of 31 rows cannot be read .*nothing imported/)
})

test('a prefix another region already uses is refused', async () => {
  expect(await main([path.join(FIXTURES, 'hami.csv'), '--region', 'hami2', '--name', '哈密市', '--out', path.join(dir, 'data')])).toBe(0)
  stderr.mockClear()
  expect(await main([path.join(FIXTURES, 'hami.csv'), '--region', 'hami3', '--name', '哈密市', '--out', path.join(dir, 'data')])).toBe(1)
  expect(message()).toMatch(/prefix "hm" is already used by another region; pass --prefix/)
  expect(existsSync(path.join(dir, 'data/hami3'))).toBe(false)
})
