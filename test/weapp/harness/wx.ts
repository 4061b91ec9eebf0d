/**
 * The `wx` stand-in: an object with exactly the API names of WeChat's typings, whose outcomes each test
 * can script, and which records every call with its arguments.
 *
 * WeChat rules imitated here:
 * - Only the names of `interface Wx` exist; anything else is `undefined`, as on a phone.
 * - Asynchronous APIs take { success, fail, complete } and call them later (never synchronously);
 *   without callbacks they return a Promise. Results carry `errMsg: "<api>:ok"`, failures
 *   `errMsg: "<api>:fail <reason>"` and, where WeChat gives one, an `errno`.
 * - `*Sync` APIs return their value or throw.
 * - Storage keeps values serialised (what comes back is a copy), returns '' for a missing key, and
 *   holds at most 10 MB.
 * - Privacy (base library 2.32.3+): privacy-gated APIs such as setClipboardData fail with errno 112
 *   when the use is not declared in the 用户隐私保护指引, and with errno 104 when the citizen
 *   refuses; when not yet agreed, WeChat asks through the app's onNeedPrivacyAuthorization listener
 *   if one is registered, else through its own pop-up (whose answer the test scripts).
 * - setClipboardData success shows WeChat's own toast "内容已复制".
 * - Navigation APIs are handed to the logic layer, which enforces the page-stack rules.
 */
import { interfaceMembers, wxApiNames } from './wx-typings'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Options = Record<string, unknown> & {
  success?: (res: unknown) => void
  fail?: (res: unknown) => void
  complete?: (res: unknown) => void
}

/** A scripted failure: `return refuse('cancel')` from a handler fails the call with "<api>:fail cancel". */
export class WxRefusal {
  constructor(
    readonly reason: string,
    readonly errno?: number,
  ) {}
}
export const refuse = (reason: string, errno?: number): WxRefusal => new WxRefusal(reason, errno)

/** WeChat's own privacy failures. */
export const PRIVACY_NOT_DECLARED = (): WxRefusal => refuse('api scope is not declared in the privacy agreement', 112)
export const PRIVACY_NOT_AUTHORIZED = (): WxRefusal => refuse('privacy permission is not authorized', 104)

/** A handler: gets the options the app passed; returns the success result, a WxRefusal, or throws. */
export type WxHandler = (options: Options, ...rest: unknown[]) => unknown

export interface WxCall {
  api: string
  /** The arguments, copied as JSON (functions shown as "[function]"). */
  args: Json[]
  /** Route of the top page when the call was made. */
  page: string | undefined
  /** How it ended, once known: "ok", or the failure's errMsg. */
  outcome?: string
}

export interface Toast {
  title: string
  icon?: string
  /** True for toasts WeChat shows by itself (e.g. "内容已复制" after a copy). */
  system?: boolean
}

/** What the logic layer provides to the stand-in for navigation and the nav bar. */
export interface NavigationHost {
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack', options: Options): Promise<Record<string, unknown>>
  currentRoute(): string | undefined
  setNavigationBarTitle(title: string): void
  hideHomeButton(): void
}

/** Storage that outlives a launch: pass the same one to a second launch to "relaunch" the app. */
export class WeappStorage {
  static readonly LIMIT_BYTES = 10 * 1024 * 1024
  /** Values kept as WeChat keeps them: serialised. */
  private readonly entries = new Map<string, string>()
  /** Set to make every write fail as on a full phone ("setStorage:fail exceed storage max size 10MB"). */
  full = false

  /** Puts any value (a corrupt one too) under a key, as an earlier or broken app version might have. */
  seed(key: string, value: unknown): this {
    this.entries.set(key, JSON.stringify(value === undefined ? null : value))
    return this
  }

  /** What is stored under key, decoded; undefined when absent. */
  peek(key: string): unknown {
    const raw = this.entries.get(key)
    return raw === undefined ? undefined : JSON.parse(raw)
  }

  keys(): string[] {
    return [...this.entries.keys()]
  }

  bytes(): number {
    let n = 0
    for (const [k, v] of this.entries) n += Buffer.byteLength(k) + Buffer.byteLength(v)
    return n
  }

