/**
 * A region that is not bundled, in real Chromium: the H5 build of `npm run build:h5:remote` bundles
 * Hami only and downloads Bijie from a data origin served beside the app under /data (.remote/origin).
 * The origin is scripted per test: unreachable, tampered with, or serving a newer release.
 * Each test opens its own browser context, so IndexedDB (the cache) starts empty.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { deriveCatalogueIndex } from '../../scripts/data/build'
import { deriveRegionData, signManifest } from '../../scripts/data/region-files'
import type { DataManifest, RegionIndexFile } from '../../types/region-data'
import { realDataset } from '../helpers/dataset'
import { axeViolations, ROOT, settled, startHarness, waitFor, tapTargets, text, textMetrics, visible, type Harness } from './harness'

const BUILD = path.join(ROOT, '.remote/dist/h5')
const ORIGIN = path.join(ROOT, '.remote/origin')

const origin = {
  requests: [] as string[],
  fail: false,
  tamper: false,
  /** manifest.json with its signature spoiled. */
  badSignature: false,
  /** A newer release: its manifest and the files it adds. */
  newer: null as { manifest: string; files: Map<string, string> } | null,
}

function send(res: ServerResponse, status: number, body: string): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(body)
  return true
}

function intercept(_req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (!pathname.startsWith('/data/')) return false
  const file = pathname.slice('/data/'.length)
  origin.requests.push(file)
  if (origin.fail) return send(res, 503, 'unavailable')
  if (origin.badSignature && file === 'manifest.json') {
    const signed = JSON.parse(readFileSync(path.join(ORIGIN, file), 'utf8'))
    return send(res, 200, JSON.stringify({ ...signed, manifest: signed.manifest.replace('"毕节市"', '"毕节巿"') }))
  }
  if (origin.newer) {
    if (file === 'manifest.json') return send(res, 200, origin.newer.manifest)
    const added = origin.newer.files.get(file)
    if (added) return send(res, 200, added)
  }
  if (origin.tamper && file !== 'manifest.json') {
    // Same length, other bytes: only the digest can tell.
    return send(res, 200, readFileSync(path.join(ORIGIN, file), 'utf8').replace('失业', '就业'))
  }
  return false
}

const builtManifest = (): DataManifest => JSON.parse(JSON.parse(readFileSync(path.join(ORIGIN, 'manifest.json'), 'utf8')).manifest)
const TEST_KEY = readFileSync(path.join(ROOT, 'test/keys/TEST-ONLY-data-signing.key'), 'utf8').trim().split(':')
const bijieFiles = () => {
  const region = builtManifest().regions.find((r) => r.id === 'bijie')!
  const index = JSON.parse(readFileSync(path.join(ORIGIN, region.files.index.path), 'utf8')) as RegionIndexFile
  return [region.files.index.path, region.files.search.path, ...index.guides.map((g) => g.path)]
}

let h: Harness
beforeAll(async () => {
  h = await startHarness(BUILD, { mounts: { '/data': ORIGIN }, intercept })
})
afterAll(async () => {
  await h?.close()
})
beforeEach(() => {
  origin.requests = []
  origin.fail = false
  origin.tamper = false
  origin.badSignature = false
  origin.newer = null
})

test('a remote region loads and a shared guide opens; the rest of the region follows for offline use; then it works with the origin gone', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-073')
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  expect(await text(w.page, '.checklist')).toContain('已备 0/')
  const files = bijieFiles()
  expect(origin.requests).toContain(files[0])
  const region = builtManifest().regions.find((r) => r.id === 'bijie')!
  const index = JSON.parse(readFileSync(path.join(ORIGIN, region.files.index.path), 'utf8')) as RegionIndexFile
  const own = index.guides.find((g) => g.itemIds.includes('bj-073'))!.path
  // The whole region is fetched in the background so it works offline next time.
  await waitFor(() => files.every((f) => origin.requests.includes(f)), 'the whole region to download')
  // The guide's own group is asked for once.
  expect(origin.requests.filter((f) => f === own)).toHaveLength(1)
  h.expectClean(w)

  // The data origin is unreachable now: another guide of the region still opens, from the phone's cache.
  origin.fail = true
  const again = await h.open('/guide?region=bijie&id=bj-070', { context: w.context })
  expect(await text(again.page, 'h1')).toBe('出具市本级企业职工基本养老保险参保证明')
  await again.page.close()
})

test('a tampered file is rejected with a clear message and 重试, and a retry after the fault shows the guide', async () => {
  origin.tamper = true
  const w = await h.open('/guide?region=bijie&id=bj-073')
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  expect(await text(w.page, '[data-testid="region-error"]')).toContain('校验未通过')
  expect(await w.page.locator('h1 >> visible=true').count()).toBe(0)
  origin.tamper = false
  await visible(w.page, '[data-testid="region-retry"]').click()
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
})

test('a manifest with a bad signature is refused with a clear message and 重试; a retry once it is right shows the guide', async () => {
  origin.badSignature = true
  const w = await h.open('/guide?region=bijie&id=bj-073')
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  expect(await text(w.page, '[data-testid="region-error"]')).toContain('签名不对')
  expect(await w.page.locator('h1 >> visible=true').count()).toBe(0)
  origin.badSignature = false
  await visible(w.page, '[data-testid="region-retry"]').click()
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
})

test('a failed download says so and offers 重试, and another bundled region; 重试 works once the network is back', async () => {
  origin.fail = true
  const w = await h.open('/guide?region=bijie&id=bj-070')
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  const message = await text(w.page, '[data-testid="region-error"]')
  expect(message).toContain('下载失败')
  expect(message).toContain('已保存的收藏和材料清单不受影响')
  expect(message).toContain('改看哈密市')
  origin.fail = false
  await visible(w.page, '[data-testid="region-retry"]').click()
  expect(await text(w.page, 'h1')).toBe('出具市本级企业职工基本养老保险参保证明')
})

