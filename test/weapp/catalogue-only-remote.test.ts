/**
 * A catalogue-only region that is downloaded, not bundled, on the real weapp build of
 * `npm run build:catonly` (remote variant, .catonly/remote/dist/weapp): 示例导入地区 (demo-import,
 * imported from seed 000 by `npm run catalogue:import`, no guides) lives only on the data origin
 * https://data.example.test (the files of .catonly/remote/origin, manifest signed with the test-only key);
 * hami and bijie are bundled. wx.request is scripted; USER_DATA_PATH keeps what was downloaded.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { launch, type MiniProgram, type WxStandIn } from './harness'

const REPO = path.resolve(__dirname, '../..')
const DIST = path.join(REPO, '.catonly/remote/dist/weapp')
const ORIGIN = path.join(REPO, '.catonly/remote/origin')
const GENERATED = path.join(REPO, '.catonly/remote/generated')
const HOST = 'https://data.example.test/'
const GUIDE = 'packages/guide/pages/item/index'

interface Region {
  id: string
  name: string
  categories: { name: string; itemIds: string[] }[]
  items: { id: string; name: string; kind: string; guideId: string | null }[]
}
const demo = (JSON.parse(readFileSync(path.join(GENERATED, 'catalogue.json'), 'utf8')) as { regions: Region[] }).regions.find((r) => r.id === 'demo-import')!
const subsidy = demo.items.find((i) => i.name === '创业补贴')!
const details = (JSON.parse(readFileSync(path.join(GENERATED, 'items.json'), 'utf8')) as Record<string, { contents: string[] }>)[subsidy.id]
const category = demo.categories.find((c) => c.itemIds.includes(subsidy.id))!
const disclosure = demo.items.find((i) => i.kind === 'disclosure')!
const signed = JSON.parse(readFileSync(path.join(ORIGIN, 'manifest.json'), 'utf8')) as { manifest: string }
const entry = (JSON.parse(signed.manifest) as { regions: { id: string; bundled: boolean; files: { index: { path: string } } }[] }).regions.find(
  (r) => r.id === 'demo-import',
)!

/** The data origin: the built files, or a failure, or tampered bytes, or a manifest whose signature does not match. */
function serveOrigin(wx: WxStandIn, mode: { down?: boolean; tamper?: boolean; badSignature?: boolean } = {}): void {
  wx.routes.push({
    match: (url) => url.startsWith(HOST),
    respond: (o) => {
      if (mode.down) return { statusCode: 502, data: 'bad gateway' }
      const file = String(o.url).slice(HOST.length).split('?')[0]
      const text = readFileSync(path.join(ORIGIN, file), 'utf8')
      if (mode.badSignature && file === 'manifest.json') {
        const m = JSON.parse(text)
        return { statusCode: 200, data: JSON.stringify({ ...m, manifest: m.manifest.replace('"示例导入地区"', '"示例导入地域"') }) }
      }
      // Same length, other bytes: only the SHA-256 digest can tell.
      return { statusCode: 200, data: mode.tamper && file.startsWith('demo-import/') ? text.replace('补贴', '补助') : text }
    },
  })
}

const requested = (mp: MiniProgram) => mp.wx.callsTo('request').map((c) => String((c.args[0] as { url: string }).url).slice(HOST.length))
const kept = (mp: MiniProgram) => [...mp.wx.files.keys()].filter((k) => k.startsWith('wxfile://usr/region-data/demo-import/'))

test('the build: demo-import is on the origin only, with no guide', () => {
  expect(entry.bundled).toBe(false)
  expect(demo.items.every((i) => i.guideId === null)).toBe(true)
  expect(disclosure).toBeDefined()
  // The bundled index of the main package does not carry it.
  const bundled = readFileSync(path.join(GENERATED, 'region-data/manifest.json'), 'utf8')
  expect(JSON.parse(bundled).regions.find((r: { id: string }) => r.id === 'demo-import').bundled).toBe(false)
})

