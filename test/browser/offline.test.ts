/**
 * The H5 build as a web app, in real Chromium (issue 22): the service worker written by
 * config/web-app.ts and registered by src/platform/web-app.h5.ts.
 *  - After one online visit the network goes off (context.setOffline): home reloads, a guide opened
 *    before and a bundled guide never opened both open, search finds, 我的 shows the favourite.
 *  - A new build (the served sw.js with another revision of index.html, as a new deploy would serve)
 *    is offered with 有新版本，点击更新, never applied by itself, and applied on the tap with the
 *    favourite, the ticks and the region kept; a second, old tab keeps its page until it is tapped too.
 *  - The manifest's fields and icons (linked once the first screen is up, and taken by Chrome as the
 *    page's manifest), the tab icon in index.html; robots.txt and the meta description.
 *  - Where there is no service worker (blocked, or no navigator.serviceWorker as in WeChat's iOS
 *    browser) the journeys work as before, with no error.
 * Each test opens its own browser context, so each starts with no service worker and empty storage.
 * Tests wait for the worker's states (controller, waiting), never for a fixed time.
 */
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import sharp from 'sharp'
import { ROOT, settled, startHarness, text, visible, type Harness } from './harness'
import type { BrowserContext, Page } from './chromium'

const BUILD = path.join(ROOT, 'dist/h5')
const NEW_REVISION = 'new-build-revision-for-the-update-test'

/** What the server answers for /sw.js: the build's own, or a "new deploy" of it. */
const served = { newBuild: false, swRequests: 0, appRequests: [] as string[] }

function intercept(_req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  served.appRequests.push(pathname)
  if (pathname !== '/sw.js') return false
  served.swRequests += 1
  if (!served.newBuild) return false
  // A new deploy: index.html changed, so its precache revision did, and sw.js differs by those bytes.
  const sw = readFileSync(path.join(BUILD, 'sw.js'), 'utf8').replace(/(url:"index\.html",revision:")[0-9a-f]+"/, `$1${NEW_REVISION}"`)
  if (!sw.includes(NEW_REVISION)) throw new Error('sw.js has no index.html revision to change')
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).end(sw)
  return true
}

let h: Harness
beforeAll(async () => {
  h = await startHarness(BUILD, { intercept })
})
afterAll(async () => {
  await h?.close()
})
beforeEach(() => {
  served.newBuild = false
  served.appRequests = []
})

interface Tab {
  page: Page
  errors: string[]
}

/** A page without the harness's request routing (requests a service worker answers bypass it anyway). */
async function tab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return { page, errors }
}

async function go(t: Tab, pathAndQuery: string): Promise<void> {
  await t.page.goto(h.base + pathAndQuery, { waitUntil: 'load' })
  await t.page.waitForSelector('.page >> visible=true')
  await settled(t.page)
}

