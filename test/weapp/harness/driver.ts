/**
 * The page driver: launches the built mini-program (logic layer + wx stand-in + view layer) and gives
 * tests the words of a citizen: open a page, read its text, find a node by its text, tap it, type,
 * forward the page, relaunch with the same phone storage.
 *
 * WeChat rules imitated here:
 * - Forwarding: the 转发 menu is available only when the page defines onShareAppMessage, and 分享到
 *   朋友圈 only when it defines onShareTimeline. A tap on <button open-type="share"> asks the page for
 *   onShareAppMessage({ from: 'button' }). A friend opens the forwarded path (scene 1007); Moments
 *   opens route?query in single-page mode (scene 1154), where open-type buttons do nothing and storage
 *   is the Moments' own.
 * - A citizen takes time: after each action the driver lets up to a second of virtual time pass, so
 *   renders, 0 ms timers and short debounces run; longer timers wait for advance(ms).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { LogicLayer, SINGLE_PAGE_SCENE, parseQuery, type AppJson, type ConsoleEntry, type SetDataRecord } from './logic'
import { ViewLayer, type ViewNode, type WarningEntry } from './view'
import { DEFAULT_DEVICE, WeappStorage, WxStandIn, type DeviceProfile, type PrivacyState } from './wx'

const REPO = path.resolve(__dirname, '../../..')

/** The build under test: WEAPP_DIST, else dist/weapp. */
export function distDir(): string {
  return path.resolve(REPO, process.env.WEAPP_DIST ?? 'dist/weapp')
}

/** WeChat's audit: at most 256 KB per setData call. */
export const SET_DATA_LIMIT_BYTES = 256 * 1024

/** A fixed working morning in China (Tuesday 1 December 2026, 10:00 UTC+8) unless a test says otherwise. */
export const DEFAULT_NOW = Date.parse('2026-12-01T10:00:00+08:00')

export interface LaunchSettings {
  /** Page and query to open, e.g. "packages/guide/pages/item/index?region=hami&id=hm-013". Default: the home page. */
  path?: string
  /** WeChat scene: 1001 (task bar) by default; 1007 a forwarded chat message; 1154 Moments. */
  scene?: number
  /** The phone's storage; pass the storage of an earlier launch to relaunch with what it saved. */
  storage?: WeappStorage
  device?: Partial<DeviceProfile>
  /** Virtual clock start (ms or ISO string). */
  now?: number | string
  privacy?: PrivacyState
  /** Scripts wx outcomes before app.js runs. */
  setup?: (wx: WxStandIn) => void
  dist?: string
}

export interface ShareResult {
  title?: string
  path?: string
  query?: string
  imageUrl?: string
}

export interface PageInfo {
  route: string
  query: Record<string, string>
  url: string
  title: string
  /** WeChat's own 返回首页 in the title bar. */
  homeButton: boolean
  /** Whether 转发 and 分享到朋友圈 are available in the page's menu. */
  canForward: boolean
  canShareToMoments: boolean
}

/** Concatenated text of a node and everything in it. */
export function textOf(node: ViewNode): string {
  return node.tag === '#text' ? node.text : node.children.map(textOf).join('')
}

function* nodes(root: ViewNode): Generator<ViewNode> {
  yield root
  for (const c of root.children) yield* nodes(c)
}

const matches = (s: string, what: string | RegExp) => (typeof what === 'string' ? s.includes(what) : what.test(s))

export class MiniProgram {
  readonly buttonShares: ShareResult[] = []

  private constructor(
    readonly wx: WxStandIn,
    readonly logic: LogicLayer,
    readonly view: ViewLayer,
    readonly storage: WeappStorage,
    readonly settings: LaunchSettings,
  ) {}

