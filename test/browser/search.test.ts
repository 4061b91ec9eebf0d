/** Typing what citizens type into the H5 search box: the expected item comes first. */
import { settled, visible, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

const firstResult = async (w: Awaited<ReturnType<Harness['open']>>) => {
  const first = visible(w.page, '[data-testid="search-results"] [data-item-id]')
  await first.waitFor()
  return first.getAttribute('data-item-id')
}

test.each([
  ['失业金', 'bijie', 'bj-073'],
  ['社保证明', 'bijie', 'bj-070'],
  ['sbzm', 'bijie', 'bj-070'],
  ['参保证明', 'bijie', 'bj-070'],
  ['乙肝', 'bijie', 'bj-051'],
  ['档案', 'bijie', 'bj-092'],
  ['cybt', 'hami', 'hm-013'],
  ['shiye', 'bijie', 'bj-036'],
  ['见习', 'hami', 'hm-018'],
])('typing %s (region %s) puts %s first', async (query, region, id) => {
  const context = await h.newContext()
  await context.addInitScript((r) => {
    window.localStorage.setItem('rsbszn.settings', JSON.stringify({ data: JSON.stringify({ v: 1, data: { regionId: r, elderMode: null } }) }))
  }, region)
  const w = await h.open('/search', { context })
  await visible(w.page, 'input[type="search"]').fill(query)
  expect(await firstResult(w)).toBe(id)
  h.expectClean(w)
  await context.close()
})

test('the query lives in the URL as it is typed, and a reload shows the same results', async () => {
  const w = await h.open('/search')
  const input = visible(w.page, 'input[type="search"]')
  await input.fill('失业金')
  await w.page.waitForURL(/q=/)
  expect(decodeURIComponent(new URL(w.page.url()).searchParams.get('q') ?? '')).toBe('失业金')
  const before = await firstResult(w)
  await w.page.reload({ waitUntil: 'networkidle' })
  await settled(w.page)
  expect(await visible(w.page, 'input[type="search"]').inputValue()).toBe('失业金')
  expect(await firstResult(w)).toBe(before)
  await h.screenshot(w, 'search-results')
  h.expectClean(w)
})

test('hostile text gives the empty state, never an error', async () => {
  const w = await h.open('/search')
  const input = visible(w.page, 'input[type="search"]')
  for (const q of ['😀😀', '.*+?^${}()|[]\\', '<img src=x onerror=alert(1)>', 'x'.repeat(1000), '   ']) {
    await input.fill(q)
    await w.page.waitForTimeout(50)
  }
  await input.fill('<img src=x onerror=alert(1)>')
  expect(await visible(w.page, '.empty-state').innerText()).toContain('相关事项')
  await h.screenshot(w, 'search-no-results')
  h.expectClean(w)
})
