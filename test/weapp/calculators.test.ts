/**
 * 我哪年退休 and 失业金能领几个月 on the real weapp build: open with a query, the answer's text, forwarding
 * to a friend and to Moments carries the inputs and reopens the same answer, Moments is read-only, and
 * 提醒我 reaches wx.addPhoneCalendar (and a refusal is explained).
 */
import { launch, refuse } from './harness'

const RETIREMENT = 'packages/tools/pages/retirement/index'
const BENEFIT = 'packages/tools/pages/unemployment-benefit/index'

test('a link opens the retirement answer with the exact labels; nothing went wrong', async () => {
  const mp = await launch({ path: `${RETIREMENT}?birth=1965-03&kind=male` })
  const text = mp.text()
  expect(text).toContain('法定退休年龄：60岁1个月')
  expect(text).toContain('退休时间：2025年4月')
  expect(text).toContain('最低缴费年限：15年')
  expect(text).toContain('最早可申请：2025年3月')
  expect(mp.page().canShareToMoments).toBe(true)
  expect(mp.problems()).toEqual([])
})

test('choosing by taps gives the answer; forwarding to a friend and to Moments carries the inputs and reopens it', async () => {
  const mp = await launch({ path: 'pages/home/index?region=bijie' })
  await mp.tap('我哪年退休')
  expect(mp.page().route).toBe(RETIREMENT)
  await mp.tap('1970年代')
  await mp.tap('1971年')
  await mp.tap('6月')
  await mp.tap(mp.find('原法定退休年龄五十五周岁的女职工'))
  expect(mp.text()).toContain('退休时间：2026年11月')
  const friend = await mp.shareToFriend()
  expect(friend).toMatchObject({ title: '1971年6月出生的女职工（原55岁退休）：2026年11月退休', path: `/${RETIREMENT}?birth=1971-06&kind=female55` })
  const reopened = await launch({ path: friend!.path!.slice(1), scene: 1007 })
  expect(reopened.text()).toContain('退休时间：2026年11月')
  const moments = await mp.shareToMoments()
  expect(moments).toMatchObject({ title: '1971年6月出生的女职工（原55岁退休）：2026年11月退休 - 毕节市人社办事指南', query: 'birth=1971-06&kind=female55' })
  const single = await launch({ path: `${RETIREMENT}?${moments!.query}`, scene: 1154 })
  expect(single.text()).toContain('退休时间：2026年11月')
  // Read-only: nothing to choose, remind or remember; the hotline stays.
  expect(single.query('1970年代')).toBeUndefined()
  expect(single.query('提醒我')).toBeUndefined()
  expect(single.query('在本机记住我的出生年月')).toBeUndefined()
  expect(single.text()).toContain('12333')
  expect(single.problems()).toEqual([])
})

test('提醒我 calls wx.addPhoneCalendar with the retirement month and the earliest 弹性 month (seconds, China time)', async () => {
  const mp = await launch({ path: `${RETIREMENT}?birth=1971-06&kind=male` })
  await mp.tap('提醒我')
  await mp.settle()
  const calls = mp.wx.callsTo('addPhoneCalendar').map((c) => c.args[0] as { title: string; startTime: number; allDay: boolean })
  expect(calls.map((c) => [c.title, c.startTime, c.allDay])).toEqual([
    ['法定退休时间：2033年2月', Date.parse('2033-02-01T00:00:00+08:00') / 1000, true],
    ['最早可申请弹性提前退休：2031年6月', Date.parse('2031-06-01T00:00:00+08:00') / 1000, true],
  ])
  expect(mp.text()).toContain('已添加到手机日历')
})

test('a refused calendar comes back in fail: a clear message', async () => {
  const mp = await launch({
    path: `${RETIREMENT}?birth=1971-06&kind=male`,
    setup: (wx) => wx.script('addPhoneCalendar', () => refuse('auth deny')),
  })
  await mp.tap('提醒我')
  await mp.settle()
  expect(mp.wx.callsTo('addPhoneCalendar')).toHaveLength(1)
  expect(mp.text()).toContain('没有得到添加日历的授权')
  expect(mp.problems()).toEqual([])
})

test('bad links get a clear message and the form', async () => {
  for (const [query, message] of [
    ['birth=2999-01&kind=male', '不能晚于本月'],
    ['birth=1800-01&kind=male', '1940年1月'],
    ['birth=1965-03&kind=unknown', '人员类别看不懂'],
    ['birth=abc', '出生年月看不懂'],
  ]) {
    const mp = await launch({ path: `${RETIREMENT}?${query}` })
    expect(mp.text()).toContain(message)
    expect(mp.text()).not.toContain('法定退休年龄：')
    expect(mp.problems()).toEqual([])
  }
})

test('失业金: a link opens the answer; forwarding carries paidYears; a guide links to the calculator', async () => {
  const mp = await launch({ path: `${BENEFIT}?paidYears=7` })
  expect(mp.text()).toContain('最长可领18个月')
  const friend = await mp.shareToFriend()
  expect(friend).toMatchObject({ title: '失业保险缴费7年：失业保险金最长可领18个月', path: `/${BENEFIT}?paidYears=7` })
  const bad = await launch({ path: `${BENEFIT}?paidYears=-1` })
  expect(bad.text()).toContain('不能是负数')
  const guide = await launch({ path: 'packages/guide/pages/item/index?region=bijie&id=bj-073' })
  await guide.tap(/失业保险金最长能领几个月/)
  expect(guide.page().route).toBe(BENEFIT)
  expect(guide.problems()).toEqual([])
})
