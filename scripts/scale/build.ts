/**
 * npm run scale:build — the synthetic province's data, ready for a static origin:
 *   1. (re)generates .scale/mock-data/ when it is missing or older than mock-data/ and the generator;
 *   2. runs the data build on it: app outputs to .scale/generated/ (src/generated/ is not touched),
 *      the content-addressed origin to .scale/origin/ (manifest.json, province index, region files).
 *   3. unless --data-only: builds weapp and H5 against .scale/generated/ into .scale/dist/{weapp,h5}
 *      (config/index.ts reads DATA_GENERATED_DIR) and prints their package sizes. Until the app reads
 *      per-region data, these builds still bundle every region, so they show the size problem rather
 *      than fail on it.
 * Bundled regions: TARO_APP_BUNDLED_REGIONS, default the two real regions (copied into the province).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { measureWeapp } from '../check-weapp'
import { bundledRegions, runDataBuild } from '../data/build'
import { ROOT } from '../data/load'
import { SCALE_DATA_DIR, SCALE_DIR, generateProvince, realData, writeProvince } from './generate'

/** The TEST-ONLY key pair (test/keys): scale builds are for measuring, never for shipping. */
export const TEST_KEYS = {
  signingKey: readFileSync(path.join(ROOT, 'test/keys/TEST-ONLY-data-signing.key'), 'utf8').trim(),
  publicKeys: readFileSync(path.join(ROOT, 'test/keys/TEST-ONLY-data-signing.pub'), 'utf8').trim(),
}

export const SCALE_GENERATED_DIR = path.join(SCALE_DIR, 'generated')
export const SCALE_ORIGIN_DIR = path.join(SCALE_DIR, 'origin')
export const SCALE_APP_DIR = path.join(SCALE_DIR, 'dist')
const STAMP = path.join(SCALE_DIR, 'mock-data.stamp')
const PACKAGE_LIMIT = 2 * 1024 * 1024
const TOTAL_LIMIT = 30 * 1024 * 1024

function taroBuild(type: 'weapp' | 'h5'): void {
  mkdirSync(SCALE_APP_DIR, { recursive: true })
  const log = path.join(SCALE_APP_DIR, `${type}.log`)
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_GENERATED_DIR: path.relative(ROOT, SCALE_GENERATED_DIR),
    TARO_APP_OUTPUT: path.relative(ROOT, SCALE_APP_DIR),
    // npm run scale:serve serves the data origin under /data/ of the H5 server (weapp needs an https origin: config/index.ts).
    TARO_APP_DATA_ORIGIN: process.env.TARO_APP_DATA_ORIGIN ?? (type === 'h5' ? '/data' : 'https://data.example.test'),
    TARO_APP_DATA_KEYS: process.env.TARO_APP_DATA_KEYS ?? TEST_KEYS.publicKeys,
  }
  const started = Date.now()
  const result = spawnSync('npx', ['taro', 'build', '--type', type], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  writeFileSync(log, `${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) {
    console.error(`${type} build failed (log: ${path.relative(ROOT, log)}):\n${result.stderr.slice(-3000)}`)
    process.exit(1)
  }
  console.log(`${type} build: ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${path.relative(ROOT, log)})`)
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const over = (n: number, limit: number) => (n > limit ? ' OVER LIMIT' : '')

function reportWeapp(): void {
  const sizes = measureWeapp(path.join(SCALE_APP_DIR, 'weapp'))
  console.log(`weapp main package: ${kb(sizes.mainBytes)}${over(sizes.mainBytes, PACKAGE_LIMIT)}`)
  for (const s of sizes.subpackages) console.log(`weapp subpackage ${s.root}: ${kb(s.bytes)}${over(s.bytes, PACKAGE_LIMIT)}`)
  console.log(`weapp total: ${kb(sizes.totalBytes)}${over(sizes.totalBytes, TOTAL_LIMIT)}`)
}

function reportH5(): void {
  const dir = path.join(SCALE_APP_DIR, 'h5')
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => readFileSync(path.join(dir, m[1])))
  const js: number[] = []
  const walk = (d: string) =>
    readdirSync(d).forEach((n) =>
      statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : n.endsWith('.js') && js.push(statSync(path.join(d, n)).size),
    )
  walk(dir)
  console.log(
    `h5 initial JS (scripts in index.html): ${initial.length} files, ${kb(initial.reduce((n, b) => n + b.length, 0))} raw, ${kb(initial.reduce((n, b) => n + gzipSync(b).length, 0))} gzip`,
  )
  console.log(`h5 all JS: ${js.length} files, ${kb(js.reduce((a, b) => a + b, 0))}, largest ${kb(Math.max(...js))}`)
}

function main(): void {
  const { dataset, files } = realData()
  // The generator's inputs: the real data and the generator itself.
  const hash = createHash('sha256')
  for (const f of files) hash.update(`${f.path}\n${f.text}\n`)
  hash.update(readFileSync(path.join(__dirname, 'generate.ts')))
  const stamp = hash.digest('hex')
  if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== stamp || !existsSync(path.join(SCALE_DATA_DIR, 'aliases.json'))) {
    const province = generateProvince(dataset, files)
    writeProvince(province)
    writeFileSync(STAMP, stamp)
    console.log(`generated ${path.relative(ROOT, SCALE_DATA_DIR)}/: ${province.regions} regions, ${province.items} items`)
  } else {
    console.log(`${path.relative(ROOT, SCALE_DATA_DIR)}/ is up to date`)
  }
  process.env.DATA_SIGNING_KEY ??= TEST_KEYS.signingKey
  const manifest = runDataBuild({ dataRoot: SCALE_DATA_DIR, generatedDir: SCALE_GENERATED_DIR, outDir: SCALE_ORIGIN_DIR, bundled: bundledRegions() })
  if (!manifest) process.exit(1)
  console.log(`data origin ready: ${path.relative(ROOT, SCALE_ORIGIN_DIR)}/manifest.json (${manifest.regions.length} regions)`)
  if (process.argv.includes('--data-only')) return
  taroBuild('weapp')
  reportWeapp()
  taroBuild('h5')
  reportH5()
}

if (require.main === module) main()
