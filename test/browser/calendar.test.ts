/** With Chromium's clock frozen, the guide page shows the date a working-day limit lands on. */
import { text, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

test('2026-09-30 10:00 China time: 5 working days across 国庆 land on 10月13日', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-073', { clockAt: new Date('2026-09-30T10:00:00+08:00') })
  expect(await text(w.page, '[data-testid="completion-estimate"]')).toContain('今天受理，预计 2026年10月13日（周二）前办结')
  expect(await text(w.page, '.item-head')).toContain('办公中')
  h.expectClean(w)
})

test('2026-09-30 10:00: 20 working days for 创业补贴 land on 11月3日', async () => {
  const w = await h.open('/guide?region=hami&id=hm-013', { clockAt: new Date('2026-09-30T10:00:00+08:00') })
  expect(await text(w.page, '[data-testid="completion-estimate"]')).toContain('今天受理，预计 2026年11月3日（周二）前办结')
  await w.page.locator('[data-section="timeLimit"] >> visible=true').scrollIntoViewIfNeeded()
  await h.screenshot(w, 'guide-time-limit')
  h.expectClean(w)
})

test('on 国庆 the office is closed and opens on 10月8日', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-073', { clockAt: new Date('2026-10-02T10:00:00+08:00') })
  expect(await text(w.page, '.item-head')).toContain('今日休息（国庆节）')
  expect(await text(w.page, '.item-head')).toContain('10月8日 9:00 开始办理')
  expect(await text(w.page, '[data-testid="completion-estimate"]')).toContain('今天不办公，按10月8日（周四）受理计算')
  h.expectClean(w)
})

test('in 2027 the page says holidays are not included yet', async () => {
  const w = await h.open('/guide?region=bijie&id=bj-042', { clockAt: new Date('2027-03-10T10:00:00+08:00') })
  expect(await text(w.page, '[data-testid="calendar-fallback"]')).toContain('2027年的法定节假日安排尚未收录')
  h.expectClean(w)
})
