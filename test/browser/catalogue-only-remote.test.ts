/**
 * A catalogue-only region that is downloaded, not bundled, in real Chromium: the H5 build of
 * `npm run build:catonly` (remote variant, .catonly/remote/dist/h5) bundles hami and bijie; 示例导入地区
 * (demo-import, imported from seed 000 by `npm run catalogue:import`, no guides) comes from the data
 * origin served beside the app under /data (.catonly/remote/origin, manifest signed with the test-only key).
 * Each test opens its own browser context, so IndexedDB (the cache) starts empty.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ROOT, settled, startHarness, waitFor, text, visible, type Harness } from './harness'

const BUILD = path.join(ROOT, '.catonly/remote/dist/h5')
const ORIGIN = path.join(ROOT, '.catonly/remote/origin')
const GENERATED = path.join(ROOT, '.catonly/remote/generated')

interface Region {
  id: string
  categories: { name: string; itemIds: string[] }[]
  items: { id: string; name: string; kind: string; guideId: string | null }[]
}
const demo = (JSON.parse(readFileSync(path.join(GENERATED, 'catalogue.json'), 'utf8')) as { regions: Region[] }).regions.find((r) => r.id === 'demo-import')!
const subsidy = demo.items.find((i) => i.name === '创业补贴')!
const row = (JSON.parse(readFileSync(path.join(GENERATED, 'items.json'), 'utf8')) as Record<string, { contents: string[] }>)[subsidy.id]
const category = demo.categories.find((c) => c.itemIds.includes(subsidy.id))!
const disclosure = demo.items.find((i) => i.kind === 'disclosure')!
const manifest = JSON.parse(JSON.parse(readFileSync(path.join(ORIGIN, 'manifest.json'), 'utf8')).manifest) as {
  regions: { id: string; bundled: boolean; files: { index: { path: string } } }[]
}
const indexFile = manifest.regions.find((r) => r.id === 'demo-import')!.files.index.path

const origin = { requests: [] as string[], fail: false, tamper: false, badSignature: false }

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
    return send(res, 200, JSON.stringify({ ...signed, manifest: signed.manifest.replace('"示例导入地区"', '"示例导入地域"') }))
  }
  // Same length, other bytes: only the SHA-256 digest can tell.
  if (origin.tamper && file.startsWith('demo-import/')) return send(res, 200, readFileSync(path.join(ORIGIN, file), 'utf8').replace('补贴', '补助'))
  return false
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
})

test('the build: demo-import is on the origin only, with no guide', () => {
  expect(manifest.regions.find((r) => r.id === 'demo-import')!.bundled).toBe(false)
  expect(demo.items.every((i) => i.guideId === null)).toBe(true)
})

test('a first launch opens a bundled region; the picker says demo-import needs a download; picking it downloads it and home says catalogue only', async () => {
  const w = await h.open('/')
  expect(await text(w.page, '.home-head')).toContain('哈密市')
  expect(origin.requests.filter((f) => f.startsWith('demo-import/'))).toEqual([])
  await visible(w.page, '[data-testid="region-picker-entry"]').click()
  await settled(w.page)
  const pick = visible(w.page, '[data-testid="region-demo-import"]')
  expect(await pick.getAttribute('aria-label')).toMatch(/^示例导入地区，需下载 约 \d+ KB$/)
  expect(await visible(w.page, '[data-testid="region-hami"]').getAttribute('aria-label')).toBe('哈密市，当前地区，已内置，可离线使用')
  await pick.click()
  await settled(w.page)
  await waitFor(() => origin.requests.includes(indexFile), 'the picked region to download')
  expect(await text(w.page, '.home-head')).toContain('示例导入地区')
  expect(await text(w.page, '[data-testid="catalogue-only"]')).toContain('还没有办事指南')
  expect(await text(w.page, '.page')).not.toContain('一件事一次办')
  h.expectClean(w)
})

test('a shared item page downloads and verifies the region and shows 暂无办事指南; list and 公开目录 then open from the cache with the origin gone', async () => {
  const w = await h.open(`/guide?region=demo-import&id=${subsidy.id}`)
  expect(await text(w.page, 'h1')).toBe(subsidy.name)
  const noGuide = await text(w.page, '[data-testid="no-guide"]')
  expect(noGuide).toContain('暂无办事指南')
  expect(noGuide).toContain('本事项还没有办事指南')
  for (const c of row.contents) expect(noGuide).toContain(c)
  expect(await text(w.page, '.page')).not.toContain('示例内容')
  expect(origin.requests).toContain('manifest.json')
  expect(origin.requests).toContain(indexFile)
  // The rest of the region follows for offline use.
  await waitFor(() => origin.requests.some((f) => f.startsWith('demo-import/') && f !== indexFile), 'the rest of the region to download')
  h.expectClean(w)

  origin.fail = true
  const list = await h.open(`/list?kind=category&key=${encodeURIComponent(category.name)}&region=demo-import`, { context: w.context })
  expect(await text(list.page, `.cell-group [data-item-id="${subsidy.id}"]`)).toContain('暂无办事指南')
  const open = await h.open('/open-catalogue?region=demo-import', { context: w.context })
  expect(await text(open.page, 'h1')).toBe('示例导入地区 · 政务公开目录')
  expect(await text(open.page, '.page')).toContain(disclosure.name)
  await list.page.close()
  await open.page.close()
})

test('a tampered file is refused with 校验未通过 and 重试; a retry after the fault shows the item', async () => {
  origin.tamper = true
  const w = await h.open(`/guide?region=demo-import&id=${subsidy.id}`)
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  expect(await text(w.page, '[data-testid="region-error"]')).toContain('校验未通过')
  expect(await w.page.locator('h1 >> visible=true').count()).toBe(0)
  origin.tamper = false
  await visible(w.page, '[data-testid="region-retry"]').click()
  expect(await text(w.page, 'h1')).toBe(subsidy.name)
  expect(await text(w.page, '[data-testid="no-guide"]')).toContain('暂无办事指南')
})

test('a manifest with a bad signature is refused with 签名不对 and 重试', async () => {
  origin.badSignature = true
  const w = await h.open(`/list?kind=category&key=${encodeURIComponent(category.name)}&region=demo-import`)
  await visible(w.page, '[data-testid="region-error"]').waitFor()
  expect(await text(w.page, '[data-testid="region-error"]')).toContain('签名不对')
  expect(await w.page.locator('[data-testid="region-retry"] >> visible=true').count()).toBe(1)
  expect(await w.page.locator(`[data-item-id="${subsidy.id}"] >> visible=true`).count()).toBe(0)
})
