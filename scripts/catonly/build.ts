/**
 * npm run build:catonly — a test build with a third, catalogue-only region (no 办事指南 at all):
 *   1. .catonly/mock-data/: a copy of mock-data/ (hami, bijie, aliases, themes ...), plus the region
 *      `demo-import` (示例导入地区, a test name, no real bureau) imported from seed 000
 *      (mock-data/hami/source/) by `npm run catalogue:import`, with no guides;
 *   2. the data build on it: app outputs to .catonly/generated/, the data origin to .catonly/origin/
 *      (src/generated/ and dist/ are not touched), every region bundled;
 *   3. unless --data-only: weapp and H5 builds against it into .catonly/dist/{weapp,h5}.
 * test/weapp/catalogue-only.test.ts (WEAPP_DIST=.catonly/dist/weapp) and
 * test/browser/catalogue-only.test.ts run on that build.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runDataBuild } from '../data/build'
import { ROOT } from '../data/load'

export const CATONLY_DIR = path.join(ROOT, '.catonly')
export const CATONLY_DATA_DIR = path.join(CATONLY_DIR, 'mock-data')
export const CATONLY_GENERATED_DIR = path.join(CATONLY_DIR, 'generated')
export const CATONLY_ORIGIN_DIR = path.join(CATONLY_DIR, 'origin')
export const CATONLY_APP_DIR = path.join(CATONLY_DIR, 'dist')

/** The imported test region: a name no bureau has, so nobody mistakes it for a real one. */
export const DEMO_REGION = { id: 'demo-import', name: '示例导入地区', seed: 'mock-data/hami/source/000_88a5f2f0b07f0616.txt' }

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, log?: string): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (log) writeFileSync(log, `${result.stdout}\n${result.stderr}`)
  else process.stdout.write(result.stdout)
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed${log ? ` (log: ${path.relative(ROOT, log)})` : ''}:\n${(result.stderr || result.stdout).slice(-3000)}`)
    process.exit(1)
  }
}

/** .catonly/mock-data: the real data, and the demo region as the importer writes it. */
export function prepareData(): void {
  rmSync(CATONLY_DATA_DIR, { recursive: true, force: true })
  mkdirSync(CATONLY_DATA_DIR, { recursive: true })
  for (const name of readdirSync(path.join(ROOT, 'mock-data'))) {
    cpSync(path.join(ROOT, 'mock-data', name), path.join(CATONLY_DATA_DIR, name), { recursive: true })
  }
  run('npm', [
    'run',
    '--silent',
    'catalogue:import',
    '--',
    DEMO_REGION.seed,
    '--region',
    DEMO_REGION.id,
    '--name',
    DEMO_REGION.name,
    '--out',
    path.relative(ROOT, CATONLY_DATA_DIR),
  ])
  if (existsSync(path.join(CATONLY_DATA_DIR, DEMO_REGION.id, 'guides'))) throw new Error('the imported region must have no guides')
}

function taroBuild(type: 'weapp' | 'h5'): void {
  mkdirSync(CATONLY_APP_DIR, { recursive: true })
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_GENERATED_DIR: path.relative(ROOT, CATONLY_GENERATED_DIR),
    TARO_APP_OUTPUT: path.relative(ROOT, CATONLY_APP_DIR),
  }
  const started = Date.now()
  run('npx', ['taro', 'build', '--type', type], env, path.join(CATONLY_APP_DIR, `${type}.log`))
  console.log(`${type} build: ${((Date.now() - started) / 1000).toFixed(0)} s -> ${path.relative(ROOT, path.join(CATONLY_APP_DIR, type))}`)
}

function main(): void {
  prepareData()
  const manifest = runDataBuild({
    dataRoot: CATONLY_DATA_DIR,
    generatedDir: CATONLY_GENERATED_DIR,
    outDir: CATONLY_ORIGIN_DIR,
    bundled: ['hami', 'bijie', DEMO_REGION.id],
  })
  if (!manifest) process.exit(1)
  if (process.argv.includes('--data-only')) return
  const only = process.argv.find((a) => a === '--weapp' || a === '--h5')
  if (only !== '--h5') taroBuild('weapp')
  if (only !== '--weapp') taroBuild('h5')
}

if (require.main === module) main()