  /** @internal used by the stand-in */
  write(key: string, data: unknown): void {
    if (typeof key !== 'string' || key === '') throw new Error('setStorage:fail parameter error: key should be String instead of ' + typeof key)
    const raw = JSON.stringify(data === undefined ? '' : data)
    if (this.full || this.bytes() + Buffer.byteLength(raw) > WeappStorage.LIMIT_BYTES) throw new Error('setStorage:fail exceed storage max size 10MB')
    this.entries.set(key, raw)
  }

  /** @internal */
  read(key: string): unknown {
    const raw = this.entries.get(key)
    return raw === undefined ? '' : JSON.parse(raw)
  }

  /** @internal */
  has(key: string): boolean {
    return this.entries.has(key)
  }

  /** @internal */
  remove(key: string): void {
    this.entries.delete(key)
  }

  /** @internal */
  clear(): void {
    this.entries.clear()
  }
}

/** The phone and WeChat the app runs on; getAppBaseInfo, getSystemInfoSync and friends read this. */
export interface DeviceProfile {
  fontSizeScaleFactor: number
  fontSizeSetting: number
  SDKVersion: string
  version: string
  platform: 'ios' | 'android' | 'devtools'
  windowWidth: number
  windowHeight: number
  pixelRatio: number
  theme: 'light' | 'dark'
}

export const DEFAULT_DEVICE: DeviceProfile = {
  fontSizeScaleFactor: 1,
  fontSizeSetting: 17,
  SDKVersion: '3.7.12',
  version: '8.0.54',
  platform: 'ios',
  windowWidth: 390,
  windowHeight: 844,
  pixelRatio: 3,
  theme: 'light',
}

export interface LaunchOptions {
  path: string
  query: Record<string, string>
  scene: number
  referrerInfo: Record<string, unknown>
}

export type PrivacyState = 'agreed' | 'undeclared' | 'not-agreed'

const PRIVACY_GATED = new Set(['setClipboardData', 'getClipboardData'])

// APIs that return their value directly (besides every *Sync name, the on/off listeners and create*).
const SYNC_APIS = new Set([
  'getAppBaseInfo',
  'getDeviceInfo',
  'getWindowInfo',
  'getSystemSetting',
  'getAppAuthorizeSetting',
  'getAccountInfoSync',
  'getMenuButtonBoundingClientRect',
  'getFileSystemManager',
  'getUpdateManager',
  'getLogManager',
  'getRealtimeLogManager',
  'canIUse',
  'nextTick',
  'arrayBufferToBase64',
  'base64ToArrayBuffer',
  'reportEvent',
  'reportMonitor',
  'reportAnalytics',
  'request',
  'downloadFile',
  'uploadFile',
  'connectSocket',
  'getBackgroundAudioManager',
  'getRecorderManager',
])

function isSync(api: string): boolean {
  return api.endsWith('Sync') || /^(on|off)[A-Z]/.test(api) || api.startsWith('create') || SYNC_APIS.has(api)
}

const hasMethods = (v: unknown): boolean => typeof v === 'object' && v !== null && Object.values(v).some((x) => typeof x === 'function')

/** JSON copy for the call log; functions become "[function]". */
function toJson(value: unknown, seen = new Set<unknown>()): Json {
  if (typeof value === 'function') return '[function]'
  if (value === undefined) return null
  if (value === null || typeof value !== 'object') return value as Json
  if (seen.has(value)) return '[circular]'
  seen.add(value)
  if (Array.isArray(value)) return value.map((v) => toJson(v, seen))
  const out: Record<string, Json> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) out[k] = toJson(v, seen)
  return out
}

export interface WxStandInOptions {
  storage: WeappStorage
  device: DeviceProfile
  launch: LaunchOptions
  navigation: NavigationHost
  /** Copies a host value into the app's realm (JSON), so results look native to the app's code. */
  toAppRealm: (value: unknown) => unknown
  /** Schedules a callback as WeChat's native side would (later, never synchronously). */
  later: (fn: () => void) => void
}

