/** The foundation's checks: the production H5 build renders Chinese, cleanly, and offline. */
import { type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

test('the home page renders Chinese text with no console error, page error or request off this machine', async () => {
  const w = await h.open('/')
  await w.page.waitForSelector('h1')
  expect(await w.page.locator('h1').innerText()).toBe('人社办事指南')
  expect(await w.page.locator('body').innerText()).toMatch(/办事主题[\s\S]*常用服务/)
  await h.screenshot(w, 'home')
  h.expectClean(w)
})
