/**
 * What only WeChat shows: the tab bar and its 返回首页 button, forwarding from every page, Moments'
 * single-page mode, copying under the privacy rules, screen-reader roles in the rendered WXML, and a
 * clock that sleeps on hidden pages.
 */
import { launch, PRIVACY_NOT_AUTHORIZED, PRIVACY_NOT_DECLARED, WeappStorage, textOf, type MiniProgram, type ViewNode } from './harness'
import { digits, disclosurePath, guidePath, listPath, PAGES } from './catalogue'

const expectHealthy = (mp: MiniProgram) => expect(mp.problems()).toEqual([])
const TAB_PAGES: string[] = [PAGES.home, PAGES.browse, PAGES.mine]
const urlOf = (mp: MiniProgram, api: string) => mp.wx.callsTo(api).map((c) => String((c.args[0] as { url?: string }).url ?? ''))
/** The ways home a citizen sees: WeChat's own button in the title bar, and the app's own links. */
const waysHome = (mp: MiniProgram) => (mp.page().homeButton ? 1 : 0) + mp.findAllByText(/返回首页/).length
const tab = (mp: MiniProgram, label: string): ViewNode => {
  const bar = mp.tabBar()
  if (!bar) throw new Error(`no tab bar on ${mp.page().route}`)
  return mp.find(label, bar)
}

