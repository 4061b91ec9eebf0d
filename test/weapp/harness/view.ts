/**
 * The view layer: what the citizen sees. The build's WXML and WXS are compiled by WeChat's own `wcc`
 * (miniprogram-compiler) and rendered on WeChat's component framework exparser (miniprogram-exparser,
 * through j-component), over jsdom, in a realm of their own.
 *
 * WeChat rules imitated here:
 * - The view runs apart from the logic layer: data arrives only as setData JSON, parsed in the view's
 *   realm (wcc's WXS runtime patches built-in prototypes and does not accept objects from another realm:
 *   templates picked by WXS would come back as "Template `undefined` not found").
 * - Built-in tags (view, text, button, input, ...) are components; their attributes are the names the
 *   WXML gives them. Custom components (Taro's recursive `comp`, a custom tab bar) use their own WXML.
 * - Events bubble through exparser; every `bindtap="x"` / `catchtap="x"` on the way calls method `x`
 *   of the page or component that owns the template, with the event as JSON (WeChat's bridge).
 * Limits: no layout and no WXSS (text hidden by CSS still counts as visible); exparser is the WebView
 * renderer, not Skyline.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { JSDOM, VirtualConsole } from 'jsdom'

/** WeChat's built-in components (the tags wcc leaves to the runtime). */
export const BUILT_IN_TAGS = [
  'cover-image',
  'cover-view',
  'grid-view',
  'list-view',
  'match-media',
  'movable-area',
  'movable-view',
  'page-container',
  'root-portal',
  'scroll-view',
  'share-element',
  'sticky-header',
  'sticky-section',
  'swiper',
  'swiper-item',
  'view',
  'icon',
  'progress',
  'rich-text',
  'text',
  'button',
  'checkbox',
  'checkbox-group',
  'editor',
  'form',
  'input',
  'keyboard-accessory',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'textarea',
  'functional-page-navigator',
  'navigator',
  'audio',
  'camera',
  'channel-live',
  'channel-video',
  'image',
  'live-player',
  'live-pusher',
  'video',
  'voip-room',
  'map',
  'canvas',
  'web-view',
  'ad',
  'ad-custom',
  'official-account',
  'open-data',
  'navigation-bar',
  'page-meta',
  'slot',
]

/** Attributes exparser handles itself (not component properties). */
const NOT_PROPERTIES = /^(id|class|style|slot|wx:.*|data-.*|(capture-|mut-)?(bind|catch):?.*)$/

export interface WarningEntry {
  level: string
  text: string
}

/** A rendered node, as a test reads it. */
export interface ViewNode {
  tag: string
  /** Attribute values as WXML set them (property names in kebab-case, e.g. "open-type", "user-select"). */
  attrs: Record<string, unknown>
  id: string
  /** The class attribute. */
  className: string
  dataset: Record<string, unknown>
  children: ViewNode[]
  /** Text of a text node; '' for elements. */
  text: string
  parent?: ViewNode
  /** @internal the exparser node, for events */
  node: unknown
}

interface WalkableNode {
  childNodes: WalkableNode[]
  shadowRoot?: WalkableNode
  textContent?: string
  id?: string
  dataset?: Record<string, unknown>
  is?: string
  __virtual?: boolean
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

/** The class attribute of an element (virtual nodes have none). */
function classOf(n: unknown): string {
  try {
    return String((n as { class?: string }).class ?? '')
  } catch {
    return ''
  }
}

const camel = (s: string) => s.replace(/-[a-z]/g, (m) => m[1].toUpperCase())
const kebab = (s: string) => s.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)

/** WXML compiled by wcc, once per build folder. */
const wccCache = new Map<string, { stamp: string; script: vm.Script; attrs: Map<string, Set<string>>; handlers: Map<string, Set<string>> }>()