export class WxStandIn {
  /** The object the app sees as `wx`. */
  readonly api: Record<string, unknown> = {}
  readonly calls: WxCall[] = []
  readonly toasts: Toast[] = []
  /** The clipboard's content after setClipboardData succeeded. */
  clipboard = ''
  /** Privacy status of the clipboard use. */
  privacy: PrivacyState = 'agreed'
  /** What the citizen answers in WeChat's own privacy pop-up, when the app has no listener. */
  privacyPopupAnswer: 'agree' | 'disagree' = 'disagree'
  /** Pop-ups WeChat showed for privacy (the API that asked). */
  readonly privacyPopups: string[] = []
  /** Answer for showModal. */
  modalAnswer: { confirm: boolean } = { confirm: true }
  /** Files of the file-system manager (path -> content). */
  readonly files = new Map<string, string>()
  /** wx.request: the first route whose match accepts the URL answers; none: "request:fail url not in domain list". */
  readonly routes: {
    match: (url: string) => boolean
    respond: (options: Options) => { statusCode?: number; data?: unknown; header?: Record<string, string> } | WxRefusal
  }[] = []
  private readonly listeners = new Map<string, ((...args: unknown[]) => unknown)[]>()
  private readonly scripts = new Map<string, WxHandler>()
  private readonly defaults = new Map<string, WxHandler>()

  constructor(private readonly o: WxStandInOptions) {
    this.installDefaults()
    for (const name of wxApiNames()) {
      if (name === 'env') this.api.env = { USER_DATA_PATH: 'wxfile://usr' }
      else if (name === 'cloud')
        this.api.cloud = this.recordingObject('cloud', [
          'init',
          'callFunction',
          'database',
          'uploadFile',
          'downloadFile',
          'getTempFileURL',
          'deleteFile',
          'callContainer',
        ])
      else this.api[name] = (...args: unknown[]) => this.invoke(name, args)
    }
  }

  /** Scripts an API's outcome for this launch (replaces the default behaviour). */
  script(api: string, handler: WxHandler): this {
    if (!wxApiNames().includes(api)) throw new Error(`wx.${api} is not in WeChat's typings`)
    this.scripts.set(api, handler)
    return this
  }

  /** Calls to one API, in order. */
  callsTo(api: string): WxCall[] {
    return this.calls.filter((c) => c.api === api)
  }

  /** Listeners the app registered with wx.on<Name> (e.g. "onNeedPrivacyAuthorization"). */
  listenersOf(name: string): ((...args: unknown[]) => unknown)[] {
    return this.listeners.get(name) ?? []
  }

  /** Fires a WeChat event the app may listen to (e.g. emit('onAppShow', {...})). */
  emit(name: string, ...args: unknown[]): void {
    for (const l of this.listenersOf(name)) l(...args.map((a) => this.o.toAppRealm(a)))
  }

  private invoke(api: string, args: unknown[]): unknown {
    const call: WxCall = { api, args: args.map((a) => toJson(a)), page: this.o.navigation.currentRoute() }
    this.calls.push(call)
    if (/^on[A-Z]/.test(api) && typeof args[0] === 'function') {
      this.listeners.set(api, [...this.listenersOf(api), args[0] as () => unknown])
      call.outcome = 'ok'
      return undefined
    }
    if (/^off[A-Z]/.test(api)) {
      const on = `on${api.slice(3)}`
      this.listeners.set(on, args[0] === undefined ? [] : this.listenersOf(on).filter((l) => l !== args[0]))
      call.outcome = 'ok'
      return undefined
    }
    const handler = this.scripts.get(api) ?? this.defaults.get(api)
    if (isSync(api)) {
      const result = handler ? handler(args[0] as Options, ...args.slice(1)) : undefined
      if (result instanceof WxRefusal) {
        call.outcome = `${api}:fail ${result.reason}`
        throw Object.assign(new Error(call.outcome), { errMsg: call.outcome, errno: result.errno })
      }
      call.outcome = 'ok'
      // Data is copied into the app's realm; objects with methods (managers, tasks, queries) are handed over as they are.
      return hasMethods(result) ? result : this.o.toAppRealm(result)
    }
    return this.callAsync(api, call, (args[0] ?? {}) as Options, handler)
  }

