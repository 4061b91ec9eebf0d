/**
 * Getting around in WeChat: bad links, search, elder mode, and the rules of the stand-in itself
 * (the wx surface, the module wrapper, the page stack).
 */
import vm from 'node:vm'
import { launch, WeappStorage, type MiniProgram } from './harness'
import { wxApiNames } from './harness/wx-typings'
import { guidePath, PAGES } from './catalogue'

const expectHealthy = (mp: MiniProgram) => expect(mp.problems()).toEqual([])

describe('the WeChat the app runs on', () => {
  test("wx has exactly the API names of WeChat's typings; anything else is undefined, as on a phone", async () => {
    const mp = await launch()
    const names = wxApiNames()
    expect(names.length).toBeGreaterThan(400)
    for (const name of names) expect(name in mp.wx.api).toBe(true)
    // Besides WeChat's names, only what the app itself put on wx (Taro's webpack chunk list).
    expect(Object.keys(mp.wx.api).filter((k) => !names.includes(k))).toEqual(['webpackJsonp'])
    expect(vm.runInContext('typeof wx.makePhoneCall', mp.logic.context)).toBe('function')
    expect(vm.runInContext('typeof wx.makePhoneCallNow', mp.logic.context)).toBe('undefined')
  })

  test("browser globals are undefined in the app's realm and in its module wrapper", async () => {
    const mp = await launch()
    for (const name of ['window', 'document', 'navigator', 'location', 'localStorage', 'XMLHttpRequest', 'requestAnimationFrame', 'process']) {
      expect(vm.runInContext(`typeof ${name}`, mp.logic.context)).toBe('undefined')
    }
    for (const name of ['wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin', '__wxConfig', 'setTimeout', 'console']) {
      expect(vm.runInContext(`typeof ${name}`, mp.logic.context)).not.toBe('undefined')
    }
  })

  test('the suite hears what WeChat would print: a WXML warning, a console.error, a setData over 256 KB', async () => {
    const mp = await launch()
    expect(mp.problems()).toEqual([])
    const page = mp.logic.top()?.instance
    // A node whose template does not exist, as a broken template name would produce.
    page?.setData({ 'root.cn[0].nn': 'no-such-template' })
    expect(mp.wxmlWarnings.map((w) => w.text).join('\n')).toContain('Template `tmpl_0_no-such-template` not found')
    vm.runInContext('console.error("boom")', mp.logic.context)
    page?.setData({ big: 'x'.repeat(300 * 1024) })
    const problems = mp.problems().join('\n')
    expect(problems).toContain('console.error: boom')
    expect(problems).toMatch(/setData of 300\.\d KB/)
  })

  test('a test scripts what WeChat answers: launch scene, font scale, wx.request and the file system', async () => {
    const mp = await launch({
      scene: 1154,
      path: guidePath('hami', 'hm-013'),
      device: { fontSizeScaleFactor: 1.3 },
      setup: (wx) => {
        wx.routes.push({ match: (url) => url.endsWith('/catalogue.json'), respond: () => ({ data: { regions: ['xinjiang'] } }) })
        wx.files.set('wxfile://usr/catalogue.json', '{"v":1}')
      },
    })
    const run = (code: string) => vm.runInContext(code, mp.logic.context) as Promise<unknown>
    expect(await run('Promise.resolve(wx.getLaunchOptionsSync())')).toMatchObject({ scene: 1154, path: PAGES.item, query: { region: 'hami', id: 'hm-013' } })
    expect(await run('Promise.resolve(wx.getAppBaseInfo().fontSizeScaleFactor)')).toBe(1.3)
    const request = run(`new Promise((done) => wx.request({ url: 'https://example.test/catalogue.json', success: done, fail: done }))`)
    const refused = run(`new Promise((done) => wx.request({ url: 'https://elsewhere.test/x', success: done, fail: done }))`)
    await mp.settle()
    expect(await request).toMatchObject({ statusCode: 200, data: { regions: ['xinjiang'] }, errMsg: 'request:ok' })
    expect(await refused).toMatchObject({ errMsg: 'request:fail url not in domain list' })
    const fs = run(`(function () {
      var fs = wx.getFileSystemManager()
      var saved = fs.readFileSync('wxfile://usr/catalogue.json', 'utf8')
      fs.writeFileSync('wxfile://usr/new.json', 'x', 'utf8')
      return new Promise(function (done) { fs.readFile({ filePath: 'wxfile://usr/none.json', success: done, fail: function (e) { done({ saved: saved, failed: e }) } }) })
    })()`)
    await mp.settle()
    expect(await fs).toMatchObject({ saved: '{"v":1}', failed: { errno: 1300002 } })
    expect(mp.wx.files.get('wxfile://usr/new.json')).toBe('x')
    expect(mp.wx.callsTo('request').map((c) => (c.args[0] as { url: string }).url)).toEqual(['https://example.test/catalogue.json', 'https://elsewhere.test/x'])
  })

  test('page-stack rules: unknown pages fail, and at most 10 pages can be open', async () => {
    const mp = await launch()
    const navigateTo = (url: string) => (mp.wx.api.navigateTo as (o: { url: string }) => Promise<unknown>)({ url })
    await expect(navigateTo('/pages/nowhere/index')).rejects.toMatchObject({ errMsg: 'navigateTo:fail page "pages/nowhere/index" is not found' })
    for (let i = 1; i < 10; i++) await navigateTo(`/${guidePath('hami', 'hm-013')}`)
    expect(mp.logic.stack).toHaveLength(10)
    await expect(navigateTo(`/${guidePath('hami', 'hm-013')}`)).rejects.toMatchObject({ errMsg: 'navigateTo:fail webview count limit exceed' })
  })

  test('tab rules: navigateTo and redirectTo cannot open a tab page, switchTab cannot open any other', async () => {
    const mp = await launch({ path: guidePath('hami', 'hm-013') })
    const api = (name: string, url: string) => (mp.wx.api[name] as (o: { url: string }) => Promise<unknown>)({ url })
    expect(mp.logic.isTabPage(PAGES.browse)).toBe(true)
    await expect(api('navigateTo', `/${PAGES.browse}`)).rejects.toMatchObject({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
    await expect(api('redirectTo', `/${PAGES.mine}`)).rejects.toMatchObject({ errMsg: 'redirectTo:fail can not redirectTo a tabbar page' })
    await expect(api('switchTab', `/${PAGES.search}`)).rejects.toMatchObject({ errMsg: 'switchTab:fail can not switch to no-tabBar page' })
    expect(mp.page().route).toBe(PAGES.item)
    await api('switchTab', `/${PAGES.mine}`)
    expect(mp.logic.stack.map((e) => e.route)).toEqual([PAGES.mine])
  })
})

describe('bad links of each kind show a clear page with a way on, never a crash', () => {
  test.each([
    { kind: 'missing id', path: `${PAGES.item}?region=hami`, why: '链接缺少事项信息' },
    { kind: 'garbled', path: `${PAGES.item}?region=hami&id=%E0%A4%A`, why: '无法识别' },
    { kind: 'unknown region', path: `${PAGES.item}?region=shanghai&id=sh-001`, why: '地区不在本应用的目录中' },
    { kind: 'unknown item', path: `${PAGES.item}?region=hami&id=hm-999`, why: '找不到' },
    { kind: 'other-region item', path: `${PAGES.item}?region=hami&id=bj-073`, why: '不属于链接中的地区' },
  ])('$kind', async ({ path, why }) => {
    const mp = await launch({ path, scene: 1007 })
    expect(mp.text()).toContain('事项不存在或已调整')
    expect(mp.text()).toContain(why)
    expect(mp.text()).toContain('12333')
    expectHealthy(mp)
    await mp.tap('搜索事项')
    expect(mp.page().route).toBe(PAGES.search)
    expectHealthy(mp)
  })

  test('a list link with an unknown theme', async () => {
    const mp = await launch({ path: `${PAGES.list}?kind=theme&key=nothing&region=hami`, scene: 1007 })
    expect(mp.text()).toMatch(/不存在|已调整|找不到/)
    expectHealthy(mp)
  })
})

describe('search', () => {
  test('from the URL (?q=): the results for the query render', async () => {
    const mp = await launch({ path: `${PAGES.search}?q=${encodeURIComponent('创业')}` })
    expect(mp.text()).toMatch(/找到 \d+ 项/)
    expect(mp.text()).toContain('创业补贴')
    expectHealthy(mp)
  })

  test('by typing: an input event shows results, and a result opens its guide', async () => {
    const mp = await launch({ path: PAGES.search })
    expect(mp.text()).not.toMatch(/找到 \d+ 项/)
    await mp.type(undefined, '失业')
    expect(mp.text()).toMatch(/找到 \d+ 项/)
    await mp.tap(mp.findAllByText(/失业保险金/)[0])
    expect(mp.page().route).toBe(PAGES.item)
    expect(mp.text()).toContain('失业保险金')
    expectHealthy(mp)
  })

  test('by everyday words and pinyin initials', async () => {
    const mp = await launch({ path: PAGES.search })
    await mp.type(undefined, 'cybt')
    expect(mp.text()).toContain('创业补贴')
  })
})

describe('elder mode (长辈模式)', () => {
  /** PageShell's root view: class "page", with "page--elder" in elder mode. */
  const elder = (mp: MiniProgram) => {
    const root = mp.findAll((n) => /(^|\s)page(\s|$)/.test(n.className))[0]
    if (!root) throw new Error('no page root')
    return root.className.includes('page--elder') ? 'on' : 'off'
  }

  test('from the switch on the home page: every page follows, and it is kept across a relaunch', async () => {
    const storage = new WeappStorage()
    const mp = await launch({ storage })
    expect(elder(mp)).toBe('off')
    await mp.tap('长辈模式')
    expect(mp.text()).toContain('已开启')
    expect(elder(mp)).toBe('on')
    await mp.open(guidePath('hami', 'hm-013'))
    expect(elder(mp)).toBe('on')
    mp.close()
    const again = await launch({ storage, path: guidePath('bijie', 'bj-073') })
    expect(elder(again)).toBe('on')
    expectHealthy(again)
  })

  test('from a large WeChat font (fontSizeScaleFactor 1.3): on without touching the switch', async () => {
    const mp = await launch({ device: { fontSizeScaleFactor: 1.3, fontSizeSetting: 22 } })
    expect(mp.wx.callsTo('getAppBaseInfo').length).toBeGreaterThan(0)
    expect(elder(mp)).toBe('on')
    expect(mp.text()).toContain('已开启')
    const normal = await launch({ device: { fontSizeScaleFactor: 1 } })
    expect(elder(normal)).toBe('off')
  })
})
