/**
 * A way back on H5 (domain/routes/page-chrome.ts backLink): the installed web app (display:
 * standalone) has no browser back button, so every page opened inside the app draws a back control,
 * as WeChat's navigation bar gives the mini-program; a page opened first from a link has 返回首页
 * instead. Both are real buttons, 60×60 or more in 长辈模式, and the pages stay axe-clean.
 */
import type { Page } from './chromium'
import { axeViolations, harnessForThisFile, settled, text, visible } from './harness'

const h = harnessForThisFile()

const shown = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"] >> visible=true`)

test('home → a guide → the back control returns to home; the guide has no 返回首页', async () => {
  const w = await h().open('/')
  const { page } = w
  // Home is a tab page: no back, no link home.
  expect(await shown(page, 'back').count()).toBe(0)
  expect(await shown(page, 'back-home').count()).toBe(0)
  const first = visible(page, '.service-cell')
  const name = (await first.locator('.service-cell__name').innerText()).trim()
  await first.locator('.service-cell__main').click()
  await page.waitForURL((url) => url.pathname === '/guide')
  await settled(page)
  expect(await text(page, 'h1')).toBe(name)
  expect(await shown(page, 'back').innerText()).toBe('‹ 返回')
  expect(await shown(page, 'back').getAttribute('aria-label')).toBe('返回上一页')
  expect(await shown(page, 'back-home').count()).toBe(0)
  expect(await axeViolations(page)).toEqual([])

  await shown(page, 'back').click()
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/home')
  // The page left is removed after its transition: home's heading is then the one shown.
  await page.locator('h1:has-text("人社办事指南") >> visible=true').waitFor()
  await page.locator('[data-testid="back"] >> visible=true').waitFor({ state: 'detached' })
  expect(await text(page, 'h1')).toBe('人社办事指南')
  h().expectClean(w)
})

test('home → search → back to home, in 长辈模式 with a 60×60 back control', async () => {
  const w = await h().open('/', { elder: true })
  const { page } = w
  await visible(page, '.search-entry__box').click()
  await page.waitForURL((url) => url.pathname === '/search')
  await settled(page)
  await visible(page, '.search-bar').waitFor()
  const back = shown(page, 'back')
  const box = (await back.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(60)
  expect(box.height).toBeGreaterThanOrEqual(60)
  expect(await axeViolations(page)).toEqual([])
  await back.click()
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/home')
  // The page left is removed after its transition: home's heading is then the one shown.
  await page.locator('h1:has-text("人社办事指南") >> visible=true').waitFor()
  await page.locator('[data-testid="back"] >> visible=true').waitFor({ state: 'detached' })
  expect(await text(page, 'h1')).toBe('人社办事指南')
  h().expectClean(w)
})

test('a guide opened first from a link: 返回首页 and no back (there is nothing to go back to)', async () => {
  const w = await h().open('/guide?region=bijie&id=bj-073', { elder: true })
  const { page } = w
  expect(await text(page, 'h1')).toBe('市本级参保人员办理失业保险金申领')
  expect(await shown(page, 'back').count()).toBe(0)
  const home = shown(page, 'back-home')
  expect(await home.innerText()).toBe('‹ 返回首页')
  expect((await home.boundingBox())!.width).toBeGreaterThanOrEqual(60)
  const box = (await home.boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(60)
  expect(await axeViolations(page)).toEqual([])
  await home.click()
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/home' || url.pathname.startsWith('/pages/home'))
  await settled(page)
  expect(await text(page, 'h1')).toBe('人社办事指南')
  h().expectClean(w)
})
