/**
 * A bureau imported from its published table without guides, on the real weapp build of
 * `npm run build:catonly` (.catonly/dist/weapp; WEAPP_DIST may name another build of the same data):
 * the test region 示例导入地区 (demo-import) is imported from seed 000 next to hami and bijie.
 * It is picked, browsed, listed and searched like the others; its item page shows the catalogue row,
 * says no 办事指南 exists yet and invents none; 一件事 and 我能办什么 are not offered.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { launch, textOf, type MiniProgram } from './harness'

const REPO = path.resolve(__dirname, '../..')
const DIST =
  process.env.WEAPP_DIST && process.env.WEAPP_DIST.includes('.catonly') ? path.resolve(REPO, process.env.WEAPP_DIST) : path.join(REPO, '.catonly/dist/weapp')
const GENERATED = path.join(REPO, '.catonly/generated')
const GUIDE = 'packages/guide/pages/item/index'

interface Region {
  id: string
  name: string
  hotlines: { id: string; number: string; label: string }[]
  defaultHotlineId: string
  categories: { name: string; itemIds: string[] }[]
  items: { id: string; name: string; kind: string; guideId: string | null }[]
}
interface Details {
  contents: string[]
  legalBases: string[]
  unit: string
  channels: string[]
  hotline: string | null
}

const regions = (JSON.parse(readFileSync(path.join(GENERATED, 'catalogue.json'), 'utf8')) as { regions: Region[] }).regions
const details = JSON.parse(readFileSync(path.join(GENERATED, 'items.json'), 'utf8')) as Record<string, Details>
const demo = regions.find((r) => r.id === 'demo-import')!
const subsidy = demo.items.find((i) => i.name === '创业补贴')!
const subsidyRow = details[subsidy.id]
const hotline = demo.hotlines.find((h) => h.number === subsidyRow.hotline) ?? demo.hotlines.find((h) => h.id === demo.defaultHotlineId)!

const digits = (n: string) => n.replace(/\D/g, '')

test('the build has the imported region, with no guide at all', () => {
  expect(demo.name).toBe('示例导入地区')
  expect(subsidy.kind).not.toBe('disclosure')
  expect(demo.items.every((i) => i.guideId === null)).toBe(true)
  // hami, bijie, this region and the one README's "Add your bureau" imports (test/weapp/add-your-bureau.test.ts).
  expect(regions.map((r) => r.id).sort()).toEqual(['bijie', 'demo-import', 'hami', 'shixian'])
})

/** Picks a region in the region picker, as a citizen does from home. */
async function pick(mp: MiniProgram, name: string): Promise<void> {
  await mp.tap('切换地区 ›')
  expect(mp.page().route).toBe('packages/search/pages/region/index')
  // The region's row, after the heading of its city group.
  await mp.tap(mp.findAllByText(name).pop()!)
  expect(mp.page().route).toBe('pages/home/index')
  expect(mp.text()).toContain(`当前地区\n${name}`)
}

/** Home of the imported region, reached from another region through the picker. */
async function homeOfDemo(): Promise<MiniProgram> {
  const mp = await launch({ dist: DIST })
  await pick(mp, '哈密市')
  await pick(mp, '示例导入地区')
  return mp
}

test('picked in the region picker, its home page has no 一件事 or 我能办什么, says it has the catalogue only, and offers its hotline', async () => {
  const mp = await homeOfDemo()
  const text = mp.text()
  expect(text).toContain('示例导入地区')
  expect(text).not.toContain('一件事一次办')
  expect(text).not.toContain('我能办什么')
  expect(text).toContain('还没有办事指南')
  expect(text).toContain(demo.hotlines.find((h) => h.id === demo.defaultHotlineId)!.number)
  expect(text).not.toContain('办事指南为示例内容')
  expect(mp.problems()).toEqual([])

  // The other regions keep their entries in the same build.
  await pick(mp, '哈密市')
  expect(mp.text()).toContain('一件事一次办')
  expect(mp.text()).toContain('我能办什么')
})

test("browsed by the catalogue's own categories; items are listed with 暂无办事指南; no 按办事对象", async () => {
  const mp = await homeOfDemo()
  await mp.tap('分类')
  expect(mp.page().route).toBe('pages/browse/index')
  expect(mp.text()).toContain(`共 ${demo.items.length} 项`)
  expect(mp.text()).not.toContain('按办事对象')
  const category = demo.categories.find((c) => c.itemIds.includes(subsidy.id))!
  await mp.tap(category.name)
  expect(mp.page().route).toBe('pages/list/index')
  const cell = mp.closest(mp.find(subsidy.name), (n) => n.className.split(' ').includes('service-cell'))!
  expect(mp.findAllByText('暂无办事指南', cell)).toHaveLength(1)
  expect(mp.problems()).toEqual([])
})

test('the item page: what the catalogue says, that no guide exists yet, nothing sample; the call goes to its hotline', async () => {
  const mp = await launch({ dist: DIST, path: `${GUIDE}?region=demo-import&id=${subsidy.id}` })
  const text = mp.text()
  expect(text).toContain(subsidy.name)
  expect(text).toContain('暂无办事指南')
  expect(text).toContain('本事项还没有办事指南')
  for (const c of subsidyRow.contents) expect(text).toContain(c)
  for (const b of subsidyRow.legalBases) expect(text).toContain(b)
  expect(text).toContain(subsidyRow.unit)
  for (const c of subsidyRow.channels) expect(text).toContain(c)
  // No guide section (only the catalogue's list and the hotline), nothing a guide would say, nothing marked sample.
  const sections = mp.findAll((n) => n.className.split(' ').includes('section-card__head')).map((n) => textOf(n).trim())
  expect(sections).toEqual(['应公开的内容（源目录所列）', '咨询电话'])
  for (const absent of ['示例内容', '（示例）', '已备', '办公时间', '预计', '办结']) expect(text).not.toContain(absent)
  await mp.tap('电话咨询')
  await mp.tap('呼叫')
  expect(mp.wx.callsTo('makePhoneCall').map((c) => (c.args[0] as { phoneNumber: string }).phoneNumber)).toEqual([digits(hotline.number)])
  expect(mp.problems()).toEqual([])
})

test('search finds its items by name and pinyin, tagged 暂无办事指南', async () => {
  const mp = await launch({ dist: DIST, path: `packages/search/pages/search/index?q=chuangyebutie&region=demo-import` })
  const first = mp.findAll((n) => n.className.split(' ').includes('service-cell'))[0]
  expect(mp.find(subsidy.name, first)).toBeDefined()
  expect(mp.findAllByText('暂无办事指南', first)).toHaveLength(1)
  await mp.tap(mp.find(subsidy.name, first))
  expect(mp.page().route).toBe(GUIDE)
  expect(mp.text()).toContain('本事项还没有办事指南')
  expect(mp.problems()).toEqual([])
})

test('a link to 我能办什么 for the region says plainly why it is not available', async () => {
  const mp = await launch({ dist: DIST, path: 'packages/guide/pages/eligibility/index?region=demo-import' })
  expect(mp.text()).toContain('还没有办事指南，所以无法按办理条件列出可能适用的事项')
  expect(mp.text()).not.toContain('保存我的回答')
  expect(mp.problems()).toEqual([])
})
