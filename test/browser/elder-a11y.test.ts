/**
 * 长辈模式 and accessibility on H5: axe-core on every page in both modes (no serious or critical
 * violation), measured text sizes and tap targets, headings, keyboard use, and saved ticks.
 * Figures go to test-results/axe.jsonl and test-results/elder-sizes.jsonl for the closing notes.
 */
import { axeViolations, headingOutline, record, settled, tapTargets, text, textMetrics, visible, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

const PAGES: [string, string][] = [
  ['home', '/'],
  ['browse', '/browse'],
  ['mine', '/mine'],
  ['list', '/list?kind=theme&key=certificates&region=bijie'],
  ['guide-bj-073', '/guide?region=bijie&id=bj-073'],
  ['guide-hm-013', '/guide?region=hami&id=hm-013'],
  ['guide-disclosure', '/guide?region=bijie&id=bj-019'],
  ['open-catalogue', '/open-catalogue?region=hami'],
  ['search', '/search?q=%E7%A4%BE%E4%BF%9D%E8%AF%81%E6%98%8E'],
  ['search-empty', '/search?q=zzzz'],
  ['not-found', '/guide?region=bijie&id=bj-999'],
  ['life-event-shiye', '/life-event?region=bijie&id=shiye'],
  ['life-event-chuangye', '/life-event?region=hami&id=wo-yao-chuangye'],
  ['life-event-not-found', '/life-event?region=bijie&id=no-such-event'],
  ['eligibility', '/eligibility?region=hami'],
  ['search-events', '/search?q=%E5%A4%B1%E4%B8%9A'],
  ['privacy', '/privacy'],
]

describe.each([
  ['normal', false],
  ['elder', true],
])('%s mode', (mode, elder) => {
  test.each(PAGES)('%s: no serious or critical axe violation, readable sizes, a heading outline', async (name, url) => {
    const w = await h.open(url, { elder })
    expect(await w.page.locator('.page >> visible=true').getAttribute('data-elder')).toBe(elder ? 'on' : 'off')
    const violations = await axeViolations(w.page)
    record('axe', { page: name, mode, serious: violations.length, violations })
    expect(violations).toEqual([])

    const metrics = await textMetrics(w.page)
    const targets = await tapTargets(w.page)
    record('elder-sizes', { page: name, mode, ...metrics, ...targets })
    expect(metrics.minFont).toBeGreaterThanOrEqual(elder ? 18 : 14)
    expect(metrics.minLineRatio).toBeGreaterThanOrEqual(elder ? 1.5 : 1.3)
    expect(Math.min(targets.minW, targets.minH)).toBeGreaterThanOrEqual(elder ? 60 : 44)

    const outline = await headingOutline(w.page)
    expect(outline.filter((l) => l === 1)).toHaveLength(1)
    expect(outline[0]).toBe(1)
    outline.forEach((level, i) => i > 0 && expect(level - outline[i - 1]).toBeLessThanOrEqual(1))

    await h.screenshot(w, `${name}-${mode}`)
    h.expectClean(w)
    await w.page.close()
  })
})

test('elder mode: body text is at least 18px and the hotline and share buttons are at least 60x60', async () => {
  const w = await h.open('/guide?region=hami&id=hm-013', { elder: true })
  const body = await visible(w.page, '.section-card__body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const hotline = await visible(w.page, '[data-testid="hotline-bar"]').boundingBox()
  const share = await visible(w.page, '[data-testid="share"]').boundingBox()
  const favourite = await visible(w.page, '[data-testid="favourite"]').boundingBox()
  record('elder-sizes', { page: 'guide-hm-013', mode: 'elder', bodyFontPx: body, hotline, share, favourite })
  expect(body).toBeGreaterThanOrEqual(18)
  for (const box of [hotline, share, favourite]) {
    expect(box!.width).toBeGreaterThanOrEqual(60)
    expect(box!.height).toBeGreaterThanOrEqual(60)
  }
  await h.screenshot(w, 'guide-bar-elder')
  h.expectClean(w)
})

test('the elder switch on home changes every page and is remembered across launches', async () => {
  const w = await h.open('/')
  await visible(w.page, '[data-testid="elder-switch"]').click()
  expect(await visible(w.page, '.page').getAttribute('data-elder')).toBe('on')
  await w.page.goto(`${h.base}/guide?region=bijie&id=bj-073`, { waitUntil: 'networkidle' })
  await settled(w.page)
  expect(await visible(w.page, '.page').getAttribute('data-elder')).toBe('on')
  h.expectClean(w)
})

test('ticked materials survive a reload; progress shows in 我的 favourites', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-073')
  await visible(w.page, '[data-testid="material-social-security-card"]').click()
  await visible(w.page, '[data-testid="material-bank-card"]').click()
  await visible(w.page, '[data-testid="favourite"]').click()
  await w.page.reload({ waitUntil: 'networkidle' })
  await settled(w.page)
  expect(await visible(w.page, '[data-testid="material-social-security-card"]').getAttribute('aria-checked')).toBe('true')
  expect(await visible(w.page, '[data-testid="material-termination-proof"]').getAttribute('aria-checked')).toBe('false')
  expect(await text(w.page, '[data-testid="checklist-progress"]')).toBe('已备 2/3')
  // 我的 is per region: choose 毕节 there and see the favourite with its progress.
  await w.page.goto(`${h.base}/`, { waitUntil: 'networkidle' })
  await settled(w.page)
  await visible(w.page, '.region-switch button:has-text("毕节市")').click()
  await w.page.goto(`${h.base}/mine`, { waitUntil: 'networkidle' })
  await settled(w.page)
  expect(await text(w.page, '[data-item-id="bj-073"]')).toContain('已备 2/3')
  await h.screenshot(w, 'mine-with-favourite')
  h.expectClean(w)
})

test('the app works by keyboard: Tab to the search entry, Enter opens search; Space ticks a material', async () => {
  const w = await h.open('/')
  let found = false
  for (let i = 0; i < 12 && !found; i++) {
    await w.page.keyboard.press('Tab')
    found = await w.page.evaluate(() => (document.activeElement?.textContent ?? '').includes('搜索事项'))
  }
  expect(found).toBe(true)
  await w.page.keyboard.press('Enter')
  await w.page.waitForURL(/\/search/)
  await settled(w.page)

  const g = await h.open('/guide?region=bijie&id=bj-073')
  const box = visible(g.page, '[data-testid="material-social-security-card"]')
  await box.focus()
  await g.page.keyboard.press('Space')
  expect(await box.getAttribute('aria-checked')).toBe('true')
  h.expectClean(w)
  h.expectClean(g)
})

test.each([
  ['guide-bj-056', '/guide?region=bijie&id=bj-056'],
  ['guide-hm-031', '/guide?region=hami&id=hm-031'],
  ['guide-bj-081', '/guide?region=bijie&id=bj-081'],
  ['open-catalogue-bijie', '/open-catalogue?region=bijie'],
])('on a 360 px wide phone, %s has no horizontal scrolling and no text under 14px', async (name, url) => {
  const context = await h.newContext({ viewport: { width: 360, height: 740 } })
  const w = await h.open(url, { context })
  expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  const metrics = await textMetrics(w.page)
  record('narrow-360', { page: name, ...metrics })
  expect(metrics.minFont).toBeGreaterThanOrEqual(14)
  await h.screenshot(w, `${name}-360`)
  h.expectClean(w)
  await context.close()
})

test('a favourite saved in another tab shows up in this one', async () => {
  const context = await h.newContext()
  const a = await h.open('/mine', { context })
  const b = await h.open('/guide?region=hami&id=hm-013', { context })
  await visible(b.page, '[data-testid="favourite"]').click()
  await a.page.waitForSelector('[data-item-id="hm-013"] >> visible=true')
  expect(await text(a.page, '.cell-group')).toContain('创业补贴')
  h.expectClean(a)
  h.expectClean(b)
  await context.close()
})
