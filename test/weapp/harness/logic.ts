/**
 * The logic layer: the built mini-program's JavaScript in a `vm` context, as WeChat's service thread
 * runs it.
 *
 * WeChat rules imitated here:
 * - Globals are WeChat's: wx, App, Page, Component, Behavior, getApp, getCurrentPages, requirePlugin,
 *   __wxConfig, timers and console. Each file runs inside WeChat's module wrapper, whose parameters
 *   include window, document, navigator, location, localStorage and friends, all `undefined`, so
 *   browser-only code fails as it does on a phone.
 * - `require` resolves relative to the requiring file inside the package; each file runs once.
 * - Page() registers the config of the file being loaded; every navigation builds a new instance
 *   (config fields copied, data deep-copied) and calls onLoad(query) with the query values as written
 *   in the URL (not decoded), then onShow, then onReady after the first render.
 * - setData takes WeChat data paths (`a.b[1]`, Taro's `root.cn.[0]`); its payload crosses to the view
 *   as JSON, and each payload's size is recorded (WeChat's audit wants at most 256 KB per call).
 * - Page stack: at most 10 pages; navigateTo/redirectTo to a tab page fail; switchTab needs a tabBar
 *   entry; tab pages stay loaded; Moments' single-page mode (scene 1154) cannot navigate.
 * - The home button: when the bottom page of the stack is neither the home page nor a tab page,
 *   WeChat shows its own 返回首页 in the title bar, unless the page called wx.hideHomeButton.
 * - Uncaught exceptions in app code are reported (WeChat prints them and calls App.onError).
 *
 * Time is virtual: timers run when the driver lets time pass, and `Date` in the app follows the same
 * clock, starting at the launch's `now`.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { refuse, type WxStandIn } from './wx'

/** The browser globals WeChat's module wrapper shadows with `undefined`. */
const WRAPPER_PARAMS = [
  'require',
  'module',
  'exports',
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'Caches',
  'screen',
  'alert',
  'confirm',
  'prompt',
  'XMLHttpRequest',
  'WebSocket',
  'Reporter',
  'webkit',
  'WeixinJSCore',
]

export const MAX_PAGES = 10
export const SINGLE_PAGE_SCENE = 1154

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  entryPagePath?: string
  window?: Record<string, unknown>
  tabBar?: { custom?: boolean; list: { pagePath: string; text?: string }[] }
  usingComponents?: Record<string, string>
}

export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug'
  text: string
}

export interface SetDataRecord {
  route: string
  bytes: number
  keys: string[]
}

/**
 * The view layer as the logic layer sees it. A "root" is a page or a component WeChat places itself
 * (the custom tab bar of a tab page); each has its own template and its own setData.
 */
export interface ViewBridge {
  mountRoot(rootId: number, templatePath: string, usingComponents: Record<string, string>, dataJson: string): void
  unmountRoot(rootId: number): void
  setData(rootId: number, dataJson: string): void
}

export const CUSTOM_TAB_BAR = 'custom-tab-bar/index'

/** A Component() instance the logic layer runs (the custom tab bar). */
export interface ComponentInstance extends Record<string, unknown> {
  is: string
  data: Record<string, unknown>
  setData(data: Record<string, unknown>, cb?: () => void): void
}

type Fn = (...args: unknown[]) => unknown
type Config = Record<string, unknown>

export interface PageInstance extends Record<string, unknown> {
  route: string
  __route__: string
  options: Record<string, string>
  data: Record<string, unknown>
  setData(data: Record<string, unknown>, cb?: () => void): void
}

interface StackEntry {
  id: number
  route: string
  /** The URL it was opened with (route plus the query as written). */
  url: string
  query: Record<string, string>
  instance: PageInstance
  title?: string
  homeButtonHidden: boolean
  /** The page's own custom tab bar (tab pages, tabBar.custom). */
  tabBar?: { id: number; instance: ComponentInstance }
}

/** Scripts compiled once per process, run in every launch's context. */
const scriptCache = new Map<string, { mtime: number; script: vm.Script }>()

function compiled(file: string): vm.Script {
  const mtime = statSync(file).mtimeMs
  const hit = scriptCache.get(file)
  if (hit && hit.mtime === mtime) return hit.script
  const source = readFileSync(file, 'utf8')
  const script = new vm.Script(`(function(${WRAPPER_PARAMS.join(',')}){${source}\n})`, { filename: file })
  scriptCache.set(file, { mtime, script })
  return script
}