test('a first launch opens a bundled region with no download; the picker says demo-import needs one; picking it downloads and verifies it', async () => {
  const mp = await launch({ dist: DIST, setup: (wx) => serveOrigin(wx) })
  await mp.settle(2000)
  // demo-import comes first in province order (its table has the same file name as hami's), yet a first launch is offline.
  expect(mp.text()).toContain('当前地区\n哈密市')
  expect(requested(mp)).toEqual([])
  await mp.tap('切换地区 ›')
  expect(mp.page().route).toBe('packages/search/pages/region/index')
  expect(mp.text()).toMatch(/示例导入地区[\s\S]*需下载 约 \d+ KB/)
  expect(mp.text()).toMatch(/哈密市[\s\S]*已内置，可离线使用/)
  await mp.tap(mp.findAllByText('示例导入地区').pop()!)
  await mp.settle(5000)
  expect(mp.page().route).toBe('pages/home/index')
  expect(mp.text()).toContain('当前地区\n示例导入地区')
  expect(mp.text()).toContain('还没有办事指南')
  expect(mp.text()).not.toContain('一件事一次办')
  expect(requested(mp)).toContain('manifest.json')
  expect(requested(mp)).toContain(entry.files.index.path)
  expect(kept(mp).length).toBeGreaterThanOrEqual(1)
  expect(mp.problems()).toEqual([])
})

test('a shared item page downloads the region and shows the catalogue row with 暂无办事指南; list and 公开目录 then open from the phone with the origin gone', async () => {
  const mp = await launch({ dist: DIST, path: `${GUIDE}?region=demo-import&id=${subsidy.id}`, setup: (wx) => serveOrigin(wx) })
  await mp.settle(5000)
  const text = mp.text()
  expect(text).toContain(subsidy.name)
  expect(text).toContain('暂无办事指南')
  expect(text).toContain('本事项还没有办事指南')
  for (const c of details.contents) expect(text).toContain(c)
  expect(text).not.toContain('示例内容')
  expect(requested(mp)).toContain(entry.files.index.path)
  expect(kept(mp).length).toBeGreaterThanOrEqual(2)
  expect(mp.problems()).toEqual([])

  // Next launch, no network: its list and its 公开目录 come from the phone.
  const files = new Map(mp.wx.files)
  const offline = (wx: WxStandIn) => {
    for (const [k, v] of files) wx.files.set(k, v)
    serveOrigin(wx, { down: true })
  }
  const list = await mp.relaunch({
    dist: DIST,
    path: `pages/list/index?kind=category&key=${encodeURIComponent(category.name)}&region=demo-import`,
    setup: offline,
  })
  await list.settle(5000)
  const cell = list.closest(list.find(subsidy.name), (n) => n.className.split(' ').includes('service-cell'))!
  expect(list.findAllByText('暂无办事指南', cell)).toHaveLength(1)
  expect(list.text()).not.toContain('下载失败')
  const open = await list.relaunch({ dist: DIST, path: 'packages/guide/pages/disclosure/index?region=demo-import', setup: offline })
  await open.settle(5000)
  expect(open.text()).toContain('示例导入地区 · 政务公开目录')
  expect(open.text()).toContain(disclosure.name)
  expect(open.problems()).toEqual([])
})

test('a tampered download is refused with 校验未通过 and 重试, and nothing is kept', async () => {
  const mp = await launch({ dist: DIST, path: `${GUIDE}?region=demo-import&id=${subsidy.id}`, setup: (wx) => serveOrigin(wx, { tamper: true }) })
  await mp.settle(5000)
  expect(mp.text()).toContain('校验未通过')
  expect(mp.text()).toContain('重试')
  expect(mp.text()).not.toContain('本事项还没有办事指南')
  expect(kept(mp)).toEqual([])
})

test('a manifest whose signature does not match is refused with 签名不对 and 重试', async () => {
  const mp = await launch({
    dist: DIST,
    path: `pages/list/index?kind=category&key=${encodeURIComponent(category.name)}&region=demo-import`,
    setup: (wx) => serveOrigin(wx, { badSignature: true }),
  })
  await mp.settle(5000)
  expect(mp.text()).toContain('签名不对')
  expect(mp.text()).toContain('重试')
  expect(mp.text()).not.toContain(subsidy.name)
  expect(kept(mp)).toEqual([])
})
