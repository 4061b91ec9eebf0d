/**
 * The synthetic province (npm run scale:build: 103 regions, about 10,000 items) in real Chromium, as
 * npm run scale:serve serves it: the H5 build of .scale/dist/h5 with its data origin under /data
 * (.scale/origin). Both seed regions are bundled; the 101 synthetic ones come from the origin.
 * Each test opens its own browser context, so IndexedDB (the cache) starts empty.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { DataManifest, RegionIndexFile } from '../../types/region-data'
import { ROOT, settled, startHarness, waitFor, text, visible, type Harness } from './harness'

const BUILD = path.join(ROOT, '.scale/dist/h5')
const ORIGIN = path.join(ROOT, '.scale/origin')

const requests: string[] = []
/** The data origin's faults, set per test: unreachable (503), or a region file's bytes changed. */
const fault = { fail: false, tamper: false }
let h: Harness

beforeAll(async () => {
  if (!existsSync(path.join(BUILD, 'index.html'))) throw new Error('no province build at .scale/dist/h5: run npm run scale:build first')
  h = await startHarness(BUILD, {
    mounts: { '/data': ORIGIN },
    intercept: (_req, res, pathname) => {
      requests.push(pathname)
      if (!pathname.startsWith('/data/') || pathname === '/data/manifest.json') return false
      if (fault.fail) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable')
        return true
      }
      if (fault.tamper) {
        // Same length, other bytes (示 and 实 are both 3 bytes in UTF-8): only the SHA-256 can tell.
        const body = readFileSync(path.join(ORIGIN, pathname.slice('/data/'.length)), 'utf8').replace(/示例/g, '实例')
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(body)
        return true
      }
      return false
    },
  })
})
afterAll(async () => {
  await h?.close()
})
beforeEach(() => {
  requests.length = 0
  fault.fail = false
  fault.tamper = false
})

const manifest = (): DataManifest => JSON.parse(JSON.parse(readFileSync(path.join(ORIGIN, 'manifest.json'), 'utf8')).manifest)
const indexOf = (regionId: string): RegionIndexFile => {
  const region = manifest().regions.find((r) => r.id === regionId)!
  return JSON.parse(readFileSync(path.join(ORIGIN, region.files.index.path), 'utf8'))
}

test("a synthetic county's shared guide opens from that region's files alone (and the signed manifest, checked beside them)", async () => {
  const region = manifest().regions.find((r) => r.id === 'sx07-k2')!
  const item = indexOf('sx07-k2').region.items.find((i) => i.guideId !== null)!
  const w = await h.open(`/guide?region=sx07-k2&id=${item.id}`)
  expect(await text(w.page, 'h1')).toBe(item.name)
  const data = requests.filter((p) => p.startsWith('/data/'))
  // Nothing of any other region: the app's own manifest says where everything is; the origin's is only checked.
  expect(data.filter((p) => !p.startsWith('/data/sx07-k2/') && p !== '/data/manifest.json')).toEqual([])
  const own = indexOf('sx07-k2').guides.find((g) => g.itemIds.includes(item.id))!.path
  expect(data.slice(0, 3).sort()).toEqual(['/data/manifest.json', `/data/${region.files.index.path}`, `/data/${own}`].sort())
  h.expectClean(w)
  // The rest of the county (and the service worker's precache) would go on downloading into the next test's requests.
  await w.context.close()
})

test('the region picker finds one county among 103 regions by its initials and by its pinyin, downloading nothing', async () => {
  const w = await h.open('/region')
  await visible(w.page, '[data-testid="region-hami"]').waitFor()
  const county = manifest().regions.find((r) => r.id === 'sx03-k4')!
  // 示例市03·示例县04 (shi li shi 03 shi li xian 04) by its initials, then by full pinyin: it alone.
  for (const query of ['sls03 slx04', 'shilishi03 xian04']) {
    await visible(w.page, 'input[type="search"]').fill(query)
    await settled(w.page)
    const row = visible(w.page, `[data-testid="region-${county.id}"]`)
    expect(await row.innerText()).toMatch(/示例市03·示例县04[\s\S]*需下载 约 \d+ KB/)
    expect(await w.page.locator('[data-testid="region-sx03-k3"] >> visible=true').count()).toBe(0)
    expect(await w.page.locator('[data-testid="region-sx04-k4"] >> visible=true').count()).toBe(0)
  }
  // Nothing is downloaded to list or search the province.
  expect(requests.filter((p) => p.startsWith('/data/'))).toEqual([])
  h.expectClean(w)
})

test("a synthetic county's files are rejected when tampered with, with 重试; then, once cached, its guides open with the origin gone", async () => {
  const index = indexOf('sx05-k1')
  const groupOf = (itemId: string) => index.guides.find((g) => g.itemIds.includes(itemId))!.path
  const withGuides = index.region.items.filter((i) => i.guideId !== null)
  // The second guide from another group than the first: only the offline copy can hold it.
  const first = withGuides[0]
  const second = withGuides.find((i) => groupOf(i.id) !== groupOf(first.id))!
  fault.tamper = true
  const w = await h.open(`/guide?region=sx05-k1&id=${first.id}`)
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  expect(await text(w.page, '[data-testid="region-error"]')).toContain('校验未通过')
  expect(await w.page.locator('h1 >> visible=true').count()).toBe(0)

  fault.tamper = false
  await visible(w.page, '[data-testid="region-retry"]').click()
  expect(await text(w.page, 'h1')).toBe(first.name)
  // The whole region follows in the background, for offline use.
  const region = manifest().regions.find((r) => r.id === 'sx05-k1')!
  const files = [region.files.search.path, ...index.guides.map((g) => g.path)]
  const own = groupOf(first.id)
  await waitFor(() => files.every((f) => f === own || requests.includes(`/data/${f}`)), 'the whole county to download')

  fault.fail = true
  const again = await h.open(`/guide?region=sx05-k1&id=${second.id}`, { context: w.context })
  expect(await text(again.page, 'h1')).toBe(second.name)
})

test("a synthetic county's failed download says so with 重试, which works once the origin is back", async () => {
  const item = indexOf('sx09-k3').region.items.find((i) => i.guideId !== null)!
  fault.fail = true
  const w = await h.open(`/guide?region=sx09-k3&id=${item.id}`)
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  expect(await text(w.page, '[data-testid="region-error"]')).toContain('下载失败')
  fault.fail = false
  await visible(w.page, '[data-testid="region-retry"]').click()
  expect(await text(w.page, 'h1')).toBe(item.name)
})