  /** WeChat's asynchronous calling convention: callbacks later, or a Promise without callbacks. */
  private callAsync(api: string, call: WxCall, options: Options, handler: WxHandler | undefined): unknown {
    const run = async (): Promise<Record<string, unknown>> => {
      let result: unknown = {}
      if (PRIVACY_GATED.has(api)) {
        const refusal = await this.privacyGate(api)
        if (refusal) result = refusal
      }
      if (!(result instanceof WxRefusal) && handler) result = await handler(options)
      if (result instanceof WxRefusal) throw result
      return { errMsg: `${api}:ok`, ...((result ?? {}) as Record<string, unknown>) }
    }
    const hasCallbacks = ['success', 'fail', 'complete'].some((k) => typeof options[k] === 'function')
    const settled = new Promise<Record<string, unknown>>((resolve, reject) => {
      this.o.later(() => {
        run().then(
          (res) => {
            call.outcome = 'ok'
            const r = this.o.toAppRealm(res)
            options.success?.(r)
            options.complete?.(r)
            resolve(r as Record<string, unknown>)
          },
          (error: unknown) => {
            const failure =
              error instanceof WxRefusal
                ? { errMsg: `${api}:fail ${error.reason}`, ...(error.errno === undefined ? {} : { errno: error.errno }) }
                : { errMsg: `${api}:fail ${(error as Error)?.message ?? error}` }
            call.outcome = failure.errMsg
            const f = this.o.toAppRealm(failure)
            options.fail?.(f)
            options.complete?.(f)
            reject(f)
          },
        )
      })
    })
    if (hasCallbacks) {
      settled.catch(() => undefined)
      return undefined
    }
    return settled
  }

  /** WeChat's privacy check before a privacy-gated API runs. Returns the refusal, if any. */
  private async privacyGate(api: string): Promise<WxRefusal | undefined> {
    if (this.privacy === 'agreed') return undefined
    if (this.privacy === 'undeclared') return PRIVACY_NOT_DECLARED()
    const appListeners = this.listenersOf('onNeedPrivacyAuthorization')
    let answer: string
    if (appListeners.length > 0) {
      // The app shows its own pop-up and resolves with { event: 'agree' | 'disagree' }.
      answer = await new Promise<string>((resolve) => {
        const listener = appListeners[appListeners.length - 1]
        listener((res: { event?: string } = {}) => resolve(String(res.event ?? 'disagree')), this.o.toAppRealm({ referrer: api }))
      })
    } else {
      this.privacyPopups.push(api)
      answer = this.privacyPopupAnswer
    }
    if (answer === 'agree') {
      this.privacy = 'agreed'
      return undefined
    }
    return PRIVACY_NOT_AUTHORIZED()
  }

  /** Called by the view when a <button open-type="agreePrivacyAuthorization"> is tapped. */
  agreePrivacyAuthorization(): void {
    if (this.privacy === 'not-agreed') this.privacy = 'agreed'
  }

