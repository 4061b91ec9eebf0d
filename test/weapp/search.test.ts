/**
 * Search in everyday words on the built mini-program (issue 19): what a worried citizen types, and the
 * text that comes back: the right item, 一件事 of another region, another department with 12345, a 人社
 * need the catalogue lacks with 12333, and a no-result page that is never empty.
 */
import { launch, type MiniProgram } from './harness'
import { PAGES } from './catalogue'

const expectHealthy = (mp: MiniProgram) => expect(mp.problems()).toEqual([])
const searchIn = (regionId: string) => `${PAGES.search}?region=${regionId}`
const phoneNumbers = (mp: MiniProgram) => mp.wx.callsTo('makePhoneCall').map((c) => (c.args[0] as { phoneNumber: string }).phoneNumber)

test('领失业金要什么材料 (毕节): 失业保险金申领 and the 一件事 失业了, filler and all', async () => {
  const mp = await launch({ path: searchIn('bijie') })
  await mp.type(undefined, '领失业金要什么材料')
  const text = mp.text()
  expect(text).toMatch(/找到 \d+ 项/)
  expect(text).toContain('市本级参保人员办理失业保险金申领')
  expect(text).toContain('一件事')
  expect(text).toContain('失业了')
  expect(text).not.toContain('没有找到')
  expectHealthy(mp)
})

test('老板不给工资 (毕节): the penalty item for wages withheld', async () => {
  const mp = await launch({ path: searchIn('bijie') })
  await mp.type(undefined, '老板不给工资')
  expect(mp.text()).toContain('对用人单位拖欠或者克扣劳动者工资的处罚')
  expectHealthy(mp)
})

test("失业了 in 哈密: 毕节's 一件事, labelled with its region", async () => {
  const mp = await launch({ path: PAGES.search })
  await mp.type(undefined, '失业了')
  const text = mp.text()
  expect(text).toContain('失业了')
  expect(text).toContain('毕节市的一件事')
  expectHealthy(mp)
})

test('医保怎么报销: named as 医疗保障局 business, and the call goes to 12345', async () => {
  const mp = await launch({ path: PAGES.search })
  await mp.type(undefined, '医保怎么报销')
  const text = mp.text()
  expect(text).toContain('由医疗保障局办理')
  expect(text).toContain('12345')
  expect(text).not.toContain('0902-2321695 政务')
  await mp.tap(mp.findAllByText('拨打')[0])
  await mp.tap('呼叫')
  expect(phoneNumbers(mp)).toEqual(['12345'])
  expectHealthy(mp)
})

test('社保卡丢了: this catalogue has no 社保卡 service, ask 12333', async () => {
  const mp = await launch({ path: PAGES.search })
  await mp.type(undefined, '社保卡丢了')
  const text = mp.text()
  expect(text).toContain('哈密市的办事目录里没有“社保卡申领、挂失、补换”')
  expect(text).toContain('12333')
  expectHealthy(mp)
})

test("nothing matched: everyday names, themes, the region's hotline, never an empty page; 你可能要找 only by a shared word", async () => {
  const mp = await launch({ path: searchIn('bijie') })
  await mp.type(undefined, '养险')
  const text = mp.text()
  expect(text).toContain('没有找到“养险”相关事项')
  // 养 and 险 are characters of many names, but no name shares a word with 养险 (issue 27).
  expect(text).not.toContain('你可能要找')
  expect(text).toContain('试试常用叫法')
  expect(text).toContain('直接问一问')
  expect(text).toContain('12333')
  expectHealthy(mp)
})
