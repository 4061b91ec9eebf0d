/**
 * A bureau imported without guides, in the H5 build of `npm run build:catonly` (.catonly/dist/h5),
 * in Chromium: the test region 示例导入地区 (demo-import) is picked in the region picker, browsed and
 * searched; its item page shows the catalogue row and says no 办事指南 exists yet; no 一件事 or
 * 我能办什么 entry; normal and 长辈模式 pass axe.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readmeImportCommand } from '../../scripts/catonly/readme'
import { axeViolations, ROOT, settled, startHarness, tapTargets, text, textMetrics, visible, type Harness } from './harness'

const BUILD = path.join(ROOT, '.catonly/dist/h5')
const GENERATED = path.join(ROOT, '.catonly/generated')

interface Region {
  id: string
  name: string
  hotlines: { id: string; number: string }[]
  defaultHotlineId: string
  categories: { name: string; itemIds: string[] }[]
  items: { id: string; name: string; kind: string; guideId: string | null }[]
}
const regions = (JSON.parse(readFileSync(path.join(GENERATED, 'catalogue.json'), 'utf8')) as { regions: Region[] }).regions
const details = JSON.parse(readFileSync(path.join(GENERATED, 'items.json'), 'utf8')) as Record<
  string,
  { contents: string[]; legalBases: string[]; unit: string; channels: string[]; hotline: string | null }
>
const demo = regions.find((r) => r.id === 'demo-import')!
const subsidy = demo.items.find((i) => i.name === '创业补贴')!
const row = details[subsidy.id]
const hotline = demo.hotlines.find((h) => h.number === row.hotline) ?? demo.hotlines.find((h) => h.id === demo.defaultHotlineId)!

let h: Harness
beforeAll(async () => {
  h = await startHarness(BUILD)
})
afterAll(async () => {
  await h?.close()
})

async function pickInPicker(page: import('playwright-core').Page, id: string): Promise<void> {
  await visible(page, '[data-testid="region-picker-entry"]').click()
  await settled(page)
  await visible(page, `[data-testid="region-${id}"]`).click()
  await visible(page, '.home-head').waitFor()
  await settled(page)
}

test('picked in the region picker: home has no 一件事 or 我能办什么, says the region has its catalogue only; hami keeps its entries', async () => {
  const w = await h.open('/')
  await pickInPicker(w.page, 'hami')
  expect(await text(w.page, '.page')).toContain('一件事一次办')
  await pickInPicker(w.page, 'demo-import')
  expect(await text(w.page, '.home-head')).toContain('示例导入地区')
  const page = await text(w.page, '.page')
  expect(page).not.toContain('一件事一次办')
  expect(page).not.toContain('我能办什么')
  expect(page).not.toContain('办事主题')
  expect(await text(w.page, '[data-testid="catalogue-only"]')).toContain('还没有办事指南')
  expect(page).toContain(demo.hotlines.find((x) => x.id === demo.defaultHotlineId)!.number)
  h.expectClean(w)
})

test('a category list shows the items with 暂无办事指南, and search finds them by pinyin', async () => {
  const category = demo.categories.find((c) => c.itemIds.includes(subsidy.id))!
  const w = await h.open(`/list?kind=category&key=${encodeURIComponent(category.name)}&region=demo-import`)
  expect(await text(w.page, `.cell-group [data-item-id="${subsidy.id}"]`)).toContain('暂无办事指南')
  const s = await h.open('/search?q=chuangyebutie&region=demo-import')
  const first = visible(s.page, '[data-item-id]')
  expect(await first.getAttribute('data-item-id')).toBe(subsidy.id)
  expect(await first.innerText()).toContain('暂无办事指南')
  await first.locator('.service-cell__main').click()
  await settled(s.page)
  expect(await text(s.page, 'h1')).toBe(subsidy.name)
  expect(await text(s.page, '[data-testid="no-guide"]')).toContain('本事项还没有办事指南')
  h.expectClean(w)
  h.expectClean(s)
})

describe.each([false, true])('elder mode %s', (elder) => {
  test('the item page: the catalogue row, no guide and nothing sample; a real tel: link to its hotline; axe clean', async () => {
    const w = await h.open(`/guide?region=demo-import&id=${subsidy.id}`, { elder })
    expect(await text(w.page, 'h1')).toBe(subsidy.name)
    const noGuide = await text(w.page, '[data-testid="no-guide"]')
    expect(noGuide).toContain('暂无办事指南')
    for (const c of row.contents) expect(noGuide).toContain(c)
    const facts = await text(w.page, '[data-testid="publication-facts"]')
    for (const b of row.legalBases) expect(facts).toContain(b)
    expect(facts).toContain(row.unit)
    for (const c of row.channels) expect(facts).toContain(c)
    const page = await text(w.page, '.page')
    for (const absent of ['示例内容', '（示例）', '已备', '办公时间', '预计']) expect(page).not.toContain(absent)
    expect(await w.page.locator('[data-section] >> visible=true').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')))).toEqual([
      'catalogue-contents',
      'no-guide-hotline',
    ])
    expect(await axeViolations(w.page)).toEqual([])
    const metrics = await textMetrics(w.page)
    const targets = await tapTargets(w.page)
    expect(metrics.minFont).toBeGreaterThanOrEqual(elder ? 18 : 14)
    expect(Math.min(targets.minW, targets.minH)).toBeGreaterThanOrEqual(elder ? 60 : 44)
    await h.screenshot(w, `catalogue-only-item-${elder ? 'elder' : 'normal'}`)
    await w.page.getByTestId('hotline-bar').click()
    expect(await visible(w.page, '.hotline-bar a[href^="tel:"]').getAttribute('href')).toBe(`tel:${hotline.number.replace(/\D/g, '')}`)
    h.expectClean(w)
  })
})

test('a link to 我能办什么 for the region explains why it is not available', async () => {
  const w = await h.open('/eligibility?region=demo-import')
  expect(await text(w.page, '[data-testid="finder-no-guides"]')).toContain('还没有办事指南')
  expect(await w.page.locator('[data-testid="save-answers"] >> visible=true').count()).toBe(0)
  h.expectClean(w)
})

test('the region README\'s "Add your bureau" imports is bundled: the picker offers it with no download, and its list opens', async () => {
  const { region: id, name } = readmeImportCommand()
  const added = regions.find((r) => r.id === id)!
  expect(added.name).toBe(name)
  const w = await h.open('/region')
  expect(await visible(w.page, `[data-testid="region-${id}"]`).getAttribute('aria-label')).toBe(`${name}，已内置，可离线使用`)
  const category = added.categories.find((c) => c.itemIds.some((i) => added.items.find((x) => x.id === i)!.kind !== 'disclosure'))!
  const item = added.items.find((i) => category.itemIds.includes(i.id) && i.kind !== 'disclosure')!
  const list = await h.open(`/list?kind=category&key=${encodeURIComponent(category.name)}&region=${id}`)
  expect(await text(list.page, `.cell-group [data-item-id="${item.id}"]`)).toContain('暂无办事指南')
  h.expectClean(w)
  h.expectClean(list)
})
