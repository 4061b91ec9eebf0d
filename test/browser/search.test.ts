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
  // A service ranks above the 失业保险管理 公开目录 row (bj-036) unless the query asks about a rule (issue 27).
  ['shiye', 'bijie', 'bj-073'],
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

/** A page of the region (its settings seeded), with the query typed into the search box. */
async function typed(query: string, region: string) {
  const context = await h.newContext()
  await context.addInitScript((r) => {
    window.localStorage.setItem('rsbszn.settings', JSON.stringify({ data: JSON.stringify({ v: 1, data: { regionId: r, elderMode: null } }) }))
  }, region)
  const w = await h.open('/search', { context })
  await visible(w.page, 'input[type="search"]').fill(query)
  return { w, context }
}

describe('everyday words (issue 19)', () => {
  test.each([
    ['领失业金要什么材料', 'bijie', 'bj-073'],
    ['老板不给工资怎么办', 'bijie', 'bj-059'],
    ['想当技校老师', 'hami', 'hm-030'],
  ])('%s (region %s) puts %s first', async (query, region, id) => {
    const { w, context } = await typed(query, region)
    expect(await firstResult(w)).toBe(id)
    h.expectClean(w)
    await context.close()
  })

  test('a synonym is highlighted where it stands in the name: 退休工资 marks 养老金', async () => {
    const { w, context } = await typed('退休工资', 'bijie')
    const row = visible(w.page, '[data-testid="search-results"] [data-item-id="bj-095"]')
    await row.waitFor()
    expect(await row.locator('.highlight').allInnerTexts()).toEqual(['养老金'])
    h.expectClean(w)
    await context.close()
  })

  test('医保怎么报销: 医疗保障局 and 12345, not "没有找到"', async () => {
    const { w, context } = await typed('医保怎么报销', 'hami')
    const answer = visible(w.page, '[data-testid="department-answer"]')
    await answer.waitFor()
    const text = await answer.innerText()
    expect(text).toContain('由医疗保障局办理')
    expect(text).toContain('12345')
    await h.screenshot(w, 'search-other-department')
    h.expectClean(w)
    await context.close()
  })

  test('社保卡丢了: the catalogue lacks it, with 12333', async () => {
    const { w, context } = await typed('社保卡丢了', 'bijie')
    const answer = visible(w.page, '[data-testid="gap-answer"]')
    await answer.waitFor()
    const text = await answer.innerText()
    expect(text).toContain('毕节市的办事目录里没有“社保卡申领、挂失、补换”')
    expect(text).toContain('12333')
    h.expectClean(w)
    await context.close()
  })

  test("失业了 in 哈密: 毕节's 一件事, labelled with its region", async () => {
    const { w, context } = await typed('失业了', 'hami')
    const event = visible(w.page, '[data-event-id="shiye"]')
    await event.waitFor()
    expect(await event.innerText()).toContain('毕节市的一件事')
    h.expectClean(w)
    await context.close()
  })

  test('nothing matched: everyday names and the hotline; 你可能要找 only by a shared word', async () => {
    const { w, context } = await typed('养险', 'bijie')
    const empty = visible(w.page, '.empty-state')
    await empty.waitFor()
    const text = await empty.innerText()
    // 养 and 险 are characters of many names, but no name shares a word with 养险 (issue 27).
    expect(text).not.toContain('你可能要找')
    expect(text).toContain('试试常用叫法')
    expect(text).toContain('12333')
    h.expectClean(w)
    await context.close()
  })
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