/** Waits until the service worker controls the page: it has installed, so everything is precached. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
}

/** Offline means offline: a file the worker has not precached cannot be fetched (the console line that failure logs is not an app error). */
async function expectOffline(t: Tab): Promise<void> {
  const before = t.errors.length
  expect(
    await t.page.evaluate(() =>
      fetch('/robots.txt', { cache: 'no-store' }).then(
        () => 'reached the server',
        () => 'offline',
      ),
    ),
  ).toBe('offline')
  t.errors.splice(before, t.errors.length - before, ...t.errors.slice(before).filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')))
}

test('after one online visit, home, a guide opened before, a guide never opened, search and 我的 all work offline', async () => {
  const context = await h.newContext()
  const t = await tab(context)
  await go(t, '/')
  await controlled(t.page)
  await go(t, '/guide?region=hami&id=hm-013')
  await visible(t.page, '[data-testid="favourite"]').click()
  await visible(t.page, '[data-testid="favourite"][aria-checked="true"]').waitFor()

  await context.setOffline(true)
  await expectOffline(t)

  await t.page.reload({ waitUntil: 'load' })
  await visible(t.page, '[data-testid="favourite"]').waitFor()
  expect(await text(t.page, '.page')).toContain('创业补贴')

  await go(t, '/')
  expect(await text(t.page, '.page')).toContain('搜索事项')

  // Bundled, never opened: its page chunk and its region's data chunk came with the precache.
  await go(t, '/guide?region=bijie&id=bj-073')
  await visible(t.page, '[data-testid="material-social-security-card"]').waitFor()

  await go(t, `/search?q=${encodeURIComponent('失业金')}`)
  await visible(t.page, '[data-testid="search-results"] [data-item-id]').waitFor()

  await go(t, '/mine')
  await visible(t.page, '[data-item-id="hm-013"]').waitFor()
  expect(await text(t.page, '[data-item-id="hm-013"]')).toContain('创业补贴')

  expect(t.errors).toEqual([])
  await context.close()
})

test('a new build is offered, never applied by itself, and applied on the tap with favourite, ticks and region kept', async () => {
  const context = await h.newContext()
  const a = await tab(context)
  await go(a, '/')
  await controlled(a.page)
  await visible(a.page, '.region-switch button:has-text("毕节市")').click()
  await go(a, '/guide?region=bijie&id=bj-073')
  await visible(a.page, '[data-testid="material-social-security-card"]').click()
  await visible(a.page, '[data-testid="favourite"]').click()
  // A second tab, left open on the old version.
  const b = await tab(context)
  await go(b, '/mine')
  await b.page.evaluate(() => ((window as unknown as { oldTab: boolean }).oldTab = true))

  served.newBuild = true
  const before = served.swRequests
  await go(a, '/guide?region=bijie&id=bj-073')
  // The browser looked for a new sw.js on that navigation and the new worker installed and waits.
  const bar = visible(a.page, '[data-testid="update-bar"]')
  await bar.waitFor({ timeout: 60_000 })
  expect(served.swRequests).toBeGreaterThan(before)
  expect(await bar.innerText()).toBe('有新版本，点击更新')
  // Big enough for elder mode: 18px text, a 60px tap target.
  const box = (await bar.boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(60)
  expect(await bar.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18)
  // Not applied by itself: the old worker still controls both tabs, and the new one waits.
  expect(await a.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting && r.active)))).toBe(true)
  await a.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
  const precached = (page: Page) =>
    page.evaluate(async () =>
      (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat().join(' '),
    )
  const oldRevision = /url:"index\.html",revision:"([0-9a-f]+)"/.exec(readFileSync(path.join(BUILD, 'sw.js'), 'utf8'))![1]
  // Both versions' files are on the phone now; the old ones go only when the new worker takes over.
  expect(await precached(a.page)).toContain(oldRevision)
  // The old tab has the offer too, and still its own page.
  await visible(b.page, '[data-testid="update-bar"]').waitFor()
  expect(await b.page.evaluate(() => (window as unknown as { oldTab?: boolean }).oldTab)).toBe(true)
  expect(await a.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

  // The tap: the new worker takes over and this tab reloads once.
  await Promise.all([a.page.waitForEvent('load', { timeout: 60_000 }), bar.click()])
  await a.page.waitForSelector('.page >> visible=true')
  await settled(a.page)
  expect(await a.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined()
  expect(await precached(a.page)).toContain(NEW_REVISION)
  expect(await precached(a.page)).not.toContain(oldRevision)
  expect(await a.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull()
  await visible(a.page, '[data-testid="favourite"]').waitFor()
  expect(await visible(a.page, '[data-testid="material-social-security-card"]').getAttribute('aria-checked')).toBe('true')
  await go(a, '/mine')
  // The region (毕节市, chosen before the update) and its favourite with the tick's progress.
  expect(await text(a.page, '[data-item-id="bj-073"]')).toContain('已备 1/3')
  expect(await a.page.locator('[data-testid="update-bar"]').count()).toBe(0)

  // The old tab was not reloaded under the citizen's finger; it still offers the reload.
  expect(await b.page.evaluate(() => (window as unknown as { oldTab?: boolean }).oldTab)).toBe(true)
  await visible(b.page, '[data-testid="update-bar"]').waitFor()

  expect(a.errors).toEqual([])
  expect(b.errors).toEqual([])
  await context.close()
})

test('the web app manifest: Chinese name, theme colour, standalone, 192 and 512 px icons, maskable too', async () => {
  const context = await h.newContext()
  const t = await tab(context)
  await go(t, '/')
  // Linked once the first screen is up (src/platform/web-app.h5.ts), and Chrome takes it as the page's manifest.
  const href = await t.page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('/manifest.webmanifest')
  const cdp = await context.newCDPSession(t.page)
  const seen = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] }
  expect({ url: new URL(seen.url).pathname, errors: seen.errors }).toEqual({ url: '/manifest.webmanifest', errors: [] })
  // The tab icon is in index.html itself (a data: URL), from the same source image.
  const favicon = await t.page.locator('link[rel="icon"]').getAttribute('href')
  expect(favicon).toMatch(/^data:image\/png;base64,/)
  const faviconMeta = await sharp(Buffer.from(favicon!.split(',')[1], 'base64')).metadata()
  expect({ format: faviconMeta.format, width: faviconMeta.width, height: faviconMeta.height }).toEqual({ format: 'png', width: 32, height: 32 })
  const response = await fetch(`${h.base}${href}`)
  expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/)
  expect(response.headers.get('cache-control')).toBe('no-cache')
  const manifest = (await response.json()) as {
    name: string
    short_name: string
    display: string
    theme_color: string
    start_url: string
    icons: { src: string; sizes: string; type: string; purpose: string }[]
  }
  expect(manifest).toMatchObject({ name: '人社办事指南', display: 'standalone', start_url: '/', theme_color: '#05803f' })
  expect(await t.page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color)
  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === purpose)
      expect(icon).toBeDefined()
      const png = Buffer.from(await (await fetch(`${h.base}${icon!.src}`)).arrayBuffer())
      const meta = await sharp(png).metadata()
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width: size, height: size })
    }
  }
  // The basics a page owes: a description, a real robots file, the page's own title.
  expect(await t.page.locator('meta[name="description"]').getAttribute('content')).toContain('办事指南')
  const robots = await fetch(`${h.base}/robots.txt`)
  expect(robots.headers.get('content-type')).toMatch(/^text\/plain/)
  expect(await robots.text()).toMatch(/^User-agent: \*/)
  await go(t, '/guide?region=bijie&id=bj-073')
  await t.page.waitForFunction(() => document.title !== '人社办事指南')
  expect(t.errors).toEqual([])
  await context.close()
})

