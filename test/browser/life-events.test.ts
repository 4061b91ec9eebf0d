/**
 * 一件事 and 我能办什么 on H5: the journeys of issue 12 in Chromium against the production build, and
 * axe on the finder with its results in both modes (the pages themselves are in elder-a11y.test.ts).
 */
import { axeViolations, record, settled, text, visible, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

test('home → 失业了 → tick a shared material → it is ticked on the guide → reload → still ticked', async () => {
  const context = await h.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base })
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true })
  })
  const w = await h.open('/', { context })
  const { page } = w
  await visible(page, '.region-switch button:has-text("毕节市")').click()
  await visible(page, '.cell:has-text("失业了")').click()
  await page.waitForURL(/\/life-event\?region=bijie&id=shiye/)
  await settled(page)
  expect(await text(page, 'h1')).toBe('失业了')
  await h.screenshot(w, 'life-event-shiye')

  // 身份证 is needed by all four steps: one entry, ticked once.
  const idCard = visible(page, '[data-testid="document-own-id-card"]')
  await idCard.scrollIntoViewIfNeeded()
  await idCard.click()
  expect(await idCard.getAttribute('aria-checked')).toBe('true')
  expect(await text(page, '[data-testid="event-checklist-progress"]')).toBe('已备 1/12')
  expect(await text(page, '[data-testid="timeline-finish"]')).toMatch(/^全部办完预计 \d{4}年\d{1,2}月\d{1,2}日$/)
  await h.screenshot(w, 'life-event-shiye-ticked')

  // Share copies a stable link to this event.
  await page.getByTestId('share').click()
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${h.base}/life-event?region=bijie&id=shiye`)

  // Step 1 opens its guide, where the same card is ticked.
  await visible(page, '[data-testid="event-step-1"]').click()
  await page.waitForURL(/\/guide\?region=bijie&id=bj-073/)
  await settled(page)
  const card = visible(page, '[data-testid="material-social-security-card"]')
  expect(await card.getAttribute('aria-checked')).toBe('true')
  expect(await text(page, '[data-testid="checklist-progress"]')).toBe('已备 1/3')

  // Tick the bank card on the guide; after a reload both stay, and the event page shows 2/12.
  await visible(page, '[data-testid="material-bank-card"]').click()
  await page.reload({ waitUntil: 'networkidle' })
  await settled(page)
  expect(await visible(page, '[data-testid="material-social-security-card"]').getAttribute('aria-checked')).toBe('true')
  expect(await visible(page, '[data-testid="material-bank-card"]').getAttribute('aria-checked')).toBe('true')
  await page.goto(`${h.base}/life-event?region=bijie&id=shiye`, { waitUntil: 'networkidle' })
  await settled(page)
  expect(await visible(page, '[data-testid="document-own-id-card"]').getAttribute('aria-checked')).toBe('true')
  expect(await visible(page, '[data-testid="document-bj-073/bank-card"]').getAttribute('aria-checked')).toBe('true')
  expect(await text(page, '[data-testid="event-checklist-progress"]')).toBe('已备 2/12')
  h.expectClean(w)
})

test('我能办什么 → answers → an item → its guide', async () => {
  const w = await h.open('/')
  const { page } = w
  await visible(page, '.cell:has-text("我能办什么")').click()
  await page.waitForURL(/\/eligibility\?region=hami/)
  await settled(page)
  expect(await text(page, 'h1')).toBe('我能办什么')
  await visible(page, '[data-testid="answer-applicant-个人"]').click()
  await visible(page, '[data-testid="answer-situation-在校或刚毕业"]').click()
  await visible(page, '[data-testid="answer-groups-高校毕业生"]').click()
  const results = visible(page, '[data-testid="finder-results"]')
  await results.waitFor()
  expect(await results.innerText()).toContain('高校毕业生找工作')
  const item = visible(page, '[data-testid="finding-hm-017"]')
  expect(await item.innerText()).toContain('申请人是离校2年内未就业的高校毕业生')
  await item.scrollIntoViewIfNeeded()
  await h.screenshot(w, 'eligibility-results')
  // Nothing was saved: the answers stay in memory only.
  expect(await page.evaluate(() => window.localStorage.getItem('rsbszn.eligibility-answers'))).toBeNull()
  await item.click()
  await page.waitForURL(/\/guide\?region=hami&id=hm-017/)
  await settled(page)
  expect(await text(page, 'h1')).toBe('高校毕业生社会保险补贴')
  h.expectClean(w)
})

test('search finds 失业了 by the everyday word 失业', async () => {
  const context = await h.newContext()
  await context.addInitScript(() => {
    window.localStorage.setItem('rsbszn.settings', JSON.stringify({ data: JSON.stringify({ v: 1, data: { regionId: 'bijie', elderMode: null } }) }))
  })
  const w = await h.open('/search', { context })
  await visible(w.page, 'input[type="search"]').fill('失业')
  const event = visible(w.page, '[data-event-id="shiye"]')
  await event.waitFor()
  await event.locator('button').first().click()
  await w.page.waitForURL(/\/life-event\?region=bijie&id=shiye/)
  await settled(w.page)
  expect(await text(w.page, 'h1')).toBe('失业了')
  h.expectClean(w)
  await context.close()
})

describe.each([
  ['normal', false],
  ['elder', true],
])('%s mode', (mode, elder) => {
  test('我能办什么 with its results: no serious or critical axe violation; tap targets', async () => {
    const w = await h.open('/eligibility?region=bijie', { elder })
    await visible(w.page, '[data-testid="answer-applicant-个人"]').click()
    await visible(w.page, '[data-testid="answer-situation-失业"]').click()
    await visible(w.page, '[data-testid="finder-results"]').waitFor()
    const violations = await axeViolations(w.page)
    record('axe', { page: 'eligibility-results', mode, serious: violations.length, violations })
    expect(violations).toEqual([])
    const smallest = await w.page.evaluate(() => {
      const current = Array.from(document.querySelectorAll('.taro_page')).find((p) => getComputedStyle(p).display !== 'none') ?? document.body
      return Math.min(
        ...Array.from(current.querySelectorAll('button, a[href]'))
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .map((r) => Math.min(r.width, r.height)),
      )
    })
    expect(smallest).toBeGreaterThanOrEqual(elder ? 60 : 44)
    await h.screenshot(w, `eligibility-results-${mode}`)
    h.expectClean(w)
    await w.page.close()
  })
})
