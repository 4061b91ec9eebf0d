/**
 * Sample figures outside the guide's sections carry their mark in the real H5 build: a list, search
 * results and the guide's header, in normal and in 长辈模式 (where the mark is as large as the text).
 */
import type { Page } from 'playwright-core'
import { text, visible, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

// A Wednesday morning in Beijing.
const clockAt = new Date('2026-11-25T10:30:00+08:00')
const STATUS = /办公时间（示例）：\s*(办公中|午休|未开始办公|已下班|今日休息)/

/** The font size of the first visible mark, and of the text it stands in. */
async function markSizes(page: Page, scope: string) {
  return page.evaluate((sel) => {
    const marks = Array.from(document.querySelectorAll(`${sel} .sample-mark`)).filter((el) => (el as HTMLElement).getBoundingClientRect().width > 0)
    const mark = marks[0] as HTMLElement
    return {
      count: marks.length,
      mark: parseFloat(getComputedStyle(mark).fontSize),
      figure: parseFloat(getComputedStyle(mark.closest('.sample-figure') ?? mark.parentElement!).fontSize),
    }
  }, scope)
}

describe.each([false, true])('elder mode %s', (elder) => {
  test('a list marks the time limit and the office status of every row', async () => {
    const w = await h.open('/list?kind=theme&key=subsidies&region=hami', { elder, clockAt })
    const rows = w.page.locator('.cell-group [data-item-id] >> visible=true')
    const count = await rows.count()
    expect(count).toBeGreaterThan(2)
    for (let i = 0; i < count; i++) {
      const row = await rows.nth(i).innerText()
      if (row.includes('时限')) expect(row).toContain('时限（示例）：')
      if (row.includes('办公时间')) expect(row).toMatch(STATUS)
    }
    expect(await text(w.page, '.cell-group [data-item-id="hm-013"]')).toMatch(/时限（示例）：\s*20个工作日/)
    const sizes = await markSizes(w.page, '.cell-group')
    expect(sizes.count).toBeGreaterThanOrEqual(count)
    expect(sizes.mark).toBe(sizes.figure)
    if (elder) expect(sizes.mark).toBeGreaterThanOrEqual(18)
    await h.screenshot(w, `sample-marks-list${elder ? '-elder' : ''}`)
    h.expectClean(w)
  })

  test('search results mark the time limit', async () => {
    const w = await h.open(`/search?q=${encodeURIComponent('创业补贴')}`, { elder, clockAt })
    const first = visible(w.page, '[data-testid="search-results"] [data-item-id="hm-013"]')
    await first.waitFor()
    expect(await first.innerText()).toMatch(/时限（示例）：\s*20个工作日/)
    const sizes = await markSizes(w.page, '[data-testid="search-results"]')
    if (elder) expect(sizes.mark).toBeGreaterThanOrEqual(18)
    h.expectClean(w)
  })

  test('the guide header marks its time limit and office status', async () => {
    const w = await h.open('/guide?region=hami&id=hm-013', { elder, clockAt })
    const head = await text(w.page, '.item-head')
    expect(head).toMatch(/办理时限（示例）：\s*20个工作日/)
    expect(head).toMatch(STATUS)
    expect(await text(w.page, '[data-section="location"]')).toMatch(/办公时间[\s\S]+（示例）/)
    const sizes = await markSizes(w.page, '.item-head')
    expect(sizes.count).toBe(2)
    if (elder) expect(sizes.mark).toBeGreaterThanOrEqual(18)
    await h.screenshot(w, `sample-marks-guide${elder ? '-elder' : ''}`)
    h.expectClean(w)
  })
})
