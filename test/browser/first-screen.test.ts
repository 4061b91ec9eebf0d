/**
 * The first screen's network (config/route-preload.ts): a cold open asks for its page's chunks and its
 * region's index beside the entry through preload links index.html adds for that route, and downloads
 * each file only once; the web app manifest and the service worker wait until the first page shows its content.
 */
import type { Page } from './chromium'
import { harnessForThisFile, text } from './harness'

const h = harnessForThisFile()

test.each([
  ['home', '/'],
  ['a shared guide', '/guide?region=bijie&id=bj-073'],
])('%s: its page chunks are preloaded from index.html, and every script is downloaded once', async (_label, target) => {
  const context = await h().newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname)
  })
  await page.goto(h().base + target, { waitUntil: 'networkidle' })
  await page.waitForSelector('.page >> visible=true')
  const preloaded = await page.$$eval('link[rel="preload"][as="script"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
  expect(preloaded.length).toBeGreaterThan(0)
  expect(preloaded).toContain(preloaded.find((f) => f.includes('page-common')))
  // Every preloaded file is one the page really loads, and no script is asked for twice.
  for (const file of preloaded) expect(scripts).toContain(file)
  expect(scripts.filter((s, i) => scripts.indexOf(s) !== i)).toEqual([])
  expect((await text(page, '.page')).length).toBeGreaterThan(0)
  await context.close()
})

/** The region index chunks a page asked for, by region (a chunk is known by its content, not its hashed name). */
async function indexChunksAsked(page: Page, run: () => Promise<void>): Promise<Record<string, string>> {
  const asked: Record<string, string> = {}
  const bodies: Promise<void>[] = []
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return
    bodies.push(
      response.text().then(
        (body) => {
          const m = /"regionId":"([a-z0-9-]+)","dataVersion":"[^"]*","kind":"region-index"/.exec(body)
          if (m) asked[m[1]] = new URL(response.url()).pathname
        },
        () => undefined,
      ),
    )
  })
  await run()
  await Promise.all(bodies)
  return asked
}

const preloadedScripts = (page: Page) =>
  page.$$eval('link[rel="preload"][as="script"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))

test("home, first visit: the first region's index is preloaded beside the entry, and no other region's index is asked for", async () => {
  const context = await h().newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const asked = await indexChunksAsked(page, async () => {
    await page.goto(h().base + '/', { waitUntil: 'networkidle' })
    await page.waitForSelector('.region-switch >> visible=true')
  })
  expect(Object.keys(asked)).toEqual(['hami'])
  expect(await preloadedScripts(page)).toContain(asked.hami)
  // Both regions are offered, the inferred name marked and explained, from the manifest alone.
  expect(await page.$$eval('.region-switch button', (b) => b.map((x) => x.textContent))).toEqual(['哈密市*', '毕节市'])
  expect(await text(page, '.home-head')).toContain('* 源文件未写明城市名称')
  await context.close()
})

test("a returning visitor: no region index is preloaded (the stored region is the app's to read), and home shows their region", async () => {
  const context = await h().newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(h().base + '/', { waitUntil: 'networkidle' })
  await page.locator('.region-switch button:has-text("毕节市")').click()
  await page.waitForSelector('[data-item-id="bj-073"]')
  const asked = await indexChunksAsked(page, async () => {
    await page.reload({ waitUntil: 'networkidle' })
    await page.waitForSelector('[data-item-id="bj-073"] >> visible=true')
  })
  expect(Object.keys(asked)).toEqual(['bijie'])
  expect(await preloadedScripts(page)).not.toContain(asked.bijie)
  await context.close()
})

test("a shared guide preloads its own region's index; a garbled region in the link preloads none and the page still says what is wrong", async () => {
  const context = await h().newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const asked = await indexChunksAsked(page, async () => {
    await page.goto(h().base + '/guide?region=bijie&id=bj-073', { waitUntil: 'networkidle' })
    await page.waitForSelector('.page >> visible=true')
  })
  expect(asked.bijie).toBeDefined()
  expect(await preloadedScripts(page)).toContain(asked.bijie)
  await context.close()

  const w = await h().open('/guide?region=%E0%A4%A&id=bj-073')
  expect(await text(w.page, '.page')).toContain('链接')
  const preloaded = await preloadedScripts(w.page)
  expect(preloaded.some((f) => f.includes('page-common'))).toBe(true)
  h().expectClean(w)
})

test('the manifest and the service worker come only once the first page shows its content', async () => {
  const context = await h().newContext()
  const page = await context.newPage()
  const asked: string[] = []
  page.on('request', (r) => asked.push(new URL(r.url()).pathname))
  // Hold back the region index: the page cannot show its content until it lands.
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/chunk/*.js', async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    if (body.includes('"kind":"region-index"')) await released
    await route.fulfill({ response, body })
  })
  // Not 'load': the held index is preloaded from index.html, and a preload holds the load event back too.
  await page.goto(h().base + '/', { waitUntil: 'domcontentloaded' })
  await page.waitForSelector('[data-testid="region-loading"]')
  await page.waitForTimeout(2500)
  const webApp = (p: string) => p === '/sw.js' || p.includes('web-app-update') || p === '/manifest.webmanifest' || p.startsWith('/icons/')
  expect(asked.filter(webApp)).toEqual([])
  expect(await page.locator('link[rel="manifest"]').count()).toBe(0)
  release()
  await page.waitForSelector('.region-switch >> visible=true')
  // (waitForFunction would not wait for a promise's value: evaluate does.)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  expect(asked.some((p) => p.includes('web-app-update'))).toBe(true)
  await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' })
  // Chunks still in flight when the context closes must not fail the test from inside the handler.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await context.close()
})