/** Parses a WeChat data path: `a.b[1].c`, and Taro's `root.cn.[0].v`. */
export function parseDataPath(key: string): (string | number)[] {
  const parts: (string | number)[] = []
  const re = /\[(\d+)\]|([^.[\]]+)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(key))) parts.push(m[1] !== undefined ? Number(m[1]) : m[2])
  return parts
}

/** Splits "a=1&b=2" without decoding, as WeChat hands the query to onLoad. */
export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const i = pair.indexOf('=')
    query[i < 0 ? pair : pair.slice(0, i)] = i < 0 ? '' : pair.slice(i + 1)
  }
  return query
}

interface Timer {
  id: number
  due: number
  fn: Fn
  args: unknown[]
  every?: number
}

export interface LogicOptions {
  dist: string
  app: AppJson
  launch: { path: string; query: Record<string, string>; scene: number }
  /** Start of the virtual clock (ms since epoch). */
  now: number
  view: ViewBridge
  verbose?: boolean
}

export class LogicLayer {
  readonly context: vm.Context
  readonly console: ConsoleEntry[] = []
  readonly errors: Error[] = []
  readonly setDataLog: SetDataRecord[] = []
  readonly stack: StackEntry[] = []
  /** Tab pages stay loaded once opened (until reLaunch). */
  private readonly tabPages = new Map<string, StackEntry>()
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, Config>()
  /** Pages and tab bars with a template of their own, by root id. */
  private readonly roots = new Map<number, { label: string; instance: Record<string, unknown>; entry?: StackEntry }>()
  readonly componentConfigs = new Map<string, Config>()
  private loadingFile: string | undefined
  private appInstance: Config | undefined
  private nextPageId = 1
  private wxStandIn!: WxStandIn
  private readonly realmJson: JSON
  // Virtual clock
  private clock: number
  private readonly timers = new Map<number, Timer>()
  private nextTimerId = 1
  /** Bumped on every event the driver may wait for (timers, setData, navigation). */
  activity = 0

  constructor(private readonly o: LogicOptions) {
    this.clock = o.now
    const sandbox: Record<string, unknown> = {
      App: (config: Config) => this.registerApp(config),
      Page: (config: Config) => this.registerPage(config),
      Component: (config: Config) => this.registerComponent(config),
      Behavior: (config: Config) => config,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.stack.map((e) => e.instance),
      requirePlugin: (name: string) => {
        throw new Error(`plugin "${name}" is not defined`)
      },
      __wxConfig: this.wxConfig(),
      setTimeout: (fn: Fn, ms?: number, ...args: unknown[]) => this.addTimer(fn, ms, args),
      setInterval: (fn: Fn, ms?: number, ...args: unknown[]) => this.addTimer(fn, ms, args, true),
      clearTimeout: (id: number) => this.timers.delete(id),
      clearInterval: (id: number) => this.timers.delete(id),
      console: this.makeConsole(),
    }
    this.context = vm.createContext(sandbox, { name: 'weapp logic layer' })
    this.realmJson = vm.runInContext('JSON', this.context) as JSON
    // Date follows the virtual clock; objects stay native to the app's realm.
    const makeDate = vm.runInContext(
      `(function (RealDate, now) {
      function Date() {
        if (!new.target) return new RealDate(now()).toString()
        return Reflect.construct(RealDate, arguments.length ? Array.prototype.slice.call(arguments) : [now()], new.target)
      }
      Date.prototype = RealDate.prototype
      Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true })
      Date.now = function () { return now() }
      Date.parse = RealDate.parse
      Date.UTC = RealDate.UTC
      return Date
    })`,
      this.context,
    ) as (d: unknown, now: () => number) => unknown
    ;(this.context as Record<string, unknown>).Date = makeDate(vm.runInContext('Date', this.context), () => this.clock)
  }

  /** Connects the wx stand-in (built after the logic layer, since it navigates through it). */
  attachWx(wx: WxStandIn): void {
    this.wxStandIn = wx
    ;(this.context as Record<string, unknown>).wx = wx.api
  }

  get app(): Config | undefined {
    return this.appInstance
  }

  get now(): number {
    return this.clock
  }

  get singlePageMode(): boolean {
    return this.o.launch.scene === SINGLE_PAGE_SCENE
  }