  private recordingObject(owner: string, names: string[], impl: Record<string, WxHandler> = {}): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const name of names) {
      out[name] = (...args: unknown[]) => {
        const call: WxCall = { api: `${owner}.${name}`, args: args.map((a) => toJson(a)), page: this.o.navigation.currentRoute() }
        this.calls.push(call)
        const handler = impl[name]
        if (name.endsWith('Sync') || /^(on|off)[A-Z]/.test(name) || !handler) {
          if (!handler) {
            if (name.endsWith('Sync')) throw new Error(`${name}:fail not supported by the test stand-in`)
            return undefined
          }
          const r = handler(args[0] as Options, ...args.slice(1))
          if (r instanceof WxRefusal) throw Object.assign(new Error(`${name}:fail ${r.reason}`), { errMsg: `${name}:fail ${r.reason}`, errno: r.errno })
          return hasMethods(r) ? r : this.o.toAppRealm(r)
        }
        return this.callAsync(name, call, (args[0] ?? {}) as Options, handler)
      }
    }
    return out
  }

  private installDefaults(): void {
    const d = (name: string, h: WxHandler) => this.defaults.set(name, h)
    const s = this.o.storage
    const device = this.o.device
    // Storage
    d('setStorageSync', (key, data) => s.write(key as unknown as string, data))
    d('getStorageSync', (key) => s.read(key as unknown as string))
    d('removeStorageSync', (key) => s.remove(key as unknown as string))
    d('clearStorageSync', () => s.clear())
    d('getStorageInfoSync', () => ({ keys: s.keys(), currentSize: Math.ceil(s.bytes() / 1024), limitSize: WeappStorage.LIMIT_BYTES / 1024 }))
    d('batchGetStorageSync', (keys) => (keys as unknown as string[]).map((k) => s.read(k)))
    d('batchSetStorageSync', (kvs) => (kvs as unknown as { key: string; value: unknown }[]).forEach((kv) => s.write(kv.key, kv.value)))
    const wrap = (fn: () => unknown) => {
      try {
        return fn()
      } catch (error) {
        return refuse(String((error as Error).message).replace(/^\w+:fail /, ''))
      }
    }
    d('setStorage', (o) =>
      wrap(() => {
        s.write(o.key as string, o.data)
        return {}
      }),
    )
    d('getStorage', (o) => (s.has(o.key as string) ? { data: s.read(o.key as string) } : refuse('data not found')))
    d('removeStorage', (o) => {
      s.remove(o.key as string)
      return {}
    })
    d('clearStorage', () => {
      s.clear()
      return {}
    })
    d('getStorageInfo', () => ({ keys: s.keys(), currentSize: Math.ceil(s.bytes() / 1024), limitSize: WeappStorage.LIMIT_BYTES / 1024 }))
    // Phone, clipboard, toasts, modals
    d('makePhoneCall', () => ({}))
    d('setClipboardData', (o) => {
      this.clipboard = String(o.data)
      this.toasts.push({ title: '内容已复制', system: true })
      return {}
    })
    d('getClipboardData', () => ({ data: this.clipboard }))
    d('showToast', (o) => {
      this.toasts.push({ title: String(o.title ?? ''), icon: o.icon as string | undefined })
      return {}
    })
    d('hideToast', () => ({}))
    d('showLoading', () => ({}))
    d('hideLoading', () => ({}))
    d('showModal', () => ({ confirm: this.modalAnswer.confirm, cancel: !this.modalAnswer.confirm }))
    d('showActionSheet', () => refuse('cancel'))
    d('openLocation', () => ({}))
    // Launch, device, WeChat
    d('getLaunchOptionsSync', () => this.o.launch)
    d('getEnterOptionsSync', () => this.o.launch)
    const baseInfo = () => ({
      SDKVersion: device.SDKVersion,
      enableDebug: false,
      host: { env: 'WeChat' },
      language: 'zh_CN',
      version: device.version,
      theme: device.theme,
      fontSizeSetting: device.fontSizeSetting,
      fontSizeScaleFactor: device.fontSizeScaleFactor,
    })
    const windowInfo = () => ({
      pixelRatio: device.pixelRatio,
      screenWidth: device.windowWidth,
      screenHeight: device.windowHeight,
      windowWidth: device.windowWidth,
      windowHeight: device.windowHeight - 88,
      statusBarHeight: 47,
      safeArea: { left: 0, right: device.windowWidth, top: 47, bottom: device.windowHeight - 34, width: device.windowWidth, height: device.windowHeight - 81 },
      screenTop: 0,
    })
    const deviceInfo = () => ({
      brand: 'iPhone',
      model: 'iPhone 14',
      system: device.platform === 'ios' ? 'iOS 17.5' : 'Android 14',
      platform: device.platform,
      benchmarkLevel: 1,
      abi: '',
      deviceAbi: '',
      cpuType: '',
      memorySize: '',
    })
    d('getAppBaseInfo', baseInfo)
    d('getWindowInfo', windowInfo)
    d('getDeviceInfo', deviceInfo)
    d('getSystemSetting', () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }))
    d('getAppAuthorizeSetting', () => ({ clipboardAuthorized: 'authorized' }))
    d('getSystemInfoSync', () => ({ ...deviceInfo(), ...windowInfo(), ...baseInfo(), fontSizeSetting: device.fontSizeSetting }))
    d('getSystemInfo', () => ({ ...deviceInfo(), ...windowInfo(), ...baseInfo() }))
    d('getMenuButtonBoundingClientRect', () => ({ width: 87, height: 32, top: 51, right: device.windowWidth - 7, bottom: 83, left: device.windowWidth - 94 }))
    d('getAccountInfoSync', () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }))
    d('canIUse', () => true)
    d('nextTick', (fn) => {
      this.o.later(fn as unknown as () => void)
      return undefined
    })
    d('getPrivacySetting', () => ({ needAuthorization: this.privacy === 'not-agreed', privacyContractName: '《人社办事指南小程序隐私保护指引》' }))
    d('requirePrivacyAuthorize', async () => {
      const r = await this.privacyGate('requirePrivacyAuthorize')
      return r ?? {}
    })
    d('openPrivacyContract', () => ({}))
    // Navigation and the nav bar: the logic layer enforces WeChat's page-stack rules.
    for (const kind of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'] as const) {
      d(kind, async (o) => {
        try {
          return await this.o.navigation.navigate(kind, o)
        } catch (error) {
          if (error instanceof WxRefusal) return error
          throw error
        }
      })
    }
    d('setNavigationBarTitle', (o) => {
      this.o.navigation.setNavigationBarTitle(String(o.title ?? ''))
      return {}
    })
    d('hideHomeButton', () => {
      this.o.navigation.hideHomeButton()
      return {}
    })
    // Network and files, for work that loads data at run time.
    d('request', (o) => {
      const url = String(o.url ?? '')
      const route = this.routes.find((r) => r.match(url))
      const answer = route ? route.respond(o) : refuse('url not in domain list', 600002)
      const result = answer instanceof WxRefusal ? answer : { statusCode: 200, header: {}, ...answer }
      const call = this.calls[this.calls.length - 1]
      void this.callAsync('request', call, o, () => result)
      return {
        abort: () => undefined,
        onHeadersReceived: () => undefined,
        offHeadersReceived: () => undefined,
        onChunkReceived: () => undefined,
        offChunkReceived: () => undefined,
      }
    })
    d('getFileSystemManager', () => this.fileSystemManager())
    d('getUpdateManager', () => this.recordingObject('updateManager', interfaceMembers('UpdateManager')))
    d('createSelectorQuery', () => this.selectorQuery())
  }

  /** FileSystemManager with the typings' member names, over an in-memory file map (`files`). */
  private fileSystemManager(): Record<string, unknown> {
    const files = this.files
    const noEntry = (p: unknown) => refuse(`no such file or directory ${String(p)}`, 1300002)
    const impl: Record<string, WxHandler> = {
      access: (o) => (files.has(String(o.path)) || [...files.keys()].some((k) => k.startsWith(`${String(o.path)}/`)) ? {} : noEntry(o.path)),
      accessSync: (p) => (files.has(String(p)) ? undefined : noEntry(p)),
      readFile: (o) => (files.has(String(o.filePath)) ? { data: files.get(String(o.filePath)) } : noEntry(o.filePath)),
      readFileSync: (p) => (files.has(String(p)) ? files.get(String(p)) : noEntry(p)),
      writeFile: (o) => {
        files.set(String(o.filePath), String(o.data))
        return {}
      },
      writeFileSync: (p, data) => {
        files.set(String(p), String(data))
        return undefined
      },
      unlink: (o) => (files.delete(String(o.filePath)) ? {} : noEntry(o.filePath)),
      unlinkSync: (p) => (files.delete(String(p)) ? undefined : noEntry(p)),
      mkdir: () => ({}),
      mkdirSync: () => undefined,
      readdir: (o) => ({ files: [...files.keys()].filter((k) => k.startsWith(`${String(o.dirPath)}/`)).map((k) => k.slice(String(o.dirPath).length + 1)) }),
      readdirSync: (p) => [...files.keys()].filter((k) => k.startsWith(`${String(p)}/`)).map((k) => k.slice(String(p).length + 1)),
      stat: (o) =>
        files.has(String(o.path))
          ? { stats: { size: Buffer.byteLength(files.get(String(o.path)) ?? ''), isFile: () => true, isDirectory: () => false } }
          : noEntry(o.path),
    }
    return this.recordingObject('fileSystemManager', interfaceMembers('FileSystemManager'), impl)
  }

  /** No layout here: queries answer null for every node. */
  private selectorQuery(): Record<string, unknown> {
    const query: Record<string, unknown> = {}
    const pending: unknown[] = []
    const nodesRef = {
      boundingClientRect: () => {
        pending.push(null)
        return query
      },
      fields: () => {
        pending.push(null)
        return query
      },
      scrollOffset: () => {
        pending.push(null)
        return query
      },
      node: () => {
        pending.push(null)
        return query
      },
      context: () => {
        pending.push(null)
        return query
      },
    }
    Object.assign(query, {
      in: () => query,
      select: () => nodesRef,
      selectAll: () => nodesRef,
      selectViewport: () => nodesRef,
      exec: (cb?: (res: unknown[]) => void) => this.o.later(() => cb?.(this.o.toAppRealm(pending) as unknown[])),
    })
    return query
  }
}