test('a newer release on the origin is downloaded at launch and shown from the next launch; a tick made before survives', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-073')
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  await visible(w.page, '[data-testid="material-social-security-card"]').click()

  // The next release renames bj-073 (and bumps Bijie's data version).
  const dataset = realDataset()
  const catalogues = dataset.catalogues.map((c) =>
    c.region.id === 'bijie' ? { ...c, dataVersion: '2026.12.9', items: c.items.map((i) => (i.id === 'bj-073' ? { ...i, name: `${i.name}（新版）` } : i)) } : c,
  )
  const changed = { ...dataset, catalogues }
  const release = deriveRegionData(changed, deriveCatalogueIndex(changed), { bundled: ['hami'], version: builtManifest().version + 1 })
  origin.newer = { manifest: JSON.stringify(signManifest(release.manifest, TEST_KEY[1], TEST_KEY[0])), files: release.files }
  const newIndex = release.manifest.regions.find((r) => r.id === 'bijie')!.files.index.path

  // This launch finds the newer manifest and downloads it, but keeps showing what it has.
  await w.page.reload({ waitUntil: 'networkidle' })
  await settled(w.page)
  await waitFor(() => origin.requests.includes(newIndex), 'the newer index to download')
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  // Staged: every new file the phone needs is in, and the pending manifest is marked ready.
  const staged = () =>
    w.page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('rsbszn-region-data')
          open.onerror = () => resolve(false)
          open.onsuccess = () => {
            const read = open.result.transaction('files').objectStore('files').get('pointer.json')
            read.onerror = () => resolve(false)
            read.onsuccess = () => resolve(typeof read.result === 'string' && JSON.parse(read.result).nextReady === true)
          }
        }),
    )
  for (let i = 0; !(await staged()); i++) {
    if (i > 150) throw new Error('the newer release was never staged')
    await w.page.waitForTimeout(200)
  }

  // The launch after adopts it; the tick made on the old data is still there.
  origin.requests = []
  await w.page.reload({ waitUntil: 'networkidle' })
  await settled(w.page)
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领（新版）')
  expect(await visible(w.page, '[data-testid="material-social-security-card"]').getAttribute('aria-checked')).toBe('true')
  // From the phone: what was staged is not downloaded again.
  expect(origin.requests).not.toContain(newIndex)
})

test('the region picker finds a region by pinyin and says what it takes to download', async () => {
  const w = await h.open('/')
  await visible(w.page, '[data-testid="region-picker-entry"]').click()
  await settled(w.page)
  await visible(w.page, 'input[type="search"]').fill('bijie')
  const row = visible(w.page, '[data-testid="region-bijie"]')
  expect(await row.innerText()).toMatch(/毕节市[\s\S]*需下载 约 \d+ KB/)
  expect(await w.page.locator('[data-testid="region-hami"] >> visible=true').count()).toBe(0)
  await visible(w.page, 'input[type="search"]').fill('hm')
  expect(await text(w.page, '[data-testid="region-hami"]')).toContain('已内置，可离线使用')
  await visible(w.page, 'input[type="search"]').fill('bj')
  await row.click()
  await settled(w.page)
  await waitFor(() => origin.requests.length > 0, 'the picked region to download')
  expect(await text(w.page, '.home-head')).toContain('毕节市')
  h.expectClean(w)
})

test.each([
  ['normal', false],
  ['elder', true],
])('the region picker in %s mode: no serious axe violation, readable text, large enough targets', async (_mode, elder) => {
  const w = await h.open('/region', { elder })
  await visible(w.page, '[data-testid="region-bijie"]').waitFor()
  expect(await axeViolations(w.page)).toEqual([])
  const metrics = await textMetrics(w.page)
  const targets = await tapTargets(w.page)
  expect(metrics.minFont).toBeGreaterThanOrEqual(elder ? 18 : 14)
  expect(metrics.minLineRatio).toBeGreaterThanOrEqual(elder ? 1.5 : 1.3)
  expect(Math.min(targets.minW, targets.minH)).toBeGreaterThanOrEqual(elder ? 60 : 44)
  // Each region is a radio with a name that says whether it is on the phone or how big it is.
  expect(await visible(w.page, '[data-testid="region-bijie"]').getAttribute('aria-label')).toMatch(/^毕节市，需下载 约 \d+ KB$/)
  expect(await visible(w.page, '[data-testid="region-hami"]').getAttribute('aria-checked')).toBe('true')
  await h.screenshot(w, `region-picker-${elder ? 'elder' : 'normal'}`)
  h.expectClean(w)
})

describe('the default build (both regions bundled, no data origin)', () => {
  let plain: Harness
  const seen: string[] = []
  beforeAll(async () => {
    plain = await startHarness(path.join(ROOT, 'dist/h5'), {
      intercept: (_req, _res, pathname) => {
        seen.push(pathname)
        return false
      },
    })
  })
  afterAll(async () => {
    await plain?.close()
  })

  test('never asks for region data over the network', async () => {
    for (const page of ['/', '/guide?region=bijie&id=bj-073', '/guide?region=hami&id=hm-013', '/search?q=shiye', '/open-catalogue?region=bijie']) {
      const w = await plain.open(page)
      await w.page.waitForTimeout(300)
      plain.expectClean(w)
      await w.page.close()
    }
    expect(seen.filter((p) => p.includes('manifest.json') || p.startsWith('/data/'))).toEqual([])
  })
})
