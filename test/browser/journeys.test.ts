/** The citizen app on H5: browse to a guide, call, share, open the shared link cold, and bad links. */
import { settled, text, visible, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

test('home → theme → guide → call → share → the shared link opens the same guide → back home', async () => {
  const context = await h.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base })
  // Linux Chromium has no Web Share; make sure the copy fallback is what runs.
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true })
  })
  const w = await h.open('/', { context })
  const { page } = w
  await page.getByTestId('theme-subsidies').click()
  await page.waitForURL(/\/list\?kind=theme&key=subsidies&region=hami/)
  await settled(page)
  expect(await text(page, 'h1')).toBe('补贴申领')
  await h.screenshot(w, 'list-theme')

  await visible(page, '[data-item-id="hm-013"] button').click()
  await page.waitForURL(/\/guide\?region=hami&id=hm-013/)
  await settled(page)
  expect(await text(page, 'h1')).toBe('创业补贴')
  await h.screenshot(w, 'guide-hm-013')

  await page.getByTestId('hotline-bar').click()
  const call = visible(page, '.hotline-bar a[href^="tel:"]')
  await expect(call.getAttribute('href')).resolves.toBe('tel:09022321695')
  expect(await text(page, '.hotline-bar .call-panel')).toContain('市人社局咨询及监督举报电话')
  await h.screenshot(w, 'guide-call-panel')

  await page.getByTestId('share').click()
  await page.waitForTimeout(300)
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`${h.base}/guide?region=hami&id=hm-013`)

  // The copied link, opened cold in a fresh browser context, shows the same guide and offers 返回首页.
  const fresh = await h.open(new URL(copied).pathname + new URL(copied).search)
  expect(await text(fresh.page, 'h1')).toBe('创业补贴')
  await fresh.page.getByTestId('back-home').click()
  await fresh.page.waitForURL((url) => url.pathname === '/' || url.pathname === '/home' || url.pathname.startsWith('/pages/home'))
  await settled(fresh.page)
  expect(await text(fresh.page, 'h1')).toBe('人社办事指南')
  h.expectClean(w)
  h.expectClean(fresh)
})

test('H5 share uses the Web Share API where the browser has it', async () => {
  const context = await h.newContext()
  await context.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    ;(window as any).__shared = []
    Object.defineProperty(Navigator.prototype, 'share', {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      value: (data: unknown) => ((window as any).__shared.push(data), Promise.resolve()),
      configurable: true,
    })
  })
  const w = await h.open('/guide?region=bijie&id=bj-073', { context })
  await w.page.getByTestId('share').click()
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const shared = await w.page.evaluate(() => (window as any).__shared)
  expect(shared).toEqual([{ title: '市本级参保人员办理失业保险金申领', url: `${h.base}/guide?region=bijie&id=bj-073` }])
  h.expectClean(w)
})

test('a direct link to a guide loads on its own', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-073')
  expect(await text(w.page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  expect(await w.page.getByTestId('back-home').isVisible()).toBe(true)
  expect(await w.page.title()).toContain('市本级参保人员办理失业')
  await h.screenshot(w, 'guide-bj-073')
  await w.page.locator('[data-section="materials"]').scrollIntoViewIfNeeded()
  await h.screenshot(w, 'guide-bj-073-materials')
  h.expectClean(w)
})

test.each([
  ['unknown-id', '/guide?region=bijie&id=bj-999', '这个事项在当前目录中找不到'],
  ['unknown-region', '/guide?region=shanghai&id=bj-073', '链接指向的地区不在本应用的目录中'],
  ['other-region', '/guide?region=hami&id=bj-073', '这个事项不属于链接中的地区'],
  ['missing-params', '/guide', '链接缺少事项信息'],
  ['garbled', '/guide?region=bijie&id=%E5%A4', '链接中的事项信息无法识别'],
  ['hostile', '/guide?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E&id=bj-073', '链接中的事项信息无法识别'],
])('bad link (%s) lands on 事项不存在或已调整 with search and home', async (name, url, why) => {
  const w = await h.open(url)
  const box = w.page.getByTestId('not-found')
  expect(await box.innerText()).toContain('事项不存在或已调整')
  expect(await box.innerText()).toContain(why)
  await h.screenshot(w, `not-found-${name}`)
  await box.getByText('搜索事项').click()
  await w.page.waitForURL(/\/search/)
  h.expectClean(w)
})

test('every page renders cleanly at 390x844', async () => {
  for (const [name, url] of [
    ['browse', '/browse'],
    ['mine', '/mine'],
    ['disclosure-bijie', '/open-catalogue?region=bijie'],
    ['list-category', `/list?kind=category&key=${encodeURIComponent('事项办理（公共服务）')}&region=bijie`],
    ['list-audience', `/list?kind=audience&key=${encodeURIComponent('单位')}&region=hami`],
    ['guide-disclosure-bj-001', '/guide?region=bijie&id=bj-001'],
    ['guide-penalty-bj-051', '/guide?region=bijie&id=bj-051'],
    ['guide-event-hm-025', '/guide?region=hami&id=hm-025'],
    ['search-empty', '/search'],
    ['list-bad', '/list?kind=theme&key=nope&region=hami'],
  ]) {
    const w = await h.open(url)
    expect((await text(w.page, '.page')).length).toBeGreaterThan(10)
    // No horizontal scrolling on a phone.
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await h.screenshot(w, name)
    h.expectClean(w)
    await w.page.close()
  }
})
