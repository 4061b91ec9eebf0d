/**
 * npm run bench — size and speed budgets, measured against a minimal one-page Taro app
 * (test/fixtures/minimal-app) built with the same config in the same run. Prints one figure per line:
 *   weapp main-package bytes and total bytes;
 *   H5 initial JavaScript (everything the home page loads before any user action), raw and gzip;
 *   H5 home first contentful paint in Chromium with 4x CPU slowdown and a slow-4G network,
 *   median of 5 cold loads (app and fixture interleaved);
 *   Lighthouse 12's mobile profile on the app's home and a shared guide (bj-073) against the fixture:
 *   performance score, LCP and total blocking time, single runs and a median of 3 (scripts/bench/lighthouse.ts).
 * Figures are ratios from one run: these machines are noisy. Nothing here fails a build.
 *
 *   npm run bench [-- --no-build] [-- --runs 5] [-- --no-lighthouse] [-- --trace]
 */
import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium, type Browser } from '../../test/browser/chromium'
import { measureWeapp } from '../check-weapp'
import { lighthouseFigures } from './lighthouse'
import { serveStatic } from '../serve'
import { throttledPage } from './throttled-page'

const ROOT = path.resolve(__dirname, '..', '..')
const BENCH_DIR = path.join(ROOT, '.bench')
const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5
const APP = { name: 'app', weapp: path.join(ROOT, 'dist/weapp'), h5: path.join(ROOT, 'dist/h5') }
const FIXTURE = { name: 'fixture', weapp: path.join(BENCH_DIR, 'fixture/weapp'), h5: path.join(BENCH_DIR, 'fixture/h5') }

function build(): void {
  const run = (cmd: string, env: Record<string, string> = {}) => execSync(cmd, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  run('npm run data --silent')
  for (const type of ['weapp', 'h5']) {
    run(`npx taro build --type ${type}`)
    run(`npx taro build --type ${type}`, { TARO_APP_SOURCE: 'test/fixtures/minimal-app/src', TARO_APP_OUTPUT: '.bench/fixture' })
  }
}

/**
 * Scripts the home page loads before any tap, raw and gzip. `settle`: wait for network idle (the
 * default), or for load plus a quiet second (a province build checks its data origin at launch, and
 * the figure must not depend on that request).
 */
export async function initialJs(
  browser: Browser,
  dir: string,
  settle: 'networkidle' | 'load' = 'networkidle',
): Promise<{ raw: number; gzip: number; files: number }> {
  const server = await serveStatic(dir)
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: Promise<Buffer>[] = []
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') bodies.push(res.body())
  })
  await page.goto(`${server.url}/`, { waitUntil: settle })
  await page.waitForTimeout(settle === 'load' ? 1500 : 500)
  const all = await Promise.all(bodies)
  await context.close()
  await server.close()
  return { raw: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), files: all.length }
}

export async function fcpOnce(browser: Browser, url: string): Promise<number> {
  const { context, page } = await throttledPage(browser, { slowNetwork: true })
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const existing = performance.getEntriesByName('first-contentful-paint')[0]
        if (existing) return resolve(existing.startTime)
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (entry) resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
      }),
  )
  await context.close()
  return fcp
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ratio = (a: number, b: number) => (a / b).toFixed(2)

async function main(): Promise<void> {
  if (!args.includes('--no-build')) build()
  const weapp = { app: measureWeapp(APP.weapp), fixture: measureWeapp(FIXTURE.weapp) }
  const browser = await launchChromium()
  const js = { app: await initialJs(browser, APP.h5), fixture: await initialJs(browser, FIXTURE.h5) }

  const servers = { app: await serveStatic(APP.h5), fixture: await serveStatic(FIXTURE.h5) }
  const fcp: Record<'app' | 'fixture', number[]> = { app: [], fixture: [] }
  // One warm-up each (not counted), then interleaved cold loads so drift affects both equally.
  await fcpOnce(browser, `${servers.app.url}/`)
  await fcpOnce(browser, `${servers.fixture.url}/`)
  for (let i = 0; i < RUNS; i++) {
    fcp.fixture.push(await fcpOnce(browser, `${servers.fixture.url}/`))
    fcp.app.push(await fcpOnce(browser, `${servers.app.url}/`))
  }
  await servers.app.close()
  await servers.fixture.close()
  await browser.close()

  const lines: [string, number, number][] = [
    ['weapp main package bytes', weapp.app.mainBytes, weapp.fixture.mainBytes],
    ['weapp total bytes', weapp.app.totalBytes, weapp.fixture.totalBytes],
    ['h5 initial js raw bytes', js.app.raw, js.fixture.raw],
    ['h5 initial js gzip bytes', js.app.gzip, js.fixture.gzip],
    [`h5 home fcp ms (4x cpu, slow 4g, median of ${RUNS})`, Math.round(median(fcp.app)), Math.round(median(fcp.fixture))],
  ]
  for (const [label, app, fixture] of lines) console.log(`${label}: app=${app} fixture=${fixture} ratio=${ratio(app, fixture)}`)
  for (const s of weapp.app.subpackages) console.log(`weapp subpackage ${s.root} bytes: ${s.bytes}`)
  console.log(`h5 fcp samples ms: app=[${fcp.app.map(Math.round).join(', ')}] fixture=[${fcp.fixture.map(Math.round).join(', ')}]`)
  console.log(
    `budgets (issue 20): weapp main <= 1.6x: ${Number(ratio(weapp.app.mainBytes, weapp.fixture.mainBytes)) <= 1.6 ? 'yes' : 'NO'}; h5 initial js gzip <= 1.5x: ${Number(ratio(js.app.gzip, js.fixture.gzip)) <= 1.5 ? 'yes' : 'NO'}; h5 fcp <= 1.3x: ${median(fcp.app) / median(fcp.fixture) <= 1.3 ? 'yes' : 'NO'}`,
  )
  // Lighthouse launches its own Chromium; the one above is closed, so they do not compete.
  const lighthouse = args.includes('--no-lighthouse') ? null : await lighthouseFigures(APP.h5, FIXTURE.h5, 3, args.includes('--trace'))
  for (const line of lighthouse?.lines ?? []) console.log(line)
  if (lighthouse)
    console.log(
      `budgets (issue 22): lighthouse LCP <= 1.15x, TBT <= 1.5x, score >= 85 on home and guide (median of 3): ${lighthouse.targetsMet ? 'yes' : 'NO'}`,
    )
  mkdirSync(BENCH_DIR, { recursive: true })
  writeFileSync(
    path.join(BENCH_DIR, 'app-bench.json'),
    JSON.stringify({ weapp, js, fcp, lighthouse: lighthouse?.lines ?? null, runs: RUNS, at: new Date().toISOString() }, null, 2),
  )
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