describe.each([
  ['service workers blocked', { serviceWorkers: 'block' as const }, false],
  ['no navigator.serviceWorker (WeChat on iOS)', {}, true],
])('where there is no service worker (%s)', (_label, options, removeServiceWorker) => {
  test('the journeys work as before, with no error and no worker', async () => {
    const context = await h.newContext(options)
    if (removeServiceWorker) await context.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker)
    const t = await tab(context)
    await go(t, '/')
    // The manifest is linked where there is no service worker too, and by then registration would have started.
    await t.page.locator('link[rel="manifest"]').waitFor({ state: 'attached' })
    await t.page.waitForLoadState('networkidle')
    await go(t, '/guide?region=hami&id=hm-013')
    await visible(t.page, '[data-testid="favourite"]').click()
    await go(t, `/search?q=${encodeURIComponent('失业金')}`)
    await visible(t.page, '[data-testid="search-results"] [data-item-id]').waitFor()
    await go(t, '/mine')
    await visible(t.page, '[data-item-id="hm-013"]').waitFor()
    expect(await t.page.evaluate(() => ('serviceWorker' in navigator ? navigator.serviceWorker.getRegistrations().then((r) => r.length) : 0))).toBe(0)
    if (removeServiceWorker) expect(served.appRequests.filter((p) => p === '/sw.js' || p.includes('web-app-update'))).toEqual([])
    expect(t.errors).toEqual([])
    await context.close()
  })
})
