/**
 * The built mini-program, as a citizen uses it in WeChat: launch, a guide of each region, the hotline,
 * forwarding, copying, and what the phone keeps between launches.
 */
import { launch, refuse, WeappStorage, type MiniProgram } from './harness'
import { digits, guidePath, guides, PAGES, region } from './catalogue'

/** No exception, no console.error, no WXML warning, no setData over 256 KB. */
function expectHealthy(mp: MiniProgram): void {
  expect(mp.problems()).toEqual([])
}

const phoneNumbers = (mp: MiniProgram) => mp.wx.callsTo('makePhoneCall').map((c) => (c.args[0] as { phoneNumber: string }).phoneNumber)

test('launch: the home page renders the app name, the region, themes and the hotline; nothing went wrong', async () => {
  const mp = await launch()
  expect(mp.page().route).toBe(PAGES.home)
  const text = mp.text()
  expect(text).toContain('人社办事指南')
  expect(text).toContain('哈密市')
  for (const theme of region('hami').themes) expect(text).toContain(theme.name)
  expect(text).toContain('0902-2321695')
  // WeChat's own button must not appear on the home page.
  expect(mp.page().homeButton).toBe(false)
  expectHealthy(mp)
})

describe.each([
  { regionId: 'hami', id: 'hm-013', name: '创业补贴', number: '0902-2321695', who: '市人社局咨询及监督举报电话' },
  { regionId: 'bijie', id: 'bj-073', name: '市本级参保人员办理失业保险金申领', number: '12333', who: '人力资源社会保障服务热线' },
])('a guide of $regionId ($id)', ({ regionId, id, name, number, who }) => {
  test('name and every material render', async () => {
    const mp = await launch({ path: guidePath(regionId, id) })
    expect(mp.page().title).toBe(name.slice(0, 16))
    const text = mp.text()
    expect(text).toContain(name)
    const materials = guides[id].sections.materials?.items ?? []
    expect(materials.length).toBeGreaterThan(0)
    for (const m of materials) expect(text).toContain(m.name)
    expect(text).toContain(`已备 0/${materials.length}`)
    expectHealthy(mp)
  })

  test(`the hotline bar shows ${number} and whom it reaches, then the call goes to WeChat with the digits ${digits(number)}`, async () => {
    const mp = await launch({ path: guidePath(regionId, id) })
    await mp.tap('电话咨询')
    const panel = mp.find('呼叫').parent?.parent as NonNullable<ReturnType<MiniProgram['find']>>
    expect(mp.text()).toContain(who)
    expect(mp.wx.callsTo('makePhoneCall')).toEqual([])
    await mp.tap(mp.find('呼叫', panel))
    expect(phoneNumbers(mp)).toEqual([digits(number)])
    expect(mp.wx.callsTo('makePhoneCall')[0].outcome).toBe('ok')
    expectHealthy(mp)
  })

  test('a cancelled call: nothing breaks, no error toast, the page stays', async () => {
    const mp = await launch({ path: guidePath(regionId, id), setup: (wx) => wx.script('makePhoneCall', () => refuse('cancel')) })
    await mp.tap('电话咨询')
    await mp.tap('呼叫')
    expect(phoneNumbers(mp)).toEqual([digits(number)])
    expect(mp.wx.callsTo('makePhoneCall')[0].outcome).toBe('makePhoneCall:fail cancel')
    expect(mp.wx.toasts.filter((t) => !t.system)).toEqual([])
    expect(mp.page().route).toBe(PAGES.item)
    expect(mp.text()).toContain(name)
    expectHealthy(mp)
  })

  test('forwarding to a friend and to Moments hands WeChat a title and a path/query that reopen the same guide', async () => {
    const mp = await launch({ path: guidePath(regionId, id) })
    expect(mp.page().canForward).toBe(true)
    expect(mp.page().canShareToMoments).toBe(true)
    const friend = await mp.shareToFriend()
    expect(friend?.title).toContain(name)
    const reopened = await launch({ path: friend?.path, scene: 1007 })
    expect(reopened.page().route).toBe(PAGES.item)
    expect(reopened.text()).toContain(name)
    expect(reopened.text()).not.toContain('事项不存在')

    const moments = await mp.shareToMoments()
    expect(moments?.title).toContain(name)
    const fromMoments = await launch({ path: `${PAGES.item}?${moments?.query}`, scene: 1154 })
    expect(fromMoments.text()).toContain(name)
    expect(fromMoments.text()).not.toContain('事项不存在')
    expectHealthy(reopened)
    expectHealthy(fromMoments)
  })
})