describe('the tab bar', () => {
  test('首页, 分类 and 我的 are WeChat tab pages reached with switchTab, with no 返回首页 on any of them', async () => {
    const mp = await launch()
    expect(mp.tabBar()).toBeDefined()
    for (const [label, route] of [
      ['分类', PAGES.browse],
      ['我的', PAGES.mine],
      ['首页', PAGES.home],
    ] as const) {
      await mp.tap(tab(mp, label))
      expect(mp.page().route).toBe(route)
      expect(mp.logic.stack).toHaveLength(1)
      expect(mp.page().homeButton).toBe(false)
      expect(mp.findAllByText(/返回首页/)).toEqual([])
    }
    expect(urlOf(mp, 'switchTab')).toEqual(['/pages/browse/index', '/pages/mine/index', '/pages/home/index'])
    // Nothing reaches a tab page any other way (redirectTo/navigateTo to a tab page fail in WeChat).
    for (const api of ['redirectTo', 'navigateTo', 'reLaunch']) {
      for (const url of urlOf(mp, api)) expect(TAB_PAGES).not.toContain(url.replace(/^\//, '').split('?')[0])
    }
    expectHealthy(mp)
  })

  test('the tabs carry their role, label and selected state for the screen reader', async () => {
    const mp = await launch({ path: PAGES.browse })
    const bar = mp.tabBar() as ViewNode
    const tabs = mp.findAll((n) => n.attrs['aria-role'] === 'tab', bar)
    expect(tabs.map((t) => textOf(t).trim())).toEqual(['首页', '分类', '我的'])
    expect(tabs.map((t) => String(t.attrs['aria-selected']))).toEqual(['false', 'true', 'false'])
    expect(String(tabs[1].attrs['aria-label'])).toContain('分类')
    expect(mp.findAll((n) => n.attrs['aria-role'] === 'navigation' && n.attrs['aria-label'] === '主要页面', bar)).toHaveLength(1)
  })

  test('elder mode enlarges the tab bar with the rest of the app', async () => {
    const mp = await launch()
    const barRoot = () => mp.findAll((n) => n.className.includes('custom-tab-bar'))[0]
    expect(barRoot().className).not.toContain('page--elder')
    await mp.tap('长辈模式')
    expect(barRoot().className).toContain('page--elder')
    await mp.tap(tab(mp, '我的'))
    expect(barRoot().className).toContain('page--elder')
  })

  test('a cold-opened guide shows exactly one way home, and it switches to the home tab', async () => {
    const mp = await launch({ path: guidePath('bijie', 'bj-073'), scene: 1007 })
    expect(waysHome(mp)).toBe(1)
    await mp.tap(mp.findAllByText(/返回首页/)[0] ?? '返回首页')
    expect(mp.page().route).toBe(PAGES.home)
    expect(urlOf(mp, 'switchTab')).toEqual(['/pages/home/index'])
    expectHealthy(mp)
  })

  test('a bad list link opened cold shows exactly one way home', async () => {
    const mp = await launch({ path: `${PAGES.list}?kind=theme&key=nothing&region=hami`, scene: 1007 })
    expect(waysHome(mp)).toBe(1)
    await mp.tap(mp.findAllByText(/返回首页/)[0] ?? '返回首页')
    expect(mp.page().route).toBe(PAGES.home)
  })

  test('a guide opened from the app has no home link: back is the way', async () => {
    const mp = await launch()
    await mp.tap('创业补贴')
    expect(mp.page().route).toBe(PAGES.item)
    expect(waysHome(mp)).toBe(0)
  })
})

describe('forwarding from every page reopens the same view', () => {
  const views = [
    { name: 'home', path: `${PAGES.home}?region=bijie`, shows: '毕节市' },
    { name: 'browse', path: PAGES.browse, shows: '分类' },
    { name: '我的', path: PAGES.mine, shows: '收藏' },
    { name: 'theme list', path: listPath('theme', 'subsidies', 'hami'), shows: '补贴申领', moments: true },
    { name: 'category list', path: listPath('category', '创业服务', 'hami'), shows: '创业服务', moments: true },
    { name: 'audience list', path: listPath('audience', '单位', 'bijie'), shows: '单位办事', moments: true },
    { name: 'guide', path: guidePath('hami', 'hm-013'), shows: '创业补贴', moments: true },
    { name: '公开目录', path: disclosurePath('bijie'), shows: '毕节市', moments: true },
    { name: '一件事', path: 'packages/guide/pages/life-event/index?region=bijie&id=shiye', shows: '失业了', moments: true },
    { name: '我能办什么', path: 'packages/guide/pages/eligibility/index?region=hami', shows: '我能办什么', moments: true },
    { name: 'search', path: `${PAGES.search}?q=${encodeURIComponent('创业')}`, shows: '创业补贴' },
    { name: '隐私说明', path: 'pages/privacy/index', shows: '隐私说明' },
  ]

  test.each(views)('$name', async ({ path, shows, moments }) => {
    const mp = await launch({ path })
    expect(mp.text()).toContain(shows)
    expect(mp.page().canForward).toBe(true)
    const share = await mp.shareToFriend()
    expect(share?.title).toBeTruthy()
    expect(share?.path?.replace(/^\//, '').split('?')[0]).toBe(path.split('?')[0])
    // A friend opens it on another phone.
    const friend = await launch({ path: share?.path, scene: 1007 })
    expect(friend.page().route).toBe(mp.page().route)
    expect(friend.text()).toContain(shows)
    // The same view: the friend's screen says exactly what the sender's said.
    expect(friend.text()).toBe(mp.text())
    expect(friend.text()).not.toContain('事项不存在')
    expectHealthy(friend)
    expect(mp.page().canShareToMoments).toBe(Boolean(moments))
    if (moments) {
      const timeline = await mp.shareToMoments()
      expect(timeline?.title).toBeTruthy()
      const inMoments = await launch({ path: `${path.split('?')[0]}?${timeline?.query ?? ''}`, scene: 1154 })
      expect(inMoments.text()).toContain(shows)
      expect(inMoments.text()).not.toContain('事项不存在')
      expectHealthy(inMoments)
    }
  })

  test('a search typed on the page is forwarded with its words', async () => {
    const mp = await launch({ path: PAGES.search })
    await mp.type(undefined, '失业')
    const share = await mp.shareToFriend()
    expect(decodeURIComponent(share?.path ?? '')).toContain('q=失业')
    const friend = await launch({ path: share?.path, scene: 1007 })
    expect(friend.text()).toMatch(/找到 \d+ 项/)
    expect(friend.text()).toContain('失业保险金')
    expect(friend.text()).toBe(mp.text())
  })
})

describe('Moments single-page mode (scene 1154) is read-only and honest', () => {
  test('a guide offers no 收藏, 分享 or 返回首页, says how to open the full app; calling and copying still work', async () => {
    const mp = await launch({ path: guidePath('hami', 'hm-013'), scene: 1154 })
    const text = mp.text()
    expect(text).toContain('创业补贴')
    expect(text).toContain('前往小程序')
    expect(mp.findAllByText(/^[☆★]?\s*(已)?收藏$/)).toEqual([])
    expect(mp.findAll((n) => /收藏/.test(String(n.attrs['aria-label'] ?? '')))).toEqual([])
    expect(mp.findAll((n) => n.tag === 'button' && n.attrs['open-type'] === 'share')).toEqual([])
    expect(waysHome(mp)).toBe(0)
    await mp.tap('电话咨询')
    await mp.tap('复制号码')
    expect(mp.wx.clipboard).toBe('0902-2321695')
    await mp.tap('呼叫')
    expect(mp.wx.callsTo('makePhoneCall').map((c) => (c.args[0] as { phoneNumber: string }).phoneNumber)).toEqual([digits('0902-2321695')])
    for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch']) expect(mp.wx.callsTo(api)).toEqual([])
    expectHealthy(mp)
  })

  test('a list shows its items without links that cannot open there', async () => {
    const mp = await launch({ path: listPath('theme', 'subsidies', 'hami'), scene: 1154 })
    expect(mp.text()).toContain('前往小程序')
    await mp.tap('创业补贴')
    for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch']) expect(mp.wx.callsTo(api)).toEqual([])
    expect(mp.tabBar()).toBeUndefined()
    expectHealthy(mp)
  })
})

describe("copying under WeChat's privacy rules", () => {
  test.each([
    { errno: 112, refusal: PRIVACY_NOT_DECLARED, says: '未授权使用剪切板' },
    { errno: 104, refusal: PRIVACY_NOT_AUTHORIZED, says: '未同意隐私保护指引' },
  ])('refused with errno $errno: the citizen is told why, and the missing materials appear as text to long-press', async ({ refusal, says }) => {
    const mp = await launch({ path: guidePath('hami', 'hm-013'), setup: (wx) => wx.script('setClipboardData', () => refusal()) })
    await mp.tap('居民身份证')
    await mp.tap('复制清单')
    expect(mp.wx.callsTo('setClipboardData')).toHaveLength(1)
    expect(mp.wx.clipboard).toBe('')
    const toasts = mp.wx.toasts.filter((t) => !t.system).map((t) => t.title)
    expect(toasts).toHaveLength(1)
    expect(toasts[0]).toContain(says)
    expect(toasts[0]).toContain('长按')
    // The text it could not copy is on the page, selectable.
    const manual = mp.findAllByText(/还缺 5 项材料/)
    expect(manual.length).toBeGreaterThan(0)
    expect(manual.some((n) => isSelectable(mp, n))).toBe(true)
    expectHealthy(mp)
  })

  test('numbers and the place render as long-press-selectable text', async () => {
    const mp = await launch({ path: guidePath('hami', 'hm-013') })
    // The numbers of the hotline cards, and of the call panel once it is open, can be long-pressed.
    const cards = () => mp.findAllByText('0902-2321695').filter((n) => mp.closest(n, (a) => /hotline-card|call-panel/.test(a.className)))
    expect(cards().length).toBeGreaterThan(1)
    expect(cards().every((n) => isSelectable(mp, n))).toBe(true)
    await mp.tap('电话咨询')
    const panel = mp.findAllByText('0902-2321695').filter((n) => mp.closest(n, (a) => /call-panel/.test(a.className)))
    expect(panel).toHaveLength(1)
    expect(isSelectable(mp, panel[0])).toBe(true)
    expect(isSelectable(mp, mp.find('12333'))).toBe(true)
    // ...and so can every other number shown as text, e.g. in the 政务公开信息 facts.
    const asText = mp.findAllByText('0902-2321695').filter((n) => !mp.closest(n, (a) => a.tag === 'button' || a.attrs['aria-role'] === 'button'))
    expect(asText.filter((n) => !isSelectable(mp, n)).map((n) => n.parent?.className ?? n.className)).toEqual([])
    const place = mp.findAllByText(/市公共就业服务中心/)
    expect(place.some((n) => isSelectable(mp, n))).toBe(true)
  })

  test("WeChat's own privacy pop-up: when the citizen agrees, the copy goes through", async () => {
    const mp = await launch({
      path: guidePath('bijie', 'bj-073'),
      privacy: 'not-agreed',
      setup: (wx) => {
        wx.privacyPopupAnswer = 'agree'
      },
    })
    await mp.tap('电话咨询')
    await mp.tap('复制号码')
    // The app leaves the asking to WeChat (README: no onNeedPrivacyAuthorization), so WeChat's pop-up showed once.
    expect(mp.wx.listenersOf('onNeedPrivacyAuthorization')).toEqual([])
    expect(mp.wx.privacyPopups).toEqual(['setClipboardData'])
    expect(mp.wx.clipboard).toBe('12333')
  })

  test("WeChat's own privacy pop-up: when the citizen declines, the copy fails with errno 104 and the app says why", async () => {
    const mp = await launch({
      path: guidePath('bijie', 'bj-073'),
      privacy: 'not-agreed',
      setup: (wx) => {
        wx.privacyPopupAnswer = 'disagree'
      },
    })
    await mp.tap('电话咨询')
    await mp.tap('复制号码')
    expect(mp.wx.callsTo('setClipboardData')[0].outcome).toBe('setClipboardData:fail privacy permission is not authorized')
    expect(mp.wx.clipboard).toBe('')
    expect(mp.wx.toasts.filter((t) => !t.system).map((t) => t.title)).toEqual([expect.stringContaining('未同意隐私保护指引')])
  })

  test('隐私说明, reached from 我的, says what is kept on this phone and which WeChat capabilities are used', async () => {
    const mp = await launch({ path: PAGES.mine })
    await mp.tap('隐私说明')
    expect(mp.page().route).toBe('pages/privacy/index')
    const text = mp.text()
    for (const word of ['收藏', '最近浏览', '地区', '长辈模式', '剪切板', '电话']) expect(text).toContain(word)
    expect(text).toMatch(/这台手机|本机/)
    expect(text).toMatch(/不会.*(发送|上传)|不发送|不上传/)
    expectHealthy(mp)
  })
})

/** A <text> with user-select (or the older selectable) around the node. */
function isSelectable(mp: MiniProgram, node: ViewNode): boolean {
  return Boolean(mp.closest(node, (a) => a.tag === 'text' && (a.attrs['user-select'] === true || a.attrs.selectable === true)))
}

describe('screen-reader roles and labels reach the rendered WXML', () => {
  test('the hotline bar says the number and whom it reaches; headings are headings', async () => {
    const mp = await launch({ path: guidePath('hami', 'hm-013') })
    const bar = mp.closest(mp.find('电话咨询'), (n) => n.attrs['aria-role'] === 'button')
    expect(bar).toBeDefined()
    expect(String(bar?.attrs['aria-label'])).toContain('0902-2321695')
    expect(String(bar?.attrs['aria-label'])).toContain('市人社局咨询及监督举报电话')
    const headings = mp.findAll((n) => n.attrs['aria-role'] === 'heading').map((n) => textOf(n).trim())
    expect(headings).toContain('创业补贴')
    expect(headings).toContain('申办材料')
  })

  test('the favourite switch and the checklist boxes carry their states, and the states follow taps', async () => {
    const mp = await launch({ path: guidePath('hami', 'hm-013') })
    const favourite = () => mp.findAll((n) => n.attrs['aria-role'] === 'switch' && /收藏/.test(String(n.attrs['aria-label'])))[0]
    expect(String(favourite().attrs['aria-checked'])).toBe('false')
    await mp.tap(favourite())
    expect(String(favourite().attrs['aria-checked'])).toBe('true')
    const box = () => mp.findAll((n) => n.attrs['aria-role'] === 'checkbox' && /居民身份证/.test(String(n.attrs['aria-label'])))[0]
    expect(String(box().attrs['aria-checked'])).toBe('false')
    await mp.tap(box())
    expect(String(box().attrs['aria-checked'])).toBe('true')
    expect(String(box().attrs['aria-label'])).toContain('已备')
  })
})

describe('small WeChat fixes', () => {
  test('the office clock sleeps on a hidden page and is fresh again when the page shows', async () => {
    const mp = await launch({ path: guidePath('hami', 'hm-013') })
    expect(mp.text()).toContain('办公中')
    const ticking = () => mp.logic.pendingTimers().filter((t) => t.every !== undefined).length
    expect(ticking()).toBeGreaterThan(0)
    await mp.open(`${PAGES.search}?q=${encodeURIComponent('创业')}`)
    expect(ticking()).toBe(0)
    // At 14:30 (winter hours 10:00-14:00 and 15:30-19:30) the citizen comes back to the guide.
    await mp.advance(4.5 * 60 * 60 * 1000)
    await mp.back()
    expect(mp.page().route).toBe(PAGES.item)
    expect(mp.text()).not.toContain('14:00 前可办理')
    expect(ticking()).toBeGreaterThan(0)
  })

  test('a value stored by a newer app version is kept, so a rollback loses no favourites', async () => {
    const newer = JSON.stringify({ v: 99, data: { hami: [{ id: 'hm-013', savedAt: 1 }] } })
    const storage = new WeappStorage().seed('rsbszn.favourites', newer)
    const mp = await launch({ path: guidePath('hami', 'hm-006'), storage })
    expect(mp.text()).toContain('收藏')
    expect(storage.peek('rsbszn.favourites')).toBe(newer)
    expect(mp.exceptions).toEqual([])
  })
})