function compileWxml(dist: string) {
  const wxmlFiles = walk(dist).filter((f) => f.endsWith('.wxml') || f.endsWith('.wxs'))
  const stamp = wxmlFiles.map((f) => `${f}:${statSync(f).mtimeMs}`).join('|')
  const hit = wccCache.get(dist)
  if (hit && hit.stamp === stamp) return hit
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const compiler = require('miniprogram-compiler') as { wxmlToJs(root: string, options?: Record<string, unknown>): string }
  const body = compiler.wxmlToJs(dist, { maxBuffer: 64 * 1024 * 1024 })
  const script = new vm.Script(`(function(){${body}\n})()`, { filename: path.join(dist, '$gwx.js') })
  // Attribute names of each built-in tag, and the handler names of each template, read from the WXML.
  const attrs = new Map<string, Set<string>>()
  const handlers = new Map<string, Set<string>>()
  for (const file of wxmlFiles.filter((f) => f.endsWith('.wxml'))) {
    const source = readFileSync(file, 'utf8')
    const own = new Set<string>()
    for (const tag of source.matchAll(/<([a-z][a-z0-9-]*)\s([^>]*?)\/?>/g)) {
      for (const a of tag[2].matchAll(/([a-zA-Z_:][a-zA-Z0-9_:.-]*)\s*=\s*"([^"]*)"/g)) {
        const [, name, value] = a
        if (/^(capture-|mut-)?(bind|catch):?/.test(name) && /^\w+$/.test(value)) own.add(value)
        if (!NOT_PROPERTIES.test(name)) {
          const set = attrs.get(tag[1]) ?? new Set<string>()
          set.add(name)
          attrs.set(tag[1], set)
        }
      }
    }
    handlers.set(
      path
        .relative(dist, file)
        .split(path.sep)
        .join('/')
        .replace(/\.wxml$/, ''),
      own,
    )
  }
  // Templates are imported: a page's WXML may bind handlers defined in base.wxml, so pages get them all.
  const all = new Set<string>()
  for (const set of handlers.values()) for (const h of set) all.add(h)
  handlers.set('*', all)
  const entry = { stamp, script, attrs, handlers }
  wccCache.set(dist, entry)
  return entry
}

/** exparser and j-component, compiled once, run in each view realm. */
const realmScripts = new Map<string, vm.Script>()

export interface ViewEvents {
  /** A bind/catch handler fired on the template of a root (a page, or a tab bar). */
  rootEvent(rootId: number, method: string, eventJson: string): void
  /** A bind/catch handler fired on a component's template. */
  componentEvent(componentPath: string, method: string, eventJson: string): void
}

type Exparser = {
  Element: { getMethodCaller(n: unknown): { data?: Record<string, unknown> } | undefined }
  Component: unknown
  TextNode: new (...a: unknown[]) => unknown
  VirtualNode: new (...a: unknown[]) => unknown
  Event: { dispatchEvent(target: unknown, ev: unknown): void; create(name: string, detail: unknown, options: Record<string, unknown>): unknown }
}
type JComponent = {
  register(def: Record<string, unknown>): string
  create(id: string, props?: Record<string, unknown>): { setData(d: unknown): void; attach(parent: unknown): void; detach(): void; _exparserNode: unknown }
}

export class ViewLayer {
  readonly warnings: WarningEntry[] = []
  private readonly dom: JSDOM
  private readonly context: vm.Context
  private readonly exparser: Exparser
  private readonly jc: JComponent
  private readonly gwx: (p: string) => unknown
  private readonly realmJson: JSON
  private readonly wxml: ReturnType<typeof compileWxml>
  private readonly registered = new Set<string>()
  private readonly pages = new Map<number, ReturnType<JComponent['create']>>()
  private readonly nodeToPage = new Map<unknown, number>()
  private readonly realmModules = new Map<string, { exports: unknown }>()
  private readonly pending = new Map<number, Map<string, string>>()

