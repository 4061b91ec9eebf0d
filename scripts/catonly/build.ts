/**
 * npm run build:catonly — test builds with imported, catalogue-only regions (no 办事指南 at all):
 *   1. .catonly/mock-data/: a copy of mock-data/ (hami, bijie, aliases, themes ...), plus the region
 *      `demo-import` (示例导入地区, a test name, no real bureau) imported from seed 000
 *      (mock-data/hami/source/) by `npm run catalogue:import`, with no guides, and the region README's
 *      "Add your bureau" imports (its command as written there, with --out .catonly/mock-data);
 *   2. bundled: the data build on it with the default bundled regions, i.e. every region (README step 5;
 *      app outputs to .catonly/generated/, the data origin to .catonly/origin/; src/generated/ and dist/
 *      are not touched), then weapp and H5 builds into .catonly/dist/{weapp,h5} —
 *      test/weapp/catalogue-only.test.ts, test/weapp/add-your-bureau.test.ts, test/browser/catalogue-only.test.ts;
 *   3. remote: the same data with hami and bijie bundled and demo-import downloaded from the data origin
 *      (.catonly/remote/origin, manifest signed with the test-only key in test/keys/), weapp build with the
 *      origin https://data.example.test and H5 build with /data, into .catonly/remote/dist/{weapp,h5} —
 *      test/weapp/catalogue-only-remote.test.ts and test/browser/catalogue-only-remote.test.ts.
 * Flags: --data-only (no Taro build), --weapp / --h5 (one platform), --bundled / --remote (one variant).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundledRegions, runDataBuild } from '../data/build'
import { ROOT } from '../data/load'
import { readmeImportCommand } from './readme'

export const CATONLY_DIR = path.join(ROOT, '.catonly')
export const CATONLY_DATA_DIR = path.join(CATONLY_DIR, 'mock-data')
export const CATONLY_GENERATED_DIR = path.join(CATONLY_DIR, 'generated')
export const CATONLY_ORIGIN_DIR = path.join(CATONLY_DIR, 'origin')
export const CATONLY_APP_DIR = path.join(CATONLY_DIR, 'dist')
/** The remote variant: demo-import is not bundled but downloaded from the data origin. */
export const CATONLY_REMOTE_DIR = path.join(CATONLY_DIR, 'remote')
/** The data origin the remote variant's weapp build downloads from (the weapp suite answers wx.request for it). */
export const WEAPP_TEST_ORIGIN = 'https://data.example.test'
const TEST_KEYS = path.join(ROOT, 'test/keys')

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
  // README "Add your bureau", step 2 as written (its example file and names), into the copy.
  run('npm', ['run', '--silent', 'catalogue:import', '--', ...readmeImportCommand().args, '--out', path.relative(ROOT, CATONLY_DATA_DIR)])
}

function taroBuild(type: 'weapp' | 'h5', generatedDir: string, appDir: string, extraEnv: Record<string, string> = {}): void {
  mkdirSync(appDir, { recursive: true })
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_GENERATED_DIR: path.relative(ROOT, generatedDir),
    TARO_APP_OUTPUT: path.relative(ROOT, appDir),
    ...extraEnv,
  }
  const started = Date.now()
  run('npx', ['taro', 'build', '--type', type], env, path.join(appDir, `${type}.log`))
  console.log(`${type} build: ${((Date.now() - started) / 1000).toFixed(0)} s -> ${path.relative(ROOT, path.join(appDir, type))}`)
}

/** The remote variant's data build: demo-import goes to the signed origin only. */
function remoteDataBuild(): boolean {
  const key = readFileSync(path.join(TEST_KEYS, 'TEST-ONLY-data-signing.key'), 'utf8').trim()
  const saved = process.env.DATA_SIGNING_KEY
  process.env.DATA_SIGNING_KEY = key
  try {
    return (
      runDataBuild({
        dataRoot: CATONLY_DATA_DIR,
        generatedDir: path.join(CATONLY_REMOTE_DIR, 'generated'),
        outDir: path.join(CATONLY_REMOTE_DIR, 'origin'),
        bundled: ['hami', 'bijie'],
      }) !== null
    )
  } finally {
    if (saved === undefined) delete process.env.DATA_SIGNING_KEY
    else process.env.DATA_SIGNING_KEY = saved
  }
}

function main(): void {
  prepareData()
  const variant = process.argv.find((a) => a === '--bundled' || a === '--remote')
  const only = process.argv.find((a) => a === '--weapp' || a === '--h5')
  const dataOnly = process.argv.includes('--data-only')
  if (variant !== '--remote') {
    const manifest = runDataBuild({
      dataRoot: CATONLY_DATA_DIR,
      generatedDir: CATONLY_GENERATED_DIR,
      outDir: CATONLY_ORIGIN_DIR,
      // README "Add your bureau" step 5: with TARO_APP_BUNDLED_REGIONS unset, every region in the data is bundled.
      bundled: bundledRegions('', CATONLY_DATA_DIR),
    })
    if (!manifest) process.exit(1)
    if (!dataOnly && only !== '--h5') taroBuild('weapp', CATONLY_GENERATED_DIR, CATONLY_APP_DIR)
    if (!dataOnly && only !== '--weapp') taroBuild('h5', CATONLY_GENERATED_DIR, CATONLY_APP_DIR)
  }
  if (variant !== '--bundled') {
    if (!remoteDataBuild()) process.exit(1)
    const generated = path.join(CATONLY_REMOTE_DIR, 'generated')
    const app = path.join(CATONLY_REMOTE_DIR, 'dist')
    const keys = readFileSync(path.join(TEST_KEYS, 'TEST-ONLY-data-signing.pub'), 'utf8').trim()
    if (!dataOnly && only !== '--h5') taroBuild('weapp', generated, app, { TARO_APP_DATA_ORIGIN: WEAPP_TEST_ORIGIN, TARO_APP_DATA_KEYS: keys })
    if (!dataOnly && only !== '--weapp') taroBuild('h5', generated, app, { TARO_APP_DATA_ORIGIN: '/data', TARO_APP_DATA_KEYS: keys })
  }
}

if (require.main === module) main()
