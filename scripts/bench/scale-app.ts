/**
 * The app half of npm run bench:scale: the province build (.scale/dist, npm run scale:build) against
 * today's two-region build (dist/) and the empty fixture app (.bench/fixture, built by npm run bench),
 * all measured in this one run. One figure per line:
 *   weapp main package, each subpackage, the total, every package <= 2 MB, main ratio province / two-region;
 *   H5 initial JS gzip (home), ratio province / two-region;
 *   bytes (gzip) to cold-open a shared guide of a remote and of a bundled region, and their ratio to the
 *   fixture's initial JS gzip;
 *   throttled (4x CPU, slow 4G) time until the guide's name paints on a cold open of a shared guide
 *   link, median of RUNS, as a ratio to the fixture's FCP (median of RUNS).
 * Budgets (issue 11) are printed beside the figures; nothing here fails a build.
 *
 *   npx tsx scripts/bench/scale-app.ts [--runs 5]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Request } from 'playwright-core'
import type { DataManifest, RegionIndexFile } from '../../types/region-data'
import { launchChromium, type Browser } from '../../test/browser/chromium'
import { measureWeapp } from '../check-weapp'
import { ROOT } from '../data/load'
import { serveStatic } from '../serve'
import { fcpOnce, initialJs } from './app'
import { throttledPage } from './throttled-page'

const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5
const TWO = { weapp: path.join(ROOT, 'dist/weapp'), h5: path.join(ROOT, 'dist/h5') }
const PROVINCE = { weapp: path.join(ROOT, '.scale/dist/weapp'), h5: path.join(ROOT, '.scale/dist/h5'), origin: path.join(ROOT, '.scale/origin') }
const FIXTURE = { weapp: path.join(ROOT, '.bench/fixture/weapp'), h5: path.join(ROOT, '.bench/fixture/h5') }

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * Everything a cold open of `url` asks for (scripts, styles, data) until the guide's name is on the
 * page, gzip-compressed file by file. The moment is the page's own: an observer in the page reports
 * the first visible h1 with the name, so what the page asks for after it (the region's offline copy
 * and its code) is not counted however fast it follows.
 */
async function coldOpenBytes(browser: Browser, base: string, url: string, name: string): Promise<{ gzip: number; files: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  let shown = false
  const counted = new Set<Request>()
  await page.exposeBinding('benchNameShown', () => {
    shown = true
  })
  // A string, not a function: tsx would wrap a function's inner helpers in its own __name(), which the page lacks.
  await page.addInitScript(`(() => {
    const wanted = ${JSON.stringify(name)}
    const observer = new MutationObserver(() => {
      const hit = Array.from(document.querySelectorAll('h1')).some((h) => (h.textContent || '').includes(wanted) && h.getBoundingClientRect().height > 0)
      if (!hit) return
      observer.disconnect()
      window.benchNameShown()
    })
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true }))
  })()`)
  page.on('request', (req) => {
    if (!shown && ['script', 'stylesheet', 'fetch', 'xhr', 'document'].includes(req.resourceType())) counted.add(req)
  })
  const bodies: Promise<Buffer | null>[] = []
  page.on('response', (res) => {
    if (counted.has(res.request()) && res.status() === 200) bodies.push(res.body().catch(() => null))
  })
  await page.goto(base + url, { waitUntil: 'load' })
  await page.locator('h1 >> visible=true', { hasText: name }).first().waitFor()
  await page.waitForLoadState('networkidle')
  const all = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null)
  await context.close()
  return { gzip: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), files: all.length }
}

/** Throttled cold open: ms from navigation start until the guide's name is on screen. */
async function nameShownOnce(browser: Browser, url: string, name: string): Promise<number> {
  const { context, page } = await throttledPage(browser, { slowNetwork: true })
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 })
  // Polled every 50 ms: the moment a visible h1 carries the name, in the page's own clock (ms since navigation).
  const handle = await page.waitForFunction(
    (wanted) => {
      const hit = Array.from(document.querySelectorAll('h1')).some((h) => (h.textContent ?? '').includes(wanted) && h.getBoundingClientRect().height > 0)
      return hit ? performance.now() : false
    },
    name,
    { timeout: 180_000, polling: 50 },
  )
  const at = (await handle.jsonValue()) as number
  await context.close()
  return at
}

/** A guide of a synthetic (remote) region: the first item with a guide in the region nearest 100 items. */
function remoteGuide(): { regionId: string; id: string; name: string } {
  const manifest = JSON.parse(JSON.parse(readFileSync(path.join(PROVINCE.origin, 'manifest.json'), 'utf8')).manifest) as DataManifest
  const remote = manifest.regions.filter((r) => !r.bundled)
  const region = remote[Math.floor(remote.length / 2)]
  const index = JSON.parse(readFileSync(path.join(PROVINCE.origin, region.files.index.path), 'utf8')) as RegionIndexFile
  const item = index.region.items.find((i) => i.guideId !== null)!
  return { regionId: region.id, id: item.id, name: item.name }
}

