/**
 * An imported region goes through the project's own validation like the seeds: its phone numbers
 * stand because they are printed in its own source file (text, page or workbook), and only there.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadDataFiles } from '../../scripts/data/load'
import { formatProblem, validateData, type DataFile } from '../../scripts/data/validate'
import { main } from '../../scripts/import/cli'
import { FIXTURES } from './helpers'

let dir: string
let stdout: jest.SpyInstance
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'data-rule-'))
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  stdout.mockRestore()
  rmSync(dir, { recursive: true, force: true })
})

const real = loadDataFiles()
// Guides for a catalogue-only region are the app side's rule (issue 21, catalogue-only regions); here only
// the rest of validation, the phone rule above all, is checked.
const problems = (files: DataFile[]) =>
  validateData(files)
    .problems.map(formatProblem)
    .filter((p) => !/is missing: every \w+ item needs a service guide/.test(p))

async function imported(file: string, region: string, prefix: string): Promise<DataFile[]> {
  expect(await main([path.join(FIXTURES, file), '--region', region, '--name', '示例市', '--prefix', prefix, '--out', dir])).toBe(0)
  return loadDataFiles(dir).filter((f) => f.path.startsWith(`mock-data/${region}/`))
}

test.each([
  ['hami.html', 'htmltown'],
  ['hami.xlsx', 'xlsxtown'],
  ['hami-gbk.csv', 'gbktown'],
])('a region imported from %s validates, its 0902-2321695 read in its own source', async (file, region) => {
  const files = await imported(file, region, region.slice(0, 2))
  expect(files.map((f) => f.path)).toEqual([
    `mock-data/${region}/catalogue.json`,
    `mock-data/${region}/import-report.json`,
    `mock-data/${region}/source/${file}`,
  ])
  expect(problems([...real, ...files])).toEqual([])
})

test('without its source file the same number is refused', async () => {
  const files = (await imported('hami.html', 'htmltown', 'ht')).filter((f) => !f.path.includes('/source/'))
  expect(problems([...real, ...files])).toContain(
    'mock-data/htmltown/catalogue.json hotlines.0.number: 0902-2321695 is not 12333 or 12345 and is not printed in mock-data/htmltown/source/',
  )
})

test('a catalogue-only county region from a variant page validates (12345 from its phone column)', async () => {
  expect(
    await main([path.join(FIXTURES, 'variants/county-social-insurance.html'), '--region', 'shixian', '--name', '示例县', '--parent', 'hami', '--out', dir]),
  ).toBe(0)
  const files = loadDataFiles(dir).filter((f) => f.path.startsWith('mock-data/shixian/'))
  expect(problems([...real, ...files])).toEqual([])
})
