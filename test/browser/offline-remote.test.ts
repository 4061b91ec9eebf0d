/**
 * Offline with a region that is not bundled (the build of `npm run build:h5:remote`: Hami bundled,
 * Bijie downloaded from the data origin under /data). The service worker precaches the app and never
 * the data origin: a downloaded region lives in the app's own region cache (IndexedDB) only, and that
 * is what opens it offline. A region never downloaded cannot open offline, and says so with 重试.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { DataManifest, RegionIndexFile } from '../../types/region-data'
import { ROOT, settled, startHarness, text, visible, waitFor, type Harness } from './harness'
import type { BrowserContext, Page } from './chromium'

const BUILD = path.join(ROOT, '.remote/dist/h5')
const ORIGIN = path.join(ROOT, '.remote/origin')
const requests: string[] = []

/** Bijie's files on the origin, as remote-region.test.ts lists them: its index, search file and guide groups. */
function bijieFiles(): string[] {
  const manifest = JSON.parse(JSON.parse(readFileSync(path.join(ORIGIN, 'manifest.json'), 'utf8')).manifest) as DataManifest
  const region = manifest.regions.find((r) => r.id === 'bijie')!
  const index = JSON.parse(readFileSync(path.join(ORIGIN, region.files.index.path), 'utf8')) as RegionIndexFile
  return [region.files.index.path, region.files.search.path, ...index.guides.map((g) => g.path)]
}

function intercept(_req: IncomingMessage, _res: ServerResponse, pathname: string): boolean {
  requests.push(pathname)
  return false
}

let h: Harness
beforeAll(async () => {
  h = await startHarness(BUILD, { mounts: { '/data': ORIGIN }, intercept })
})
afterAll(async () => {
  await h?.close()
})

async function go(page: Page, pathAndQuery: string): Promise<void> {
  await page.goto(h.base + pathAndQuery, { waitUntil: 'load' })
  await page.waitForSelector('.page >> visible=true')
  await settled(page)
}

async function onlineVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await go(page, '/')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
  return page
}

const cachedUrls = (page: Page) =>
  page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat())

test('a remote region downloaded before opens offline, from the region cache; the service worker stored none of it', async () => {
  const context = await h.newContext()
  const page = await onlineVisit(context)
  requests.length = 0
  await go(page, '/guide?region=bijie&id=bj-073')
  expect(await text(page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  // The rest of the region follows in the background (the opened guide's own group came with it).
  const files = bijieFiles()
  await waitFor(() => files.filter((f) => !requests.includes(`/data/${f}`)).length <= 1, 'the whole region to download')

  await context.setOffline(true)
  await go(page, '/guide?region=bijie&id=bj-070')
  expect(await text(page, 'h1')).toBe('出具市本级企业职工基本养老保险参保证明')
  await page.reload({ waitUntil: 'load' })
  await settled(page)
  expect(await text(page, 'h1')).toBe('出具市本级企业职工基本养老保险参保证明')
  // Stored once: in the app's region cache, not also in the service worker's caches.
  const urls = await cachedUrls(page)
  expect(urls.length).toBeGreaterThan(10)
  expect(urls.filter((u) => new URL(u).pathname.startsWith('/data/'))).toEqual([])
  await context.close()
})

test('a region never downloaded says offline that it cannot open, with 重试, which works once the network is back', async () => {
  const context = await h.newContext()
  const page = await onlineVisit(context)
  await context.setOffline(true)
  await go(page, '/guide?region=bijie&id=bj-070')
  await visible(page, '[data-testid="region-error"]').waitFor()
  const message = await text(page, '[data-testid="region-error"]')
  expect(message).toContain('下载失败')
  expect(message).toContain('已保存的收藏和材料清单不受影响')
  await context.setOffline(false)
  await visible(page, '[data-testid="region-retry"]').click()
  expect(await text(page, 'h1')).toBe('出具市本级企业职工基本养老保险参保证明')
  await context.close()
})
