/**
 * Every address that is no page of the H5 app shows something: a typo or a deep unknown path shows the
 * one NotFound page (the address it was given, 返回首页, 搜索事项 and 12333 as a real call link); a
 * mini-program path pasted into a browser opens that page under its short address. Taro's router alone
 * renders a blank page for all of these (platform redirectUnknownPages, h5-paths.ts unknownAddressTarget).
 */
import { axeViolations, headingOutline, record, settled, tapTargets, text, textMetrics, visible, harnessForThisFile, type Watched } from './harness'

const h = harnessForThisFile()

/** 返回首页 (the shell's: the page was opened from a link) opens 首页. */
async function backHomeWorks(w: Watched): Promise<void> {
  const home = visible(w.page, '[data-testid="back-home"]')
  expect(await home.innerText()).toBe('‹ 返回首页')
  await home.click()
  await w.page.waitForURL((url) => url.pathname === '/' || url.pathname === '/home')
  await settled(w.page)
  expect(await text(w.page, 'h1')).toBe('人社办事指南')
}

describe.each([
  ['/foo', '/foo'],
  ['/a/b/c', '/a/b/c'],
  ['/a/b/c?region=bijie&id=bj-073', '/a/b/c?region=bijie&id=bj-073'],
  ['/%E5%A4%B1%E4%B8%9A%E9%87%91', '/失业金'],
])('%s', (address, shown) => {
  test.each([
    ['normal', false],
    ['elder', true],
  ])('%s mode: the one NotFound page names the address, calls 12333, is axe clean and sized as every page; 返回首页 works', async (mode, elder) => {
    const w = await h().open(address, { elder })
    const { page } = w
    expect(new URL(page.url()).pathname).toBe('/not-found')
    expect(await visible(page, '.page').getAttribute('data-elder')).toBe(elder ? 'on' : 'off')
    expect(await text(page, 'h1')).toBe('页面不存在')
    expect(await text(page, '[data-testid="not-found"]')).toContain(`地址“${shown}”不是本应用的页面`)
    const call = visible(page, '[data-testid="not-found"] a[href="tel:12333"]')
    expect(await call.innerText()).toBe('拨打 12333')
    expect(await call.getAttribute('aria-label')).toBe('拨打 12333，人力资源社会保障服务热线')
    expect(await visible(page, '[data-testid="not-found"] .button:has-text("搜索事项")').count()).toBe(1)
    // One way home: the shell's (opened from a link), not a second one in the page.
    expect(await page.locator('text=返回首页 >> visible=true').count()).toBe(1)

    const violations = await axeViolations(page)
    record('axe', { page: `unknown-address ${address}`, mode, serious: violations.length, violations })
    expect(violations).toEqual([])
    const metrics = await textMetrics(page)
    const targets = await tapTargets(page)
    record('elder-sizes', { page: `unknown-address ${address}`, mode, ...metrics, ...targets })
    expect(metrics.minFont).toBeGreaterThanOrEqual(elder ? 18 : 14)
    expect(metrics.minLineRatio).toBeGreaterThanOrEqual(elder ? 1.5 : 1.3)
    expect(Math.min(targets.minW, targets.minH)).toBeGreaterThanOrEqual(elder ? 60 : 44)
    expect(await headingOutline(page)).toEqual([1])
    if (address === '/foo') await h().screenshot(w, `unknown-address-${mode}`)

    await backHomeWorks(w)
    h().expectClean(w)
    await page.close()
  })
})

test('a mini-program path pasted into a browser opens that page under its short address: 首页', async () => {
  const w = await h().open('/pages/home/index')
  expect(new URL(w.page.url()).pathname).toBe('/')
  expect(await text(w.page, 'h1')).toBe('人社办事指南')
  expect(await w.page.locator('[data-testid="not-found"]').count()).toBe(0)
  // 首页 is home already (no 返回首页); its hotline card offers the call.
  expect(await visible(w.page, '.hotline-card .button:has-text("拨打")').count()).toBe(1)
  expect(await axeViolations(w.page)).toEqual([])
  h().expectClean(w)
})

test('a shared guide’s mini-program path opens the guide (its short address, the same query), with 返回首页 and a call link', async () => {
  const w = await h().open('/packages/guide/pages/item/index?region=bijie&id=bj-073', { elder: true })
  const url = new URL(w.page.url())
  expect(url.pathname + url.search).toBe('/guide?region=bijie&id=bj-073')
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  expect(await visible(w.page, '[data-testid="hotline-bar"]').count()).toBe(1)
  expect(await axeViolations(w.page)).toEqual([])
  await backHomeWorks(w)
  h().expectClean(w)
})

test('the not-found page replaced the unknown address: the browser’s back does not return to a blank page', async () => {
  const w = await h().open('/home')
  await w.page.goto(new URL('/foo', w.page.url()).href, { waitUntil: 'networkidle' })
  await w.page.waitForURL((url) => url.pathname === '/not-found')
  expect(await text(w.page, 'h1')).toBe('页面不存在')
  await w.page.goBack()
  await w.page.waitForURL((url) => url.pathname === '/home')
  await settled(w.page)
  expect(await text(w.page, 'h1')).toBe('人社办事指南')
  h().expectClean(w)
})
