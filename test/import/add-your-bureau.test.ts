/**
 * README "Add your bureau", steps 2 and 5 followed literally on a temporary copy of mock-data/: the
 * example file README names is imported with README's command (read from README), and a data build with no
 * TARO_APP_BUNDLED_REGIONS set bundles the new region beside hami and bijie (what a plain npm start
 * and npm run build:weapp then build). The app builds (too slow for Jest) are a step of npm test:
 * `npm run build:catonly` runs the same command into .catonly/ and builds weapp and H5 with the default
 * bundled regions; test/weapp/add-your-bureau.test.ts and test/browser/catalogue-only.test.ts open the region there.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readmeImportCommand } from '../../scripts/catonly/readme'
import { ROOT } from './helpers'

const EXAMPLE = 'test/import/fixtures/real/social-insurance-semicolons.html'

test('README names the example file, and it is in the repository', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  expect(readme).toContain(`npm run catalogue:import -- ${EXAMPLE} --region shixian --name 示例县`)
  expect(existsSync(path.join(ROOT, EXAMPLE))).toBe(true)
})

test('import, then a data build with the default bundled regions: the new region is bundled', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'add-bureau-'))
  try {
    const data = path.join(tmp, 'mock-data')
    cpSync(path.join(ROOT, 'mock-data'), data, { recursive: true })
    const env = { ...process.env, TARO_APP_BUNDLED_REGIONS: '' }
    const readme = readmeImportCommand()
    expect(readme.args).toEqual([EXAMPLE, '--region', 'shixian', '--name', '示例县'])
    execFileSync('npx', ['tsx', 'scripts/import/cli.ts', ...readme.args, '--out', data], { cwd: ROOT, env })
    const out = execFileSync('npx', ['tsx', 'scripts/data/build.ts'], {
      cwd: ROOT,
      env: { ...env, DATA_ROOT: data, DATA_GENERATED_DIR: path.join(tmp, 'generated'), DATA_OUT_DIR: path.join(tmp, 'origin') },
      encoding: 'utf8',
    })
    expect(out).toContain('bundled: hami, bijie, shixian')
    const manifest = JSON.parse(readFileSync(path.join(tmp, 'generated', 'bundle-manifest.json'), 'utf8'))
    const regions = manifest.regions as { id: string; name: string; bundled: boolean }[]
    expect(regions.find((r) => r.id === 'shixian')).toMatchObject({ name: '示例县', bundled: true })
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}, 120_000)
