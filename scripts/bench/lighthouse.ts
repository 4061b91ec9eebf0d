/**
 * Lighthouse 12's mobile profile (simulated slow 4G, 4x CPU: its defaults) on the H5 app's home and a
 * shared guide, against the empty fixture app (test/fixtures/minimal-app) in the same run. Used by
 * `npm run bench` (scripts/bench/app.ts); on its own:
 *
 *   npx tsx scripts/bench/lighthouse.ts [--runs 3] [--trace]     (after npm run bench built both apps)
 *
 * --trace also prints where the main thread went (Lighthouse's trace: work by category, script
 * boot-up time, the LCP element and its phases), the findings to act on before changing anything.
 * Lighthouse runs from Node (its API, with chrome-launcher): the static servers live in this process and
 * nothing here blocks the event loop with a synchronous child process while Lighthouse loads pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { serveStatic } from '../serve'

const ROOT = path.resolve(__dirname, '..', '..')
export const CHROME_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** The pages measured: the app's home, a shared guide as a link opens it, and the fixture's only page. */
export const GUIDE_PATH = '/guide?region=bijie&id=bj-073'

export interface LighthouseFigures {
  score: number
  lcp: number
  tbt: number
  fcp: number
  /** Only with trace: where the main thread went. */
  trace?: {
    categories: [string, number][]
    scripts: [string, number, number][]
    lcpElement: string
    lcpPhases: [string, number][]
    longTasks: [string, number][]
  }
}

// Lighthouse and chrome-launcher are ES modules; tsx loads them through import().
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Audits = Record<string, { numericValue?: number; details?: any }>