  constructor(
    dist: string,
    private readonly events: ViewEvents,
  ) {
    const virtualConsole = new VirtualConsole()
    virtualConsole.on('warn', (...args: unknown[]) => this.warnings.push({ level: 'warn', text: args.map(String).join(' ') }))
    virtualConsole.on('error', (...args: unknown[]) => this.warnings.push({ level: 'error', text: args.map(String).join(' ') }))
    virtualConsole.on('jsdomError', (e: Error) => this.warnings.push({ level: 'error', text: String(e.stack ?? e) }))
    this.dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { runScripts: 'outside-only', virtualConsole, pretendToBeVisual: true })
    this.context = this.dom.getInternalVMContext()
    const win = this.dom.window as unknown as Record<string, unknown>
    // wcc's generated code checks the WebView engine version.
    win.__webview_engine_version__ = 0.02
    this.realmJson = vm.runInContext('JSON', this.context) as JSON
    this.exparser = this.requireInRealm(require.resolve('miniprogram-exparser')) as Exparser
    // exparser reports template and component problems through its own listeners, not only the console.
    const ex = this.exparser as unknown as {
      addGlobalWarningListener(l: (...a: unknown[]) => void): void
      addGlobalErrorListener(l: (...a: unknown[]) => void): void
    }
    const describe = (args: unknown[]) =>
      args.map((a) => (a instanceof Object && 'message' in a ? String((a as Error).message) : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')
    ex.addGlobalWarningListener((...args) => this.warnings.push({ level: 'warn', text: `exparser: ${describe(args)}` }))
    ex.addGlobalErrorListener((...args) => this.warnings.push({ level: 'error', text: `exparser: ${describe(args)}` }))
    this.jc = this.requireInRealm(require.resolve('j-component')) as JComponent
    this.wxml = compileWxml(dist)
    this.gwx = this.wxml.script.runInContext(this.context) as (p: string) => unknown
    this.registerBuiltIns()
  }

  /** A small CommonJS loader inside the view realm (exparser and j-component must live there). */
  private requireInRealm(file: string, cache = this.realmModules): unknown {
    const hit = cache.get(file)
    if (hit) return hit.exports
    let script = realmScripts.get(file)
    if (!script) {
      script = new vm.Script(`(function(require, module, exports, global, __filename, __dirname){${readFileSync(file, 'utf8')}\n})`, { filename: file })
      realmScripts.set(file, script)
    }
    const module = { exports: {} as unknown }
    cache.set(file, module)
    const req = (request: string): unknown => {
      if (request.startsWith('.')) {
        const base = path.resolve(path.dirname(file), request)
        const resolved = [base, `${base}.js`, path.join(base, 'index.js')].find((p) => {
          try {
            return statSync(p).isFile()
          } catch {
            return false
          }
        })
        if (!resolved) throw new Error(`cannot find ${request} from ${file}`)
        return this.requireInRealm(resolved, cache)
      }
      return this.requireInRealm(require.resolve(request, { paths: [path.dirname(file)] }), cache)
    }
    ;(script.runInContext(this.context) as (...a: unknown[]) => void).call(
      module.exports,
      req,
      module,
      module.exports,
      this.dom.window,
      file,
      path.dirname(file),
    )
    return module.exports
  }

  private registerBuiltIns(): void {
    for (const tag of BUILT_IN_TAGS) {
      if (tag === 'slot') continue
      const properties: Record<string, unknown> = {}
      for (const name of this.wxml.attrs.get(tag) ?? []) properties[camel(name)] = { type: null }
      this.jc.register({ id: tag, tagName: `wx-${tag}`, template: '<slot/>', properties })
    }
  }

  /** Registers a custom component (by its path from the package root) and the components it uses. */
  registerComponent(componentPath: string, usingOf: (p: string) => Record<string, string>): string {
    const id = `component:${componentPath}`
    if (this.registered.has(id)) return id
    this.registered.add(id)
    const using: Record<string, string> = {}
    const usingPaths = usingOf(componentPath)
    for (const [tag, p] of Object.entries(usingPaths)) using[tag] = p === componentPath ? id : this.registerComponent(p, usingOf)
    const events = this.events
    const methods: Record<string, (ev: unknown) => void> = {}
    for (const handler of this.handlersOf(componentPath)) {
      methods[handler] = (ev: unknown) => events.componentEvent(componentPath, handler, JSON.stringify(ev))
    }
    this.jc.register({
      id,
      tagName: componentPath.split('/').pop(),
      template: this.template(componentPath),
      usingComponents: using,
      methods,
      options: { multipleSlots: true },
    })
    return id
  }

  private handlersOf(p: string): Set<string> {
    return this.wxml.handlers.get('*') ?? this.wxml.handlers.get(p) ?? new Set()
  }

  private template(p: string): unknown {
    const fn = this.gwx(`${p}.wxml`)
    if (typeof fn !== 'function') throw new Error(`wcc did not compile ${p}.wxml`)
    return fn
  }

  /** Renders a root (a page, or a component WeChat places itself) with its initial data. */
  mountRoot(pageId: number, route: string, using: Record<string, string>, dataJson: string, usingOf: (p: string) => Record<string, string>): void {
    const id = `root:${route}`
    if (!this.registered.has(id)) {
      this.registered.add(id)
      const usingIds: Record<string, string> = {}
      for (const [tag, p] of Object.entries(using)) usingIds[tag] = this.registerComponent(p, usingOf)
      const nodeToPage = this.nodeToPage
      const events = this.events
      const methods: Record<string, (this: { _exparserNode: unknown }, ev: unknown) => void> = {}
      for (const handler of this.handlersOf(route)) {
        methods[handler] = function (ev: unknown) {
          const pid = nodeToPage.get(this._exparserNode)
          if (pid !== undefined) events.rootEvent(pid, handler, JSON.stringify(ev))
        }
      }
      this.jc.register({
        id,
        tagName: route.split('/').slice(-2, -1)[0] ?? 'page',
        template: this.template(route),
        usingComponents: usingIds,
        methods,
        options: { multipleSlots: true },
      })
    }
    const root = this.jc.create(id)
    this.nodeToPage.set(root._exparserNode, pageId)
    this.pages.set(pageId, root)
    root.attach(this.dom.window.document.body)
    this.setData(pageId, dataJson)
  }

  unmountRoot(pageId: number): void {
    const root = this.pages.get(pageId)
    if (!root) return
    root.detach()
    this.pending.delete(pageId)
    this.nodeToPage.delete(root._exparserNode)
    this.pages.delete(pageId)
  }

  /**
   * Receives a setData payload (JSON from the logic layer). Payloads queue up and are rendered
   * together when the view is next read or touched, as WeChat's view thread renders asynchronously;
   * the final state is the same as rendering each in turn (the last write to each path wins).
   */
  setData(pageId: number, dataJson: string): void {
    if (!this.pages.has(pageId)) return
    const queue = this.pending.get(pageId) ?? new Map<string, string>()
    for (const [k, v] of Object.entries(JSON.parse(dataJson) as Record<string, unknown>)) {
      // Taro writes "root.cn.[0]"; WeChat's path syntax is "root.cn[0]".
      const key = k.replace(/\.\[/g, '[')
      queue.delete(key)
      queue.set(key, JSON.stringify(v))
    }
    this.pending.set(pageId, queue)
  }

  /** Renders every queued payload. */
  flush(): void {
    for (const [pageId, queue] of this.pending) {
      const root = this.pages.get(pageId)
      if (!root || queue.size === 0) continue
      const json = `{${[...queue].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`
      root.setData(this.realmJson.parse(json))
    }
    this.pending.clear()
  }

  /** The rendered tree of a root, as a test reads it. */
  tree(pageId: number): ViewNode | undefined {
    this.flush()
    const root = this.pages.get(pageId)
    if (!root) return undefined
    return this.toViewNode(root._exparserNode as WalkableNode, undefined, true)
  }

  private toViewNode(n: WalkableNode, parent: ViewNode | undefined, isRoot = false): ViewNode {
    const ex = this.exparser
    if (n instanceof ex.TextNode)
      return { tag: '#text', attrs: {}, id: '', className: '', dataset: {}, children: [], text: String(n.textContent ?? ''), parent, node: n }
    const tag = isRoot ? 'page' : String((n as { is?: string }).is ?? '').replace(/^component:/, '')
    const builtIn = BUILT_IN_TAGS.includes(tag)
    const attrs: Record<string, unknown> = {}
    if (builtIn) {
      const data = ex.Element.getMethodCaller(n)?.data ?? {}
      for (const name of this.wxml.attrs.get(tag) ?? []) {
        const v = data[camel(name)]
        if (v !== undefined && v !== null) attrs[kebab(camel(name))] = v
      }
    }
    const self: ViewNode = {
      tag: n.__virtual ? '#virtual' : tag,
      attrs,
      id: String(n.id ?? ''),
      className: n.__virtual ? '' : classOf(n),
      dataset: { ...(n.dataset ?? {}) },
      children: [],
      text: '',
      parent,
      node: n,
    }
    const kids = !n.__virtual && !builtIn && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes
    for (const child of kids ?? []) {
      const c = this.toViewNode(child, self)
      // Virtual nodes (wx:if, wx:for, template) are flattened: the citizen sees only their content.
      if (c.tag === '#virtual') {
        for (const g of c.children) {
          g.parent = self
          self.children.push(g)
        }
      } else self.children.push(c)
    }
    return self
  }

  /** Dispatches an exparser event on a rendered node, as a finger or the keyboard would. */
  dispatch(node: ViewNode, type: string, detail: Record<string, unknown>, bubbles: boolean): void {
    this.flush()
    const ex = this.exparser
    const realmDetail = this.realmJson.parse(JSON.stringify(detail))
    ex.Event.dispatchEvent(
      node.node,
      ex.Event.create(type, realmDetail, {
        bubbles,
        composed: bubbles,
        capturePhase: true,
        extraFields: { touches: this.realmJson.parse('[]'), changedTouches: this.realmJson.parse('[]') },
      }),
    )
  }

  dispose(): void {
    for (const id of [...this.pages.keys()]) this.unmountRoot(id)
    this.dom.window.close()
  }
}