test('the guide\'s 分享 button asks the page for onShareAppMessage({ from: "button" }) with the guide\'s path', async () => {
  const mp = await launch({ path: guidePath('hami', 'hm-013') })
  await mp.tap('分享')
  expect(mp.buttonShares).toHaveLength(1)
  expect(mp.buttonShares[0].title).toContain('创业补贴')
  expect(mp.buttonShares[0].path).toContain('id=hm-013')
})

test("copying a number reaches WeChat's clipboard", async () => {
  const mp = await launch({ path: guidePath('hami', 'hm-013') })
  await mp.tap('电话咨询')
  await mp.tap('复制号码')
  expect(mp.wx.callsTo('setClipboardData').map((c) => (c.args[0] as { data: string }).data)).toEqual(['0902-2321695'])
  expect(mp.wx.clipboard).toBe('0902-2321695')
  expectHealthy(mp)
})

test('a favourite and checklist ticks are kept across a relaunch with the same storage', async () => {
  const storage = new WeappStorage()
  const mp = await launch({ path: guidePath('hami', 'hm-013'), storage })
  await mp.tap('收藏')
  expect(mp.text()).toContain('已收藏')
  await mp.tap('居民身份证')
  await mp.tap('营业执照')
  expect(mp.text()).toContain('已备 2/6')
  mp.close()

  const again = await launch({ path: guidePath('hami', 'hm-013'), storage })
  expect(again.text()).toContain('已收藏')
  expect(again.text()).toContain('已备 2/6')
  // 我的 lists the favourite too.
  const mine = await launch({ path: PAGES.mine, storage })
  expect(mine.text()).toContain('创业补贴')
  expectHealthy(again)
  expectHealthy(mine)
})

test('corrupt storage: the app still works, the bad values are reset, nothing crashes', async () => {
  const storage = new WeappStorage()
    .seed('rsbszn.favourites', '{"v":1,"data":{"hami":[')
    .seed('rsbszn.checklists', 42)
    .seed('rsbszn.settings', { v: 'x', data: null })
    .seed('rsbszn.recents', '\u0000garbage')
  const mp = await launch({ path: guidePath('hami', 'hm-013'), storage })
  expect(mp.text()).toContain('创业补贴')
  expect(mp.text()).toContain('已备 0/6')
  expect(mp.exceptions).toEqual([])
  // Each bad value was replaced by a well-formed one (and the app said so in its log), not left to break the next launch.
  for (const key of ['rsbszn.checklists', 'rsbszn.recents']) {
    const stored = storage.peek(key)
    expect(typeof stored).toBe('string')
    expect(JSON.parse(stored as string)).toMatchObject({ v: expect.any(Number) })
  }
  expect(mp.consoleWarnings.map((w) => w.text).join('\n')).toMatch(/reset/)
  await mp.tap('收藏')
  expect(mp.text()).toContain('已收藏')
  // The favourite is saved over the corrupt value, so a relaunch shows it.
  expect(JSON.parse(storage.peek('rsbszn.favourites') as string)).toMatchObject({
    v: expect.any(Number),
    data: { hami: [expect.objectContaining({ id: 'hm-013' })] },
  })
  const again = await launch({ path: PAGES.mine, storage })
  expect(again.text()).toContain('创业补贴')
  expect(again.exceptions).toEqual([])
  expect(again.consoleErrors).toEqual([])
})
