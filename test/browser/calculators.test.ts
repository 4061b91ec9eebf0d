/**
 * 我哪年退休 and 失业金能领几个月 on H5 in Chromium: the short addresses reopen an answer, a bad query gets a
 * clear message, and 提醒我 downloads an .ics file (RFC 5545) with the right dates, its code loaded only
 * on the tap.
 */
import { settled, text, visible, type Harness, harnessForThisFile } from './harness'

const harness = harnessForThisFile()
let h: Harness
beforeAll(() => {
  h = harness()
})

test('/retirement?birth=1965-03&kind=male opens the answer; choosing again updates the address, which reopens it', async () => {
  const w = await h.open('/retirement?birth=1965-03&kind=male')
  const { page } = w
  await settled(page)
  expect(await text(page, 'h1')).toBe('退休年龄计算')
  const result = await text(page, '[data-testid="retirement-result"]')
  expect(result).toContain('法定退休年龄：60岁1个月')
  expect(result).toContain('退休时间：2025年4月')
  expect(result).toContain('最低缴费年限：15年')
  await visible(page, '[data-testid="decade-1970"]').click()
  await visible(page, '[data-testid="year-1971"]').click()
  await visible(page, '[data-testid="month-6"]').click()
  await page.waitForURL(/\/retirement\?birth=1971-06&kind=male$/)
  await page.reload({ waitUntil: 'networkidle' })
  await settled(page)
  expect(await text(page, '[data-testid="retirement-result"]')).toContain('退休时间：2033年2月')
  h.expectClean(w)
  await w.context.close()
})

test('bad queries: a clear message and the form, no error', async () => {
  for (const [path, message] of [
    ['/retirement?birth=2999-01&kind=male', '不能晚于本月'],
    ['/retirement?birth=1800-01&kind=male', '1940年1月'],
    ['/retirement?birth=1965-03&kind=unknown', '人员类别看不懂'],
    ['/retirement?birth=%E4%B8%AD%ZZ&kind=male', '出生年月看不懂'],
    ['/unemployment-benefit?paidYears=1e9', '看不懂'],
    ['/unemployment-benefit?paidYears=-1', '不能是负数'],
  ]) {
    const w = await h.open(path)
    await settled(w.page)
    expect(await text(w.page, '[data-testid="calc-problem"]')).toContain(message)
    h.expectClean(w)
    await w.context.close()
  }
})

test('/unemployment-benefit?paidYears=7 opens its answer', async () => {
  const w = await h.open('/unemployment-benefit?paidYears=7')
  await settled(w.page)
  expect(await text(w.page, '[data-testid="benefit-result"]')).toContain('最长可领18个月')
  h.expectClean(w)
  await w.context.close()
})

test('提醒我 downloads a valid calendar file with the retirement and earliest 弹性 months; ics is loaded only on the tap', async () => {
  const w = await h.open('/retirement?birth=1971-06&kind=male')
  const { page } = w
  await settled(page)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/ics\./.test(e.name)))).toBe(false)
  const [download] = await Promise.all([page.waitForEvent('download'), visible(page, '[data-testid="remind-me"]').click()])
  expect(scripts.some((u) => /\/ics\.[0-9a-f]+\.js$/.test(u))).toBe(true)
  expect(download.suggestedFilename()).toBe('退休提醒-1971-06.ics')
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  const ics = Buffer.concat(chunks).toString('utf8')
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
  expect(ics.trimEnd()).toMatch(/END:VCALENDAR$/)
  expect(unfolded).toContain('VERSION:2.0')
  expect(unfolded).toMatch(/PRODID:/)
  const events = unfolded.split('BEGIN:VEVENT').slice(1)
  expect(events).toHaveLength(2)
  expect(events[0]).toContain('SUMMARY:法定退休时间：2033年2月')
  expect(events[0]).toContain('DTSTART;VALUE=DATE:20330201')
  expect(events[0]).toMatch(/UID:\S+/)
  expect(events[0]).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
  expect(events[1]).toContain('SUMMARY:最早可申请弹性提前退休：2031年6月')
  expect(events[1]).toContain('DTSTART;VALUE=DATE:20310601')
  expect(await text(page, '[data-testid="calendar-message"]')).toContain('已下载日历文件')
  h.expectClean(w)
  await w.context.close()
})