  /** Starts the mini-program as WeChat does: app.js, onLaunch, onShow, then the launch page. */
  static async launch(settings: LaunchSettings = {}): Promise<MiniProgram> {
    const dist = settings.dist ?? distDir()
    if (!existsSync(path.join(dist, 'app.json'))) throw new Error(`no weapp build at ${dist}: run \`npm run build:weapp\` first, or point WEAPP_DIST at one`)
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as AppJson
    const target = (settings.path ?? app.entryPagePath ?? app.pages[0]).replace(/^\//, '')
    const [route, search = ''] = target.split('?')
    const scene = settings.scene ?? 1001
    const storage = settings.storage ?? new WeappStorage()
    const now = typeof settings.now === 'string' ? Date.parse(settings.now) : (settings.now ?? DEFAULT_NOW)
    const launch = { path: route, query: parseQuery(search), scene }
    // The three parts reference each other through late-bound closures, as WeChat's bridge does.
    const holder: { logic?: LogicLayer; view?: ViewLayer } = {}
    const view = new ViewLayer(dist, {
      rootEvent: (rootId, method, json) => holder.logic?.callRootMethod(rootId, method, json),
      componentEvent: (componentPath, method, json) => holder.logic?.callComponentMethod(componentPath, method, json),
    })
    holder.view = view
    const logic = new LogicLayer({
      dist,
      app,
      launch,
      now,
      verbose: process.env.WEAPP_SUITE_VERBOSE === '1',
      view: {
        mountRoot: (id, r, using, json) => view.mountRoot(id, r, using, json, (p) => logic.usingComponents(p)),
        unmountRoot: (id) => view.unmountRoot(id),
        setData: (id, json) => view.setData(id, json),
      },
    })
    holder.logic = logic
    const wx = new WxStandIn({
      storage,
      device: { ...DEFAULT_DEVICE, ...settings.device },
      launch: { ...launch, referrerInfo: {} },
      navigation: {
        navigate: (kind, o) => logic.navigate(kind, o),
        currentRoute: () => logic.top()?.route,
        setNavigationBarTitle: (t) => logic.setNavigationBarTitle(t),
        hideHomeButton: () => logic.hideHomeButton(),
      },
      toAppRealm: logic.toRealm,
      later: logic.later,
    })
    if (settings.privacy) wx.privacy = settings.privacy
    logic.attachWx(wx)
    settings.setup?.(wx)
    const mp = new MiniProgram(wx, logic, view, storage, settings)
    running.add(mp)
    logic.boot()
    logic.openFirst(target)
    await mp.settle()
    return mp
  }

  /** Launches again on the same phone: same storage, same device, a fresh app. */
  async relaunch(overrides: LaunchSettings = {}): Promise<MiniProgram> {
    this.close()
    return MiniProgram.launch({ ...this.settings, path: undefined, setup: undefined, ...overrides, storage: overrides.storage ?? this.storage })
  }

  /** Lets the app work: microtasks, due timers, and up to `thinkMs` of virtual time. */
  async settle(thinkMs = 1000): Promise<void> {
    const limit = this.logic.now + thinkMs
    for (let round = 0; round < 500; round++) {
      const before = this.logic.activity
      await new Promise((resolve) => setImmediate(resolve))
      this.logic.runTimers(this.logic.now)
      if (this.logic.activity !== before) continue
      const next = this.logic.nextDue()
      if (next === undefined || next > limit) return
      this.logic.runTimers(next)
    }
  }

  /** Lets `ms` of virtual time pass (timers fire in order). */
  async advance(ms: number): Promise<void> {
    const until = this.logic.now + ms
    for (;;) {
      await this.settle(0)
      const next = this.logic.nextDue()
      if (next === undefined || next > until) break
      this.logic.runTimers(next)
    }
    this.logic.runTimers(until)
    await this.settle(0)
  }

  // ---- reading the page -------------------------------------------------------------------------

  page(): PageInfo {
    const top = this.logic.top()
    if (!top) throw new Error('no page is open')
    return {
      route: top.route,
      query: top.query,
      url: top.url,
      title: this.logic.pageTitle(top),
      homeButton: this.logic.showsHomeButton(),
      canForward: typeof top.instance.onShareAppMessage === 'function',
      canShareToMoments: typeof top.instance.onShareTimeline === 'function',
    }
  }

  /** What the screen shows: the top page, and below it the page's custom tab bar if it has one. */
  tree(): ViewNode {
    const top = this.logic.top()
    const page = top && this.view.tree(top.id)
    if (!page) throw new Error('no page is rendered')
    const tabBar = top.tabBar && this.view.tree(top.tabBar.id)
    if (!tabBar) return page
    const screen: ViewNode = { tag: 'screen', attrs: {}, id: '', className: '', dataset: {}, text: '', children: [], node: undefined }
    screen.children = [page, tabBar].map((n) => Object.assign(n, { parent: screen }))
    return screen
  }

  /** The custom tab bar's rendered tree on the top page, if WeChat shows one. */
  tabBar(): ViewNode | undefined {
    const top = this.logic.top()
    return top?.tabBar && this.view.tree(top.tabBar.id)
  }

  /**
   * Visible text of the screen, one line per block: <text> (and text nodes) flow inline, as WeChat lays
   * them out, and every other element starts a new line.
   */
  text(): string {
    const lines: string[] = []
    let run = ''
    const flush = () => {
      if (run.trim()) lines.push(run.trim())
      run = ''
    }
    const visit = (n: ViewNode) => {
      for (const c of n.children) {
        if (c.tag === '#text') run += c.text
        else if (c.tag === 'text') visit(c)
        else {
          flush()
          visit(c)
          flush()
        }
      }
    }
    visit(this.tree())
    flush()
    return lines.join('\n')
  }

  /** All elements matching a test, in document order (of the screen, or of `within`). */
  findAll(test: (node: ViewNode) => boolean, within?: ViewNode): ViewNode[] {
    return [...nodes(within ?? this.tree())].filter((n) => n.tag !== '#text' && test(n))
  }

  /**
   * The element a citizen means by a text: the innermost element whose whole text is `what` (a string),
   * else the innermost whose text contains or matches it. `within` limits the search to part of the page.
   * Throws with the page's text when there is none.
   */
  find(what: string | RegExp, within?: ViewNode): ViewNode {
    const found = this.query(what, within)
    if (!found) throw new Error(`no element with text ${String(what)} on ${this.page().route}. The page says:\n${this.text()}`)
    return found
  }

  query(what: string | RegExp, within?: ViewNode): ViewNode | undefined {
    const innermost = (hits: ViewNode[], test: (s: string) => boolean) => hits.find((n) => !n.children.some((c) => c.tag !== '#text' && test(textOf(c))))
    const all = within ? [...nodes(within)].filter((n) => n.tag !== '#text') : this.findAll(() => true)
    if (typeof what === 'string') {
      const exact = all.filter((n) => textOf(n).trim() === what)
      if (exact.length) return innermost(exact, (s) => s.trim() === what) ?? exact[exact.length - 1]
    }
    const hits = all.filter((n) => matches(textOf(n), what))
    return innermost(hits, (s) => matches(s, what)) ?? hits[hits.length - 1]
  }

  /** Every innermost element whose whole text is `what` (or matches a RegExp). */
  findAllByText(what: string | RegExp, within?: ViewNode): ViewNode[] {
    const test = (s: string) => (typeof what === 'string' ? s.trim() === what : what.test(s))
    const all = within ? [...nodes(within)].filter((n) => n.tag !== '#text') : this.findAll(() => true)
    return all.filter((n) => test(textOf(n)) && !n.children.some((c) => c.tag !== '#text' && test(textOf(c))))
  }

  /** The nearest ancestor (or the node) matching a test. */
  closest(node: ViewNode, test: (n: ViewNode) => boolean): ViewNode | undefined {
    for (let n: ViewNode | undefined = node; n; n = n.parent) if (test(n)) return n
    return undefined
  }

  // ---- acting -----------------------------------------------------------------------------------

  /** Taps a node (or the innermost node with that text); the tap bubbles to every bindtap on its way. */
  async tap(target: string | RegExp | ViewNode): Promise<void> {
    const node = typeof target === 'object' && !(target instanceof RegExp) ? target : this.find(target)
    const pageEntry = this.logic.top()
    this.view.dispatch(node, 'tap', { x: 0, y: 0 }, true)
    // A <button open-type="..."> asks WeChat to do something itself.
    const button = this.closest(node, (n) => n.tag === 'button')
    const openType = button?.attrs['open-type']
    if (button && openType && !this.logic.singlePageMode) {
      if (openType === 'share' && pageEntry && typeof pageEntry.instance.onShareAppMessage === 'function') {
        const result = this.logic.guard(`${pageEntry.route} onShareAppMessage`, () =>
          (pageEntry.instance.onShareAppMessage as (o: unknown) => unknown).call(
            pageEntry.instance,
            this.logic.toRealm({ from: 'button', target: { id: button.id, dataset: button.dataset } }),
          ),
        )
        this.buttonShares.push(await this.shareResult(result, pageEntry.route))
      } else if (openType === 'agreePrivacyAuthorization') {
        this.wx.agreePrivacyAuthorization()
        this.view.dispatch(button, 'agreeprivacyauthorization', {}, false)
      }
    }
    await this.settle()
  }

  /** Types into an <input> (the node, or the input nearest to a text): one input event, as WeChat sends. */
  async type(target: ViewNode | undefined, value: string): Promise<void> {
    const input = target ?? this.findAll((n) => n.tag === 'input' || n.tag === 'textarea')[0]
    if (!input) throw new Error('no input on the page')
    this.view.dispatch(input, 'input', { value, cursor: value.length, keyCode: 0 }, false)
    await this.settle()
  }

  /** Presses the keyboard's 搜索/完成 key on an input. */
  async confirm(target: ViewNode | undefined, value: string): Promise<void> {
    const input = target ?? this.findAll((n) => n.tag === 'input')[0]
    if (!input) throw new Error('no input on the page')
    this.view.dispatch(input, 'confirm', { value }, false)
    await this.settle()
  }

  /** Opens a page as a link in the app would (navigateTo, or switchTab for a tab page). */
  async open(url: string): Promise<void> {
    const route = url.replace(/^\//, '').split('?')[0]
    await this.logic.navigate(this.logic.isTabPage(route) ? 'switchTab' : 'navigateTo', { url: `/${url.replace(/^\//, '')}` })
    await this.settle()
  }

  /** Replaces the top page (redirectTo), e.g. to visit many pages without filling the stack. */
  async replace(url: string): Promise<void> {
    await this.logic.navigate('redirectTo', { url: `/${url.replace(/^\//, '')}` })
    await this.settle()
  }

  /** The system back gesture. */
  async back(): Promise<void> {
    await this.logic.navigate('navigateBack', { delta: 1 })
    await this.settle()
  }

  private async shareResult(result: unknown, route: string): Promise<ShareResult> {
    let r = (result ?? {}) as ShareResult & { promise?: Promise<ShareResult> }
    if (r.promise && typeof r.promise.then === 'function') r = { ...r, ...(await r.promise) }
    return JSON.parse(JSON.stringify({ title: r.title, path: r.path ?? route, query: r.query, imageUrl: r.imageUrl })) as ShareResult
  }

  /** The 转发 menu: what the page hands WeChat to send to a friend; null when the menu is grey. */
  async shareToFriend(): Promise<ShareResult | null> {
    const top = this.logic.top()
    if (!top || typeof top.instance.onShareAppMessage !== 'function') return null
    const result = this.logic.guard(`${top.route} onShareAppMessage`, () =>
      (top.instance.onShareAppMessage as (o: unknown) => unknown).call(top.instance, this.logic.toRealm({ from: 'menu' })),
    )
    const share = await this.shareResult(result, top.route)
    await this.settle()
    return share
  }

  /** 分享到朋友圈: { title, query }; null when the page cannot be shared to Moments. */
  async shareToMoments(): Promise<ShareResult | null> {
    const top = this.logic.top()
    if (!top || typeof top.instance.onShareTimeline !== 'function') return null
    const result = this.logic.guard(`${top.route} onShareTimeline`, () => (top.instance.onShareTimeline as () => unknown).call(top.instance))
    const r = (result ?? {}) as ShareResult
    await this.settle()
    return JSON.parse(JSON.stringify({ title: r.title, query: r.query ?? '', imageUrl: r.imageUrl, path: top.route })) as ShareResult
  }

  // ---- what went wrong --------------------------------------------------------------------------

  get consoleErrors(): ConsoleEntry[] {
    return this.logic.console.filter((e) => e.level === 'error')
  }

  get consoleWarnings(): ConsoleEntry[] {
    return this.logic.console.filter((e) => e.level === 'warn')
  }

  /** Warnings and errors printed by the view layer (WXML, WXS, exparser). */
  get wxmlWarnings(): WarningEntry[] {
    this.view.flush()
    return this.view.warnings
  }

  get exceptions(): Error[] {
    return this.logic.errors
  }

  get setDataLog(): SetDataRecord[] {
    return this.logic.setDataLog
  }

  /** Everything a healthy page must not show: exceptions, console.error, WXML warnings, setData over 256 KB. */
  problems(): string[] {
    return [
      ...this.exceptions.map((e) => `exception: ${e.message}`),
      ...this.consoleErrors.map((e) => `console.error: ${e.text.slice(0, 500)}`),
      ...this.wxmlWarnings.map((w) => `WXML ${w.level}: ${w.text.slice(0, 500)}`),
      ...this.setDataLog.filter((s) => s.bytes > SET_DATA_LIMIT_BYTES).map((s) => `setData of ${(s.bytes / 1024).toFixed(1)} KB on ${s.route}`),
    ]
  }

  /** Ends this launch: no timer of it runs again, its view is torn down. Closing twice does nothing. */
  close(): void {
    if (!running.delete(this)) return
    this.logic.dispose()
    this.view.dispose()
  }
}

/** Every launch not closed yet (relaunches too). */
const running = new Set<MiniProgram>()

/** Closes every launch still running: test/weapp/setup.ts calls it after each test. */
export function closeAllMiniPrograms(): void {
  for (const mp of [...running]) mp.close()
}

export const launch = (settings?: LaunchSettings): Promise<MiniProgram> => MiniProgram.launch(settings)
export { SINGLE_PAGE_SCENE }