  /** A copy of a host value made in the app's realm, as data crossing WeChat's bridge arrives. */
  toRealm = (value: unknown): unknown => (value === undefined ? undefined : this.realmJson.parse(JSON.stringify(value)))

  /** Runs app code; an exception is reported as WeChat reports it, not thrown at the driver. */
  guard(label: string, fn: () => unknown): unknown {
    try {
      return fn()
    } catch (error) {
      this.report(label, error)
      return undefined
    }
  }

  report(label: string, error: unknown): void {
    const e = error instanceof Error || (error && typeof error === 'object' && 'stack' in error) ? (error as Error) : new Error(String(error))
    e.message = `${label}: ${e.message}`
    this.errors.push(e)
    this.console.push({ level: 'error', text: `MiniProgramError ${e.message}` })
    const onError = this.appInstance?.onError
    if (typeof onError === 'function' && !label.startsWith('App.onError')) this.guard('App.onError', () => onError.call(this.appInstance, e.message))
  }

  // ---- modules ----------------------------------------------------------------------------------

  /** WeChat's require: relative to the requiring file, ".js" optional, each file run once. */
  require(fromFile: string, request: string): unknown {
    const base = request.startsWith('/') ? request.slice(1) : path.posix.join(path.posix.dirname(fromFile), request)
    const file = path.posix.normalize(base.endsWith('.js') ? base : `${base}.js`)
    const cached = this.modules.get(file)
    if (cached) return cached.exports
    const abs = path.join(this.o.dist, file)
    let script: vm.Script
    try {
      script = compiled(abs)
    } catch {
      throw new Error(`module '${file}' is not defined, require args is '${request}'`)
    }
    const module = { exports: {} as unknown }
    this.modules.set(file, module)
    const previous = this.loadingFile
    this.loadingFile = file
    try {
      const wrapper = script.runInContext(this.context) as (...args: unknown[]) => void
      wrapper.call(module.exports, (r: string) => this.require(file, r), module, module.exports)
    } finally {
      this.loadingFile = previous
    }
    return module.exports
  }

  private registerApp(config: Config): void {
    this.appInstance = config
  }

  private registerPage(config: Config): void {
    if (!this.loadingFile) throw new Error('Page() called outside a page file')
    this.pageConfigs.set(this.loadingFile.replace(/\.js$/, ''), config)
  }

  private registerComponent(config: Config): void {
    if (!this.loadingFile) throw new Error('Component() called outside a component file')
    this.componentConfigs.set(this.loadingFile.replace(/\.js$/, ''), config)
  }

  /** Loads app.js and calls onLaunch and onShow with the launch options. */
  boot(): void {
    this.require('', 'app.js')
    if (!this.appInstance) throw new Error('app.js did not call App()')
    const options = this.toRealm({ ...this.o.launch, referrerInfo: {} })
    for (const hook of ['onLaunch', 'onShow']) {
      const fn = this.appInstance[hook]
      if (typeof fn === 'function') this.guard(`App.${hook}`, () => fn.call(this.appInstance, options))
    }
  }

  // ---- pages ------------------------------------------------------------------------------------

