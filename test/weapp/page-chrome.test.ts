/**
 * One rule for every page's chrome, on the built mini-program: every page type that can be shared to
 * Moments opens there read-only (no 收藏, no 分享, nothing that navigates; the hotline still dials and
 * the page says how to open the full app); 一件事 and 我能办什么 forward; and every page opened from a
 * link has exactly one way home, its own, with WeChat's hidden.
 */
import { launch, type MiniProgram, type ViewNode } from './harness'
import { digits, disclosurePath, guidePath, listPath, PAGES } from './catalogue'

const EVENT = 'packages/guide/pages/life-event/index'
const FINDER = 'packages/guide/pages/eligibility/index'
const NAVIGATION = ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack']

const navigations = (mp: MiniProgram) =>
  NAVIGATION.flatMap((api) => mp.wx.callsTo(api).map((c) => `${api} ${String((c.args[0] as { url?: string } | undefined)?.url ?? '')}`))
/** The ways home a citizen sees: WeChat's own button in the title bar, and the app's own. */
const waysHome = (mp: MiniProgram) => (mp.page().homeButton ? 1 : 0) + mp.findAllByText(/返回首页/).length

/** Everything on the page that looks tappable: buttons, rows, entries, steps and findings. */
function tappables(mp: MiniProgram): ViewNode[] {
  return mp.findAll(
    (n) =>
      n.attrs['aria-role'] === 'button' ||
      /(^|\s)(cell|service-cell__main|disclosure-entry|event-steps__body|finding|chip|theme-grid__tile)(\s|$)/.test(n.className),
  )
}

/** Taps each tappable thing once (up to `limit`), from the bottom up so a panel that opens moves nothing above. */
async function tapEverything(mp: MiniProgram, limit = 40): Promise<number> {
  const count = Math.min(tappables(mp).length, limit)
  for (let i = count - 1; i >= 0; i--) {
    const node = tappables(mp)[i]
    if (node) await mp.tap(node)
  }
  return count
}

const moments = [
  { name: 'a guide', path: guidePath('hami', 'hm-013'), shows: '创业补贴', hotline: '0902-2321695' },
  { name: 'a list', path: listPath('theme', 'subsidies', 'hami'), shows: '补贴申领' },
  { name: '公开目录', path: disclosurePath('bijie'), shows: '政务公开目录' },
  { name: '一件事', path: `${EVENT}?region=bijie&id=shiye`, shows: '失业了', hotline: '12333' },
  // Answered first, so its results (events and items that may apply) are on the page to be tapped.
  { name: '我能办什么', path: `${FINDER}?region=hami`, shows: '我能办什么', hotline: '0902-2321695', answer: '个人' },
  { name: 'a broken guide link', path: guidePath('hami', 'hm-999'), shows: '事项不存在或已调整' },
  { name: 'a broken 一件事 link', path: `${EVENT}?region=bijie&id=no-such-event`, shows: '这件事不存在或已调整' },
]

describe('Moments single-page mode (scene 1154) is read-only on every page that can be shared there', () => {
  test.each(moments)('$name: no 收藏, no 分享, no way out; says how to open the full app', async ({ path, shows, answer }) => {
    const mp = await launch({ path, scene: 1154 })
    if (answer) {
      await mp.tap(answer)
      expect(mp.text()).toContain('可能适用的事项')
    }
    expect(mp.text()).toContain(shows)
    expect(mp.findAllByText(/前往小程序/)).toHaveLength(1)
    expect(mp.findAllByText(/^[☆★]?\s*(已)?收藏$/)).toEqual([])
    expect(mp.findAll((n) => /收藏/.test(String(n.attrs['aria-label'] ?? '')))).toEqual([])
    expect(mp.findAllByText(/^↗?\s*分享$/)).toEqual([])
    expect(mp.findAll((n) => n.tag === 'button' && n.attrs['open-type'] === 'share')).toEqual([])
    expect(mp.findAllByText('保存我的回答')).toEqual([])
    expect(waysHome(mp)).toBe(0)
    // Nothing looks like a link: no row or step with an arrow.
    expect(mp.findAllByText('›')).toEqual([])
    // Nothing tapped anywhere on the page tries to open another page.
    await tapEverything(mp)
    expect(navigations(mp)).toEqual([])
    expect(mp.page().route).toBe(path.split('?')[0])
    expect(mp.problems()).toEqual([])
  })

  test.each(moments.filter((m) => m.hotline))('$name: the hotline still dials', async ({ path, hotline }) => {
    const mp = await launch({ path, scene: 1154 })
    const bar = mp.query('电话咨询')
    await mp.tap(bar ?? mp.findAllByText('拨打')[0])
    await mp.tap('呼叫')
    expect(mp.wx.callsTo('makePhoneCall').map((c) => (c.args[0] as { phoneNumber: string }).phoneNumber)).toEqual([digits(hotline as string)])
    expect(navigations(mp)).toEqual([])
  })

  test('the checklist of a 一件事 still copies there', async () => {
    const mp = await launch({ path: `${EVENT}?region=bijie&id=shiye`, scene: 1154 })
    await mp.tap('复制清单')
    expect(mp.wx.clipboard).toMatch(/^【失业了】/)
  })

  test('outside Moments the same 一件事 offers 收藏, 分享 and its steps as links', async () => {
    const mp = await launch({ path: `${EVENT}?region=bijie&id=shiye`, scene: 1001 })
    expect(mp.findAllByText(/^[☆★]?\s*收藏$/)).toHaveLength(1)
    expect(mp.findAll((n) => n.tag === 'button' && n.attrs['open-type'] === 'share')).toHaveLength(1)
    expect(mp.findAllByText(/前往小程序/)).toEqual([])
    await mp.tap(/^第1步/)
    expect(mp.page().route).toBe(PAGES.item)
  })
})

