/**
 * Shared setup for browser tests: serves dist/h5 on 127.0.0.1 (port chosen by the OS), launches
 * Chromium, and opens phone-sized pages that
 *  - record console errors and uncaught page errors (tests assert there are none),
 *  - block and record every request that would leave 127.0.0.1 (tests assert there are none),
 *  - save 390x844 screenshots under test-results/screenshots/ (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { serveStatic, type ServeOptions, type StaticServer } from '../../scripts/serve'
import { launchChromium, phoneContext, type Browser, type BrowserContext, type Page } from './chromium'

export const ROOT = path.resolve(__dirname, '..', '..')
export const RESULTS_DIR = path.join(ROOT, 'test-results')
export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots')

export interface Watched {
  page: Page
  context: BrowserContext
  consoleErrors: string[]
  pageErrors: string[]
  externalRequests: string[]
}

export interface Harness {
  base: string
  open(pathAndQuery: string, options?: { elder?: boolean; context?: BrowserContext; clockAt?: Date }): Promise<Watched>
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>
  /** Asserts a watched page saw no console error, no page error and no request off this machine. */
  expectClean(w: Watched): void
  screenshot(w: Watched, name: string): Promise<string>
  close(): Promise<void>
}

/** `build` is the H5 build to serve (default dist/h5); `serve` adds a data origin beside it. */
export async function startHarness(build = path.join(ROOT, 'dist/h5'), serve: ServeOptions = {}): Promise<Harness> {
  const server: StaticServer = await serveStatic(build, 0, serve)
  const browser = await launchChromium()
  const contexts: BrowserContext[] = []
  mkdirSync(SCREENSHOT_DIR, { recursive: true })

  const newContext = async (options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await phoneContext(browser, options)
    contexts.push(context)
    return context
  }

  const watch = async (context: BrowserContext): Promise<Watched> => {
    const page = await context.newPage()
    const watched: Watched = { page, context, consoleErrors: [], pageErrors: [], externalRequests: [] }
    page.on('console', (m) => {
      if (m.type() === 'error') watched.consoleErrors.push(m.text())
    })
    page.on('pageerror', (e) => watched.pageErrors.push(e.message))
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
      watched.externalRequests.push(url)
      return route.abort()
    })
    return watched
  }

  return {
    base: server.url,
    newContext,
    async open(pathAndQuery, options = {}) {
      const context = options.context ?? (await newContext())
      const w = await watch(context)
      if (options.clockAt) await w.page.clock.setFixedTime(options.clockAt)
      if (options.elder !== undefined) {
        // Seed the saved setting the way the app stores it, before any app code runs.
        const elder = options.elder
        await w.page.addInitScript((on) => {
          const key = 'rsbszn.settings'
          const current = window.localStorage.getItem(key)
          const settings = current ? JSON.parse(JSON.parse(current).data).data : { regionId: null, elderMode: null }
          window.localStorage.setItem(key, JSON.stringify({ data: JSON.stringify({ v: 1, data: { ...settings, elderMode: on } }) }))
        }, elder)
      }
      await w.page.goto(server.url + pathAndQuery, { waitUntil: 'networkidle' })
      await w.page.waitForSelector('.page >> visible=true')
      await settled(w.page)
      return w
    },
    expectClean(w) {
      expect({ consoleErrors: w.consoleErrors, pageErrors: w.pageErrors, externalRequests: w.externalRequests }).toEqual({
        consoleErrors: [],
        pageErrors: [],
        externalRequests: [],
      })
    },
    async screenshot(w, name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`)
      // Taro's page transition takes 300 ms; a screenshot should show the page at rest.
      await w.page.waitForTimeout(400)
      await w.page.screenshot({ path: file })
      return file
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined)
      await browser.close()
      await server.close()
    },
  }
}

/** Starts one harness for the test file (beforeAll) and closes it (afterAll); call the getter in tests. */
export function harnessForThisFile(): () => Harness {
  let h: Harness | undefined
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })
  return () => h!
}

/** Runs axe-core in the page; returns violations of serious or critical impact. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }))
  })
  return (result as { id: string; impact: string; help: string; nodes: string[] }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Appends a line of figures (axe results, measured sizes) to test-results/<name>.jsonl for the closing notes. */
export function record(name: string, value: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(path.join(RESULTS_DIR, `${name}.jsonl`), `${JSON.stringify(value)}\n`, { flag: 'a' })
}

/** Waits until the page transition is over: exactly one Taro page visible. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('.taro_page')).filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none')
        .length === 1,
  )
  await page.waitForTimeout(50)
}

/** The visible match only: Taro H5 keeps earlier pages of the stack in the DOM, hidden. */
export const visible = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first()

export const text = (page: Page, selector: string) => visible(page, selector).innerText()

/** Smallest computed font size and line-height ratio among visible elements that hold text. */
export async function textMetrics(page: Page) {
  return page.evaluate(() => {
    const current = Array.from(document.querySelectorAll('.taro_page')).find((p) => getComputedStyle(p).display !== 'none') ?? document.body
    let minFont = Infinity
    let minLineRatio = Infinity
    let smallest = ''
    for (const el of Array.from(current.querySelectorAll('*'))) {
      const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
      if (!hasText) continue
      const rect = (el as HTMLElement).getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden') continue
      const size = parseFloat(style.fontSize)
      if (size < minFont) {
        minFont = size
        smallest = `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}: ${el.textContent!.trim().slice(0, 12)}`
      }
      const lh = parseFloat(style.lineHeight)
      if (Number.isFinite(lh)) minLineRatio = Math.min(minLineRatio, lh / size)
    }
    return { minFont, minLineRatio: Math.round(minLineRatio * 100) / 100, smallest }
  })
}

/** Smallest width and height among visible buttons and links (tap targets). */
export async function tapTargets(page: Page) {
  return page.evaluate(() => {
    const current = Array.from(document.querySelectorAll('.taro_page')).find((p) => getComputedStyle(p).display !== 'none') ?? document.body
    let minW = Infinity
    let minH = Infinity
    let smallest = ''
    for (const el of Array.from(current.querySelectorAll('button, a[href]'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      if (Math.min(r.width, r.height) < Math.min(minW, minH)) smallest = `${el.className}: ${el.textContent!.trim().slice(0, 10)}`
      minW = Math.min(minW, r.width)
      minH = Math.min(minH, r.height)
    }
    return { minW: Math.round(minW), minH: Math.round(minH), smallest }
  })
}

export async function headingOutline(page: Page) {
  return page.evaluate(() => {
    const current = Array.from(document.querySelectorAll('.taro_page')).find((p) => getComputedStyle(p).display !== 'none') ?? document.body
    return Array.from(current.querySelectorAll('h1, h2, h3')).map((el) => Number(el.tagName[1]))
  })
}

/** Polls a condition on the test side (requests the server saw, say) until it holds, or fails naming what it waited for. */
export async function waitFor(condition: () => boolean, what: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