  allPages(): string[] {
    return [...this.o.app.pages, ...(this.o.app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  }

  homePage(): string {
    return (this.o.app.entryPagePath ?? this.o.app.pages[0]).replace(/^\//, '')
  }

  isTabPage(route: string): boolean {
    return (this.o.app.tabBar?.list ?? []).some((t) => t.pagePath.replace(/^\//, '') === route)
  }

  top(): StackEntry | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** WeChat's own 返回首页 button in the title bar of the top page. */
  showsHomeButton(): boolean {
    const bottom = this.stack[0]
    const top = this.top()
    if (!bottom || !top || this.singlePageMode) return false
    if (this.stack.length > 1) return false
    return bottom.route !== this.homePage() && !this.isTabPage(top.route) && !top.homeButtonHidden
  }

  /** Resolves a navigation URL against the current page. */
  private resolveUrl(url: string): { route: string; query: Record<string, string>; search: string } {
    const [p, search = ''] = String(url).split('?')
    const current = this.top()?.route ?? ''
    const route = p.startsWith('/') ? p.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(current), p))
    return { route: route.replace(/\.html$/, ''), query: parseQuery(search), search }
  }

  private pageJson(route: string): { usingComponents?: Record<string, string>; navigationBarTitleText?: string; [k: string]: unknown } {
    try {
      return JSON.parse(readFileSync(path.join(this.o.dist, `${route}.json`), 'utf8'))
    } catch {
      return {}
    }
  }

  /** Components a page uses, as paths from the package root (e.g. { comp: 'comp' }). */
  usingComponents(route: string): Record<string, string> {
    const using = { ...(this.o.app.usingComponents ?? {}), ...(this.pageJson(route).usingComponents ?? {}) }
    const out: Record<string, string> = {}
    for (const [tag, p] of Object.entries(using))
      out[tag] = p.startsWith('/') ? p.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(route), p))
    return out
  }

  /** Loads a component's file (and the components it uses) so its Component() config is known. */
  loadComponent(componentPath: string, seen = new Set<string>()): void {
    if (seen.has(componentPath)) return
    seen.add(componentPath)
    if (!this.componentConfigs.has(componentPath)) this.require('', `/${componentPath}.js`)
    for (const p of Object.values(this.usingComponents(componentPath))) this.loadComponent(p, seen)
  }

  pageTitle(entry: StackEntry): string {
    return entry.title ?? String(this.pageJson(entry.route).navigationBarTitleText ?? this.o.app.window?.navigationBarTitleText ?? '')
  }

  private createPage(route: string, query: Record<string, string>, url: string): StackEntry {
    if (!this.pageConfigs.has(route)) this.require('', `/${route}.js`)
    const config = this.pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const using = this.usingComponents(route)
    for (const p of Object.values(using)) this.loadComponent(p)
    const id = this.nextPageId++
    const instance = {} as PageInstance
    for (const [k, v] of Object.entries(config)) instance[k] = typeof v === 'function' ? v : this.toRealm(v)
    instance.data = (this.toRealm(config.data ?? {}) ?? {}) as Record<string, unknown>
    instance.route = route
    instance.__route__ = route
    instance.options = this.toRealm(query) as Record<string, string>
    instance.__wxWebviewId__ = id
    instance.setData = (data: Record<string, unknown>, cb?: () => void) => this.setData(id, route, instance, data, cb)
    instance.getPageId = () => `pageId:${id}`
    instance.selectComponent = () => null
    instance.selectAllComponents = () => []
    instance.createSelectorQuery = () => (this.wxStandIn.api.createSelectorQuery as () => unknown)()
    instance.getOpenerEventChannel = () => ({ emit: () => undefined, on: () => undefined, once: () => undefined, off: () => undefined })
    const entry: StackEntry = { id, route, url, query, instance, homeButtonHidden: false }
    instance.getTabBar = () => entry.tabBar?.instance ?? null
    this.roots.set(id, { label: route, instance, entry })
    this.o.view.mountRoot(id, route, using, JSON.stringify(instance.data))
    // WeChat gives every tab page its own instance of a custom tab bar, in single-page mode none.
    if (this.o.app.tabBar?.custom && this.isTabPage(route) && !this.singlePageMode) entry.tabBar = this.createComponentRoot(CUSTOM_TAB_BAR, id)
    return entry
  }

  /** A component WeChat places by itself: Component() config, its own template and setData. */
  private createComponentRoot(componentPath: string, pageId: number): { id: number; instance: ComponentInstance } {
    this.loadComponent(componentPath)
    const config = this.componentConfigs.get(componentPath)
    if (!config) throw new Error(`${componentPath}.js did not call Component()`)
    const id = this.nextPageId++
    const instance = {} as ComponentInstance
    const defaults: Record<string, unknown> = {}
    for (const [k, v] of Object.entries((config.properties ?? {}) as Record<string, { value?: unknown } | unknown>)) {
      defaults[k] = v && typeof v === 'object' && 'value' in (v as object) ? (v as { value?: unknown }).value : null
    }
    for (const [k, v] of Object.entries((config.methods ?? {}) as Record<string, unknown>)) if (typeof v === 'function') instance[k] = v
    instance.is = componentPath
    instance.id = ''
    instance.dataset = {}
    instance.data = this.toRealm({ ...defaults, ...((config.data ?? {}) as object) }) as Record<string, unknown>
    instance.properties = instance.data
    instance.setData = (data: Record<string, unknown>, cb?: () => void) => this.setData(id, componentPath, instance, data, cb)
    instance.getPageId = () => `pageId:${pageId}`
    instance.triggerEvent = () => undefined
    instance.selectComponent = () => null
    instance.selectAllComponents = () => []
    instance.selectOwnerComponent = () => null
    instance.createSelectorQuery = () => (this.wxStandIn.api.createSelectorQuery as () => unknown)()
    this.roots.set(id, { label: componentPath, instance })
    this.o.view.mountRoot(id, componentPath, this.usingComponents(componentPath), JSON.stringify(instance.data))
    this.lifetime(config, instance, 'created')
    this.lifetime(config, instance, 'attached')
    this.later(() => this.lifetime(config, instance, 'ready'))
    return { id, instance }
  }

  private lifetime(config: Config, instance: ComponentInstance, name: string, ...args: unknown[]): void {
    const fn = ((config.lifetimes ?? {}) as Record<string, unknown>)[name] ?? config[name]
    if (typeof fn === 'function') this.guard(`${instance.is} ${name}`, () => fn.apply(instance, args))
  }

  private tabBarPageLifetime(entry: StackEntry, name: 'show' | 'hide'): void {
    if (!entry.tabBar) return
    const config = this.componentConfigs.get(CUSTOM_TAB_BAR) ?? {}
    const fn = ((config.pageLifetimes ?? {}) as Record<string, unknown>)[name]
    const instance = entry.tabBar.instance
    if (typeof fn === 'function') this.guard(`${CUSTOM_TAB_BAR} pageLifetimes.${name}`, () => fn.call(instance))
  }

  private callPage(entry: StackEntry, hook: string, ...args: unknown[]): unknown {
    const fn = entry.instance[hook]
    if (typeof fn !== 'function') return undefined
    return this.guard(`${entry.route} ${hook}`, () => fn.apply(entry.instance, args))
  }

  private load(entry: StackEntry): void {
    this.callPage(entry, 'onLoad', this.toRealm(entry.query))
    this.callPage(entry, 'onShow')
    this.tabBarPageLifetime(entry, 'show')
    this.later(() => this.callPage(entry, 'onReady'))
    this.activity++
  }

  private unload(entry: StackEntry): void {
    this.callPage(entry, 'onUnload')
    if (entry.tabBar) {
      this.lifetime(this.componentConfigs.get(CUSTOM_TAB_BAR) ?? {}, entry.tabBar.instance, 'detached')
      this.o.view.unmountRoot(entry.tabBar.id)
      this.roots.delete(entry.tabBar.id)
    }
    this.o.view.unmountRoot(entry.id)
    this.roots.delete(entry.id)
    this.activity++
  }

  private hide(entry: StackEntry | undefined): void {
    if (!entry) return
    this.callPage(entry, 'onHide')
    this.tabBarPageLifetime(entry, 'hide')
  }

  private show(entry: StackEntry): void {
    this.callPage(entry, 'onShow')
    this.tabBarPageLifetime(entry, 'show')
    this.activity++
  }

  /** Opens the launch page (the first page of the stack). */
  openFirst(url: string): void {
    const { route, query } = this.resolveUrl(`/${url.replace(/^\//, '')}`)
    if (!this.allPages().includes(route)) {
      // WeChat calls App.onPageNotFound and wx.onPageNotFound listeners; only a navigation they start
      // synchronously counts. Without one, WeChat shows its own 页面不存在 page (here: an error).
      const navigations = () => this.wxStandIn.calls.filter((c) => /^(navigateTo|redirectTo|switchTab|reLaunch)$/.test(c.api)).length
      const before = navigations()
      const res = { path: route, query, isEntryPage: true }
      const onApp = this.appInstance?.onPageNotFound
      if (typeof onApp === 'function') this.guard('App.onPageNotFound', () => onApp.call(this.appInstance, this.toRealm(res)))
      this.guard('wx.onPageNotFound', () => this.wxStandIn.emit('onPageNotFound', res))
      if (navigations() === before) throw new Error(`page "${route}" is not found`)
      return
    }
    const entry = this.createPage(route, query, url)
    this.stack.push(entry)
    if (this.isTabPage(route)) this.tabPages.set(route, entry)
    this.load(entry)
  }

  /** WeChat's navigation APIs with their rules. Resolves with the success result or throws WxRefusal. */
  async navigate(
    kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack',
    options: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    if (this.singlePageMode) throw refuse('not supported in single page mode')
    if (kind === 'navigateBack') {
      const delta = Math.max(1, Number(options.delta ?? 1))
      if (this.stack.length <= 1) throw refuse('cannot navigate back at first page.')
      const closing = this.stack.splice(Math.max(1, this.stack.length - delta))
      for (const e of closing.reverse()) this.unload(e)
      this.show(this.top() as StackEntry)
      return {}
    }
    const url = String(options.url ?? '')
    const { route, query, search } = this.resolveUrl(url)
    if (!this.allPages().includes(route)) throw refuse(`page "${route}" is not found`)
    const tab = this.isTabPage(route)
    if (kind === 'navigateTo' && tab) throw refuse('can not navigateTo a tabbar page')
    if (kind === 'redirectTo' && tab) throw refuse('can not redirectTo a tabbar page')
    if (kind === 'switchTab' && !tab) throw refuse('can not switch to no-tabBar page')
    if (kind === 'navigateTo' && this.stack.length >= MAX_PAGES) throw refuse('webview count limit exceed')
    const fullUrl = search ? `${route}?${search}` : route
    if (kind === 'navigateTo') {
      this.hide(this.top())
      const entry = this.createPage(route, query, fullUrl)
      this.stack.push(entry)
      this.load(entry)
    } else if (kind === 'redirectTo') {
      const old = this.stack.pop()
      if (old) this.unload(old)
      const entry = this.createPage(route, query, fullUrl)
      this.stack.push(entry)
      this.load(entry)
    } else if (kind === 'reLaunch') {
      for (const e of this.stack.splice(0).reverse()) if (!this.isTabPage(e.route)) this.unload(e)
      for (const e of this.tabPages.values()) this.unload(e)
      this.tabPages.clear()
      const entry = this.createPage(route, query, fullUrl)
      this.stack.push(entry)
      if (tab) this.tabPages.set(route, entry)
      this.load(entry)
    } else {
      // switchTab: the query is dropped; every non-tab page closes; the tab page is reused if loaded.
      const leaving = this.top()
      for (const e of this.stack.splice(0).reverse()) if (!this.isTabPage(e.route)) this.unload(e)
      if (leaving && this.isTabPage(leaving.route) && leaving.route !== route) this.hide(leaving)
      const existing = this.tabPages.get(route)
      if (existing) {
        this.stack.push(existing)
        if (existing !== leaving) this.show(existing)
      } else {
        const entry = this.createPage(route, {}, route)
        this.tabPages.set(route, entry)
        this.stack.push(entry)
        this.load(entry)
      }
    }
    return {}
  }

  setNavigationBarTitle(title: string): void {
    const top = this.top()
    if (top) top.title = title
  }

  hideHomeButton(): void {
    const top = this.top()
    if (top) top.homeButtonHidden = true
  }

  /** Calls a method of a page (or a tab bar) from the view: an event crossing WeChat's bridge as JSON. */
  callRootMethod(rootId: number, method: string, eventJson: string): unknown {
    const root = this.roots.get(rootId)
    if (!root) return undefined
    const fn = root.instance[method]
    if (typeof fn !== 'function') {
      this.console.push({ level: 'warn', text: `Component "${root.label}" does not have a method "${method}" to handle event.` })
      return undefined
    }
    this.activity++
    return this.guard(`${root.label} ${method}`, () => fn.call(root.instance, this.realmJson.parse(eventJson)))
  }

  /** Calls a method of a component instance (Taro's recursive `comp`). */
  callComponentMethod(componentPath: string, method: string, eventJson: string): unknown {
    const config = this.componentConfigs.get(componentPath)
    const fn = (config?.methods as Record<string, Fn> | undefined)?.[method]
    if (typeof fn !== 'function') {
      this.console.push({ level: 'warn', text: `Component "${componentPath}" does not have a method "${method}" to handle event.` })
      return undefined
    }
    this.activity++
    return this.guard(`${componentPath} ${method}`, () => fn.call({ is: componentPath, data: {} }, this.realmJson.parse(eventJson)))
  }

  private setData(rootId: number, label: string, instance: { data: Record<string, unknown> }, data: Record<string, unknown>, cb?: () => void): void {
    if (!data || typeof data !== 'object') throw new Error('setData accepts an Object rather than ' + typeof data)
    const json = JSON.stringify(data)
    this.setDataLog.push({ route: label, bytes: Buffer.byteLength(json), keys: Object.keys(data) })
    const copy = this.realmJson.parse(json) as Record<string, unknown>
    for (const [key, value] of Object.entries(copy)) {
      const parts = parseDataPath(key)
      let target = instance.data as Record<string | number, unknown>
      for (let i = 0; i < parts.length - 1; i++) {
        const next = target[parts[i]]
        if (next === null || typeof next !== 'object') target[parts[i]] = this.toRealm(typeof parts[i + 1] === 'number' ? [] : {})
        target = target[parts[i]] as Record<string | number, unknown>
      }
      target[parts[parts.length - 1]] = value
    }
    if (this.roots.has(rootId)) this.o.view.setData(rootId, json)
    this.activity++
    if (typeof cb === 'function') this.later(() => cb.call(instance))
  }

  // ---- WeChat config ----------------------------------------------------------------------------

  private wxConfig(): Record<string, unknown> {
    const app = this.o.app
    return {
      pages: this.allPages(),
      entryPagePath: `${this.homePage()}.html`,
      subPackages: app.subPackages ?? [],
      subpackages: app.subPackages ?? [],
      window: app.window ?? {},
      global: { window: app.window ?? {} },
      tabBar: app.tabBar,
      envVersion: 'develop',
      platform: 'ios',
      accountInfo: { appId: 'touristappid' },
      appLaunchInfo: { ...this.o.launch },
    }
  }

  // ---- console and timers -----------------------------------------------------------------------

  private makeConsole(): Record<string, Fn> {
    const c: Record<string, Fn> = {}
    const fmt = (args: unknown[]) =>
      args
        .map((a) =>
          typeof a === 'string'
            ? a
            : a instanceof Error || (a && typeof a === 'object' && 'stack' in a)
              ? String((a as Error).stack ?? a)
              : (() => {
                  try {
                    return JSON.stringify(a)
                  } catch {
                    return String(a)
                  }
                })(),
        )
        .join(' ')
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      c[level] = (...args: unknown[]) => {
        const text = fmt(args)
        this.console.push({ level, text })
        if (this.o.verbose) process.stdout.write(`[weapp ${level}] ${text}\n`)
      }
    }
    for (const name of ['group', 'groupEnd', 'groupCollapsed', 'time', 'timeEnd', 'table', 'trace', 'assert', 'count', 'dir']) c[name] = () => undefined
    return c
  }