describe('the rule holds on pages that are not shared to Moments too', () => {
  test.each([
    { name: 'home', path: `${PAGES.home}?region=bijie` },
    { name: '分类', path: PAGES.browse },
    { name: '我的', path: PAGES.mine },
    { name: 'search', path: `${PAGES.search}?q=${encodeURIComponent('失业')}` },
    { name: '隐私说明', path: 'pages/privacy/index' },
  ])('$name in single-page mode opens nothing and says how to open the full app', async ({ path }) => {
    const mp = await launch({ path, scene: 1154 })
    expect(mp.findAllByText(/前往小程序/)).toHaveLength(1)
    expect(waysHome(mp)).toBe(0)
    await tapEverything(mp)
    expect(navigations(mp)).toEqual([])
    expect(mp.problems()).toEqual([])
  })
})

describe('一件事 and 我能办什么 forward to a friend and to Moments', () => {
  test.each([
    { name: '一件事', path: `${EVENT}?region=bijie&id=shiye`, shows: '失业了', title: '失业了' },
    { name: '我能办什么', path: `${FINDER}?region=bijie`, shows: '毕节市', title: '我能办什么' },
  ])('$name', async ({ path, shows, title }) => {
    const mp = await launch({ path })
    expect(mp.page().canForward).toBe(true)
    expect(mp.page().canShareToMoments).toBe(true)
    const share = await mp.shareToFriend()
    expect(share?.title).toContain(title)
    const friend = await launch({ path: share?.path, scene: 1007 })
    expect(friend.page().route).toBe(path.split('?')[0])
    expect(friend.text()).toContain(shows)
    expect(friend.text()).toBe(mp.text())
    const timeline = await mp.shareToMoments()
    expect(timeline?.title).toContain(title)
    const inMoments = await launch({ path: `${path.split('?')[0]}?${timeline?.query ?? ''}`, scene: 1154 })
    expect(inMoments.text()).toContain(shows)
    expect(inMoments.problems()).toEqual([])
  })
})

describe("a page opened from a link has exactly one way home: its own, with WeChat's hidden", () => {
  test.each([
    { name: 'a guide', path: guidePath('bijie', 'bj-073') },
    { name: '一件事', path: `${EVENT}?region=bijie&id=shiye` },
    { name: '我能办什么', path: `${FINDER}?region=bijie` },
    { name: 'a list', path: listPath('theme', 'subsidies', 'hami') },
    { name: 'a broken list link', path: `${PAGES.list}?kind=theme&key=nothing&region=hami` },
    { name: '公开目录', path: disclosurePath('hami') },
    { name: 'search', path: PAGES.search },
    { name: '隐私说明', path: 'pages/privacy/index' },
    { name: 'a broken 一件事 link', path: `${EVENT}?region=bijie&id=no-such-event` },
  ])('$name', async ({ path }) => {
    const mp = await launch({ path, scene: 1007 })
    expect(mp.wx.callsTo('hideHomeButton').length).toBeGreaterThan(0)
    expect(mp.page().homeButton).toBe(false)
    expect(waysHome(mp)).toBe(1)
    await mp.tap(mp.findAllByText(/返回首页/)[0])
    expect(mp.page().route).toBe(PAGES.home)
    expect(navigations(mp)).toEqual(['switchTab /pages/home/index'])
    expect(mp.problems()).toEqual([])
  })

  test('a 一件事 opened from home has no home link: back is the way', async () => {
    const mp = await launch({ path: `${PAGES.home}?region=bijie` })
    const hidden = mp.wx.callsTo('hideHomeButton').length
    await mp.tap('失业了')
    expect(mp.page().route).toBe(EVENT)
    expect(waysHome(mp)).toBe(0)
    // The page leaves WeChat's back button alone.
    expect(mp.wx.callsTo('hideHomeButton')).toHaveLength(hidden)
  })
})