export async function runLighthouse(url: string, trace = false): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  // Its own profile folder: chrome-launcher would otherwise make one with a synchronous `mktemp`.
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'))
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    userDataDir,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`)
    const audits = lhr.audits as unknown as Audits
    const figures: LighthouseFigures = {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
      tbt: audits['total-blocking-time'].numericValue ?? NaN,
      fcp: audits['first-contentful-paint'].numericValue ?? NaN,
    }
    if (trace) {
      // The whole report, for a closer look: .bench/lighthouse/<host-port-path>.json
      mkdirSync(path.join(ROOT, '.bench', 'lighthouse'), { recursive: true })
      writeFileSync(path.join(ROOT, '.bench', 'lighthouse', `${url.replace(/[^a-z0-9]+/gi, '-')}.json`), JSON.stringify(lhr))
      const items = (id: string) => (audits[id]?.details?.items ?? []) as Record<string, unknown>[]
      const lcpAudit = lhr.audits['largest-contentful-paint-element']
      const lcpTables = (audits['largest-contentful-paint-element']?.details?.items ?? []) as { items?: Record<string, unknown>[] }[]
      figures.trace = {
        categories: items('mainthread-work-breakdown').map((i) => [String(i.groupLabel ?? i.group), Math.round(Number(i.duration))]),
        scripts: items('bootup-time').map((i) => [
          String(i.url).replace(/^https?:\/\/[^/]+/, ''),
          Math.round(Number(i.scripting)),
          Math.round(Number(i.scriptParseCompile)),
        ]),
        // Lighthouse 12.2.3's element gatherer fails on some Chromium builds ("frame_sequence"): say so.
        lcpElement: String(
          (lcpTables[0]?.items?.[0]?.node as { snippet?: string } | undefined)?.snippet ?? `not reported (${lcpAudit?.errorMessage ?? 'no element'})`,
        ),
        lcpPhases: (lcpTables[1]?.items ?? []).map((i) => [String(i.phase), Math.round(Number(i.timing))]),
        longTasks: items('long-tasks').map((i) => [String(i.url).replace(/^https?:\/\/[^/]+/, ''), Math.round(Number(i.duration))]),
      }
    }
    return figures
  } finally {
    await chrome.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export interface LighthouseReport {
  lines: string[]
  targetsMet: boolean
}

/**
 * Single runs of each page, then the median of `runs` (pages interleaved, so drift hits all equally).
 * Targets (issue 22), for home and the shared guide: LCP <= 1.15x the fixture's, TBT <= 1.5x, score >= 85.
 */
export async function lighthouseFigures(appDir: string, fixtureDir: string, runs = 3, trace = false): Promise<LighthouseReport> {
  const app = await serveStatic(appDir)
  const fixture = await serveStatic(fixtureDir)
  const pages = { home: `${app.url}/`, guide: `${app.url}${GUIDE_PATH}`, fixture: `${fixture.url}/` }
  const samples: Record<keyof typeof pages, LighthouseFigures[]> = { home: [], guide: [], fixture: [] }
  const lines: string[] = []
  try {
    for (let i = 0; i < runs; i++) {
      for (const name of Object.keys(pages) as (keyof typeof pages)[]) samples[name].push(await runLighthouse(pages[name], trace && i === 0))
    }
  } finally {
    await app.close()
    await fixture.close()
  }
  const fmt = (f: LighthouseFigures) => `score ${f.score}, LCP ${(f.lcp / 1000).toFixed(2)} s, TBT ${Math.round(f.tbt)} ms, FCP ${(f.fcp / 1000).toFixed(2)} s`
  const med = (xs: LighthouseFigures[]): LighthouseFigures => ({
    score: median(xs.map((x) => x.score)),
    lcp: median(xs.map((x) => x.lcp)),
    tbt: median(xs.map((x) => x.tbt)),
    fcp: median(xs.map((x) => x.fcp)),
  })
  let targetsMet = true
  const compare = (label: string, page: LighthouseFigures, base: LighthouseFigures) => {
    const lcp = page.lcp / base.lcp
    const tbt = page.tbt / Math.max(base.tbt, 1)
    const met = lcp <= 1.15 && tbt <= 1.5 && page.score >= 85
    lines.push(
      `lighthouse ${label}: LCP ratio=${lcp.toFixed(2)} (<= 1.15) TBT ratio=${tbt.toFixed(2)} (<= 1.5) score=${page.score} (>= 85): ${met ? 'yes' : 'NO'}`,
    )
    return met
  }
  lines.push(`lighthouse single run: home: ${fmt(samples.home[0])}; guide bj-073: ${fmt(samples.guide[0])}; fixture: ${fmt(samples.fixture[0])}`)
  compare('home, single run', samples.home[0], samples.fixture[0])
  compare('guide, single run', samples.guide[0], samples.fixture[0])
  if (runs > 1) {
    const m = { home: med(samples.home), guide: med(samples.guide), fixture: med(samples.fixture) }
    lines.push(`lighthouse median of ${runs}: home: ${fmt(m.home)}; guide bj-073: ${fmt(m.guide)}; fixture: ${fmt(m.fixture)}`)
    targetsMet = compare(`home, median of ${runs}`, m.home, m.fixture) && targetsMet
    targetsMet = compare(`guide, median of ${runs}`, m.guide, m.fixture) && targetsMet
  }
  if (trace) {
    for (const name of Object.keys(pages) as (keyof typeof pages)[]) {
      const t = samples[name][0].trace!
      lines.push(`trace ${name}: main thread ${t.categories.map(([c, ms]) => `${c} ${ms}`).join(', ')} ms`)
      lines.push(`trace ${name}: scripts (scripting, parse+compile ms) ${t.scripts.map(([u, s, p]) => `${u} ${s}/${p}`).join('; ')}`)
      lines.push(`trace ${name}: long tasks ${t.longTasks.map(([u, ms]) => `${u || '(page)'} ${ms}`).join('; ')}`)
      lines.push(`trace ${name}: LCP element ${t.lcpElement.slice(0, 120)}; phases ${t.lcpPhases.map(([p, ms]) => `${p} ${ms}`).join(', ')}`)
    }
  }
  return { lines, targetsMet }
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3
  lighthouseFigures(path.join(ROOT, 'dist/h5'), path.join(ROOT, '.bench/fixture/h5'), runs, args.includes('--trace')).then(
    ({ lines }) => {
      for (const line of lines) console.log(line)
    },
    (error: Error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