async function main(): Promise<void> {
  for (const [what, dir] of [
    ['province weapp', PROVINCE.weapp],
    ['province H5', PROVINCE.h5],
    ['two-region weapp', TWO.weapp],
    ['two-region H5', TWO.h5],
    ['fixture H5', FIXTURE.h5],
  ] as const) {
    if (!existsSync(dir)) {
      console.error(
        `${what} build missing at ${path.relative(ROOT, dir)}: run npm run scale:build, npm run build:weapp, npm run build:h5 and npm run bench first`,
      )
      process.exit(1)
    }
  }
  const limit = 2 * 1024 * 1024
  const weapp = { province: measureWeapp(PROVINCE.weapp), two: measureWeapp(TWO.weapp) }
  for (const [label, m] of [
    ['province', weapp.province],
    ['two-region', weapp.two],
  ] as const) {
    console.log(`weapp ${label} main package: ${m.mainBytes} bytes (${kb(m.mainBytes)})`)
    for (const sp of m.subpackages) console.log(`weapp ${label} subpackage ${sp.root}: ${sp.bytes} bytes (${kb(sp.bytes)})`)
    console.log(`weapp ${label} total: ${m.totalBytes} bytes (${kb(m.totalBytes)})`)
    console.log(`weapp ${label} every package <= 2 MB: ${[m.mainBytes, ...m.subpackages.map((s) => s.bytes)].every((b) => b <= limit) ? 'yes' : 'NO'}`)
  }
  const mainRatio = weapp.province.mainBytes / weapp.two.mainBytes
  console.log(`weapp main package ratio province / two-region: ${mainRatio.toFixed(3)} (budget <= 1.10: ${mainRatio <= 1.1 ? 'yes' : 'NO'})`)

  const browser = await launchChromium()
  const js = {
    province: await initialJs(browser, PROVINCE.h5, 'load'),
    two: await initialJs(browser, TWO.h5, 'load'),
    fixture: await initialJs(browser, FIXTURE.h5, 'load'),
  }
  console.log(`h5 initial js gzip: province=${js.province.gzip} two-region=${js.two.gzip} fixture=${js.fixture.gzip}`)
  // Not in the figure above: the download code, which a province build loads when a region that is not
  // bundled is first needed (or, at launch, when data from the origin is kept on the phone).
  const download = readdirSync(path.join(PROVINCE.h5, 'chunk')).filter((f) => f.startsWith('region-remote.') && f.endsWith('.js'))
  const downloadGzip = download.reduce((n, f) => n + gzipSync(readFileSync(path.join(PROVINCE.h5, 'chunk', f)), { level: 9 }).length, 0)
  console.log(`h5 province download code (region-remote chunk, loaded on first need, not in the initial js): ${downloadGzip} bytes gzip`)
  const jsRatio = js.province.gzip / js.two.gzip
  console.log(`h5 initial js gzip ratio province / two-region: ${jsRatio.toFixed(3)} (budget <= 1.10: ${jsRatio <= 1.1 ? 'yes' : 'NO'})`)

  const province = await serveStatic(PROVINCE.h5, 0, { mounts: { '/data': PROVINCE.origin } })
  const fixture = await serveStatic(FIXTURE.h5)
  const remote = remoteGuide()
  const bundled = { regionId: 'bijie', id: 'bj-073', name: '市本级参保人员办理失业保险金申领' }
  const guideUrl = (g: { regionId: string; id: string }) => `/guide?region=${g.regionId}&id=${g.id}`
  const cold = {
    remote: await coldOpenBytes(browser, province.url, guideUrl(remote), remote.name),
    bundled: await coldOpenBytes(browser, province.url, guideUrl(bundled), bundled.name),
  }
  for (const [label, c, g] of [
    ['remote', cold.remote, remote],
    ['bundled', cold.bundled, bundled],
  ] as const) {
    const r = c.gzip / js.fixture.gzip
    console.log(
      `cold open of a shared guide, ${label} region (${g.regionId} ${g.id}): ${c.gzip} bytes gzip in ${c.files} files; ratio to fixture initial js: ${r.toFixed(2)} (budget <= 1.75: ${r <= 1.75 ? 'yes' : 'NO'})`,
    )
  }

  // Throttled: one warm-up each, then interleaved cold loads so drift affects all equally.
  const times: Record<'fixture' | 'remote' | 'bundled', number[]> = { fixture: [], remote: [], bundled: [] }
  await fcpOnce(browser, `${fixture.url}/`)
  await nameShownOnce(browser, province.url + guideUrl(bundled), bundled.name)
  for (let i = 0; i < RUNS; i++) {
    times.fixture.push(await fcpOnce(browser, `${fixture.url}/`))
    times.remote.push(await nameShownOnce(browser, province.url + guideUrl(remote), remote.name))
    times.bundled.push(await nameShownOnce(browser, province.url + guideUrl(bundled), bundled.name))
  }
  await province.close()
  await fixture.close()
  await browser.close()
  const fcp = median(times.fixture)
  console.log(`fixture fcp ms (4x cpu, slow 4g, median of ${RUNS}): ${Math.round(fcp)} [${times.fixture.map(Math.round).join(', ')}]`)
  for (const label of ['remote', 'bundled'] as const) {
    const t = median(times[label])
    console.log(
      `guide name shown ms, ${label} region (4x cpu, slow 4g, median of ${RUNS}): ${Math.round(t)} [${times[label].map(Math.round).join(', ')}]; ratio to fixture fcp: ${(t / fcp).toFixed(2)} (budget <= 1.4: ${t / fcp <= 1.4 ? 'yes' : 'NO'})`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