  private addTimer(fn: Fn, ms: number | undefined, args: unknown[], repeat = false): number {
    const id = this.nextTimerId++
    const delay = Math.max(0, Number(ms) || 0)
    if (typeof fn !== 'function') return id
    this.timers.set(id, { id, due: this.clock + delay, fn, args, every: repeat ? Math.max(1, delay) : undefined })
    // Zero-delay work runs on its own, as on a phone; longer timers wait until the driver lets time pass.
    if (delay === 0 && !this.pumping && !this.disposed) {
      this.pumping = true
      setImmediate(() => {
        this.pumping = false
        if (!this.disposed) this.runTimers(this.clock)
      })
    }
    return id
  }

  private pumping = false
  private disposed = false

  /** Schedules a callback "soon" (a 0 ms timer), as WeChat's native side answers. */
  later = (fn: () => void): void => {
    this.addTimer(fn as Fn, 0, [])
  }

  /** Timers waiting, e.g. to check that a hidden page stopped ticking. */
  pendingTimers(): { due: number; every?: number }[] {
    return [...this.timers.values()].map((t) => ({ due: t.due, every: t.every }))
  }

  nextDue(): number | undefined {
    let min: number | undefined
    for (const t of this.timers.values()) if (min === undefined || t.due < min) min = t.due
    return min
  }

  /** Runs every timer due by `until`, in order, moving the clock. Returns how many ran. */
  runTimers(until: number): number {
    let ran = 0
    for (;;) {
      let next: Timer | undefined
      for (const t of this.timers.values()) if (t.due <= until && (!next || t.due < next.due || (t.due === next.due && t.id < next.id))) next = t
      if (!next) break
      this.clock = Math.max(this.clock, next.due)
      if (next.every !== undefined) next.due = this.clock + next.every
      else this.timers.delete(next.id)
      const t = next
      this.guard('timer', () => t.fn(...t.args))
      ran++
      this.activity++
      if (ran > 10000) throw new Error('timers keep scheduling timers (more than 10000 in one step)')
    }
    this.clock = Math.max(this.clock, until)
    return ran
  }

  /** Stops everything (end of a launch): no timer of this launch runs again. */
  dispose(): void {
    this.disposed = true
    this.timers.clear()
  }
}
