/**
 * npm run check:weapp [dir] — checks the production weapp build in dist/weapp (or dir):
 *  - every page in app.json (main package and subpackages) has its .js, .json, .wxml and .wxss;
 *  - package sizes: main package and each subpackage at most 2 MB, everything at most 30 MB;
 *  - the guide data and the full life events stay out of the main package (they belong to the guide subpackage);
 *  - WXML and WXSS compile with WeChat's own wcc/wcsc (miniprogram-compiler), when they run here;
 *  - every .js file parses as ES2017 (acorn, ecmaVersion 2017, script), the syntax of the oldest
 *    iOS the app supports (10.3, babel.config.js): it cannot parse object spread (iOS 11.3) or ?. and
 *    ?? (iOS 13.4), and project.config.json has es6: false, so WeChat does not transform the code on
 *    upload;
 *  - no script calls a built-in newer than iOS 10.3 has (browserslist), such as Object.fromEntries;
 *  - the tab pages of app.json are in the main package and have the custom tab bar they declare;
 *  - no web app code: no service worker, Workbox or web app manifest (WeChat caches the package itself;
 *    config/web-app.ts writes those into H5 builds only).
 * Prints the sizes; exits 1 on any failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'

const ROOT = path.resolve(__dirname, '..')
const MB = 1024 * 1024
const PACKAGE_LIMIT = 2 * MB
const TOTAL_LIMIT = 30 * MB

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { custom?: boolean; list: { pagePath: string }[] }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

export interface WeappReport {
  failures: string[]
  mainBytes: number
  totalBytes: number
  subpackages: { root: string; bytes: number }[]
}

/** Sizes of the weapp build at dir, split by package (main = everything outside subpackage roots). */
export function measureWeapp(dir: string): { mainBytes: number; totalBytes: number; subpackages: { root: string; bytes: number }[] } {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson
  const files = walk(dir).map((f) => ({ rel: path.relative(dir, f).split(path.sep).join('/'), bytes: statSync(f).size }))
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const inRoot = (rel: string, root: string) => rel.startsWith(`${root}/`)
  const subpackages = roots.map((root) => ({ root, bytes: files.filter((f) => inRoot(f.rel, root)).reduce((n, f) => n + f.bytes, 0) }))
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0)
  const mainBytes = files.filter((f) => !roots.some((r) => inRoot(f.rel, r))).reduce((n, f) => n + f.bytes, 0)
  return { mainBytes, totalBytes, subpackages }
}

function checkPages(dir: string, app: AppJson, failures: string[]): number {
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml', '.wxss']) {
      if (!existsSync(path.join(dir, page + ext))) failures.push(`page ${page} has no ${page}${ext}`)
    }
  }
  return pages.length
}

function checkMainPackageHasNoGuides(dir: string, failures: string[]): void {
  const guides = JSON.parse(readFileSync(path.join(ROOT, 'src/generated/guides.json'), 'utf8')) as Record<string, { summary: string }>
  const marker = Object.values(guides)[0].summary
  // The full life events (steps' reasons, eligibility quotes) belong to the guide subpackage too; the
  // main package carries only their summaries (names, step ids, document refs) for home and 我的.
  const regionData = path.join(ROOT, 'src/generated/region-data')
  const manifest = JSON.parse(readFileSync(path.join(regionData, 'manifest.json'), 'utf8')) as { regions: { files: { lifeEvents?: { path: string } } }[] }
  const eventFiles = manifest.regions.flatMap((r) =>
    r.files.lifeEvents && existsSync(path.join(regionData, r.files.lifeEvents.path)) ? [r.files.lifeEvents.path] : [],
  )
  const events = eventFiles.flatMap((f) => (JSON.parse(readFileSync(path.join(regionData, f), 'utf8')) as { events: { steps: { why: string }[] }[] }).events)
  const eventMarker = events[0]?.steps[0]?.why
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson
  const roots = (app.subPackages ?? []).map((s) => s.root)
  for (const file of walk(dir).filter((f) => f.endsWith('.js'))) {
    const rel = path.relative(dir, file).split(path.sep).join('/')
    if (roots.some((r) => rel.startsWith(r))) continue
    const code = readFileSync(file, 'utf8')
    if (code.includes(marker)) failures.push(`guide data found in the main package (${rel}); it belongs to packages/guide`)
    if (eventMarker && code.includes(eventMarker)) failures.push(`life-event data found in the main package (${rel}); it belongs to packages/guide`)
  }
}

/** Compiles WXML and WXSS with WeChat's compilers. Returns a note when they cannot run on this machine. */
function compileWithWechat(dir: string, failures: string[]): string {
  let compiler: { wxmlToJs(root: string): string; wxssToJs(root: string): string }
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    compiler = require('miniprogram-compiler')
  } catch {
    return 'skipped: miniprogram-compiler is not installed'
  }
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
  try {
    const wxml = compiler.wxmlToJs(dir)
    if (!wxml.includes('$gwx')) throw new Error('wcc produced no output')
    // The generated code expects a browser-like `window`; an empty object stands in for it.
    // eslint-disable-next-line no-new-func
    const gwx = new Function('global', 'window', wxml)({}, {}) as (path: string) => unknown
    for (const page of pages) {
      if (typeof gwx(`${page}.wxml`) !== 'function') failures.push(`wcc: ${page}.wxml did not compile`)
    }
    const wxss = compiler.wxssToJs(dir)
    if (!wxss.includes('wxssMap')) throw new Error('wcsc produced no output')
    return `wcc and wcsc compiled ${pages.length} pages`
  } catch (error) {
    const message = (error as Error).message ?? String(error)
    if (/ENOENT|EACCES|Exec format|spawnSync/i.test(message)) return `skipped: WeChat's compilers cannot run here (${message.split('\n')[0]})`
    failures.push(`wcc/wcsc: ${message.split('\n').slice(0, 5).join(' ')}`)
    return 'failed'
  }
}

/** The newest syntax a weapp script may use: what iOS 10.3's JavaScriptCore parses (babel.config.js). */
export const WEAPP_ES_VERSION = 2017

/** Every script must parse as ES2017. Returns how many files were parsed. */
export function checkSyntax(dir: string, failures: string[]): number {
  const scripts = walk(dir).filter((f) => f.endsWith('.js'))
  for (const file of scripts) {
    try {
      parse(readFileSync(file, 'utf8'), { ecmaVersion: WEAPP_ES_VERSION, sourceType: 'script' })
    } catch (error) {
      const rel = path.relative(dir, file).split(path.sep).join('/')
      failures.push(`${rel} is not ES${WEAPP_ES_VERSION} (${(error as Error).message}); add its package to mini.compile.include`)
    }
  }
  return scripts.length
}

/** Built-ins the oldest supported iOS (10.3, see browserslist) lacks, with the iOS that added them. */
const NEWER_BUILT_INS: [RegExp, string][] = [
  [/\bObject\.fromEntries\b/, 'Object.fromEntries (iOS 12.2)'],
  [/\bObject\.hasOwn\(/, 'Object.hasOwn (iOS 15.4)'],
  [/\.flatMap\(/, 'Array.prototype.flatMap (iOS 12)'],
  [/\.flat\(\)/, 'Array.prototype.flat (iOS 12)'],
  [/\.replaceAll\(/, 'String.prototype.replaceAll (iOS 13.4)'],
  [/\.matchAll\(/, 'String.prototype.matchAll (iOS 13)'],
  [/\bPromise\.allSettled\b/, 'Promise.allSettled (iOS 13)'],
  [/\bPromise\.any\b/, 'Promise.any (iOS 14)'],
  [/\.findLast(Index)?\(/, 'Array.prototype.findLast (iOS 15.4)'],
  [/\bstructuredClone\(/, 'structuredClone (iOS 15.4)'],
]

/** Every script uses only built-ins the oldest supported phones have. */
export function checkBuiltIns(dir: string, failures: string[]): void {
  for (const file of walk(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8')
    const rel = path.relative(dir, file).split(path.sep).join('/')
    for (const [pattern, what] of NEWER_BUILT_INS) {
      if (pattern.test(text)) failures.push(`${rel} uses ${what}; the oldest supported iOS is 10.3: replace it or guard it`)
    }
  }
}

/** What only an H5 build may carry: a service worker, its registration, Workbox, a web app manifest. */
const WEB_APP_FILES = /(^|\/)(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest)$/
const WEB_APP_CODE: [RegExp, string][] = [
  [/\bserviceWorker\b/, 'navigator.serviceWorker'],
  [/workbox/i, 'Workbox'],
  [/SKIP_WAITING/, 'a service worker message'],
]

/** The weapp build carries no service worker code (src/platform/web-app.ts is its no-op). */
export function checkNoWebApp(dir: string, failures: string[]): void {
  for (const file of walk(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/')
    if (WEB_APP_FILES.test(rel)) failures.push(`${rel} is H5 web app output; it does not belong in the weapp build`)
    if (!rel.endsWith('.js')) continue
    const text = readFileSync(file, 'utf8')
    for (const [pattern, what] of WEB_APP_CODE) {
      if (pattern.test(text)) failures.push(`${rel} contains ${what} code; service worker code is H5 only (src/platform/web-app.h5.ts)`)
    }
  }
}

function checkTabBar(dir: string, app: AppJson, failures: string[]): void {
  if (!app.tabBar) return
  for (const { pagePath } of app.tabBar.list) {
    if (!app.pages.includes(pagePath)) failures.push(`tab page ${pagePath} is not a main-package page`)
  }
  if (app.tabBar.custom) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!existsSync(path.join(dir, `custom-tab-bar/index${ext}`))) failures.push(`tabBar.custom is set but custom-tab-bar/index${ext} is missing`)
    }
  }
}

export function checkWeapp(dir = path.join(ROOT, 'dist/weapp')): WeappReport & { pages: number; compile: string; scripts: number } {
  const failures: string[] = []
  if (!existsSync(path.join(dir, 'app.json'))) {
    return {
      failures: [`${dir}/app.json not found: run npm run build:weapp first`],
      mainBytes: 0,
      totalBytes: 0,
      subpackages: [],
      pages: 0,
      compile: 'skipped',
      scripts: 0,
    }
  }
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson
  const pages = checkPages(dir, app, failures)
  const sizes = measureWeapp(dir)
  if (sizes.mainBytes > PACKAGE_LIMIT) failures.push(`main package is ${sizes.mainBytes} bytes, over WeChat's 2 MB limit`)
  for (const s of sizes.subpackages) if (s.bytes > PACKAGE_LIMIT) failures.push(`subpackage ${s.root} is ${s.bytes} bytes, over 2 MB`)
  if (sizes.totalBytes > TOTAL_LIMIT) failures.push(`all packages together are ${sizes.totalBytes} bytes, over 30 MB`)
  checkMainPackageHasNoGuides(dir, failures)
  checkTabBar(dir, app, failures)
  const scripts = checkSyntax(dir, failures)
  checkBuiltIns(dir, failures)
  checkNoWebApp(dir, failures)
  const compile = compileWithWechat(dir, failures)
  return { failures, pages, compile, scripts, ...sizes }
}

if (require.main === module) {
  // Default dist/weapp; a path checks another build (npm test also checks the remote-region build).
  const report = checkWeapp(process.argv[2] ? path.resolve(process.argv[2]) : undefined)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(`weapp pages checked: ${report.pages}`)
  console.log(`weapp main package: ${report.mainBytes} bytes (${kb(report.mainBytes)}; limit 2 MB)`)
  for (const s of report.subpackages) console.log(`weapp subpackage ${s.root}: ${report.subpackages.length ? s.bytes : 0} bytes (${kb(s.bytes)})`)
  console.log(`weapp total: ${report.totalBytes} bytes (${kb(report.totalBytes)})`)
  console.log(`WXML/WXSS compile: ${report.compile}`)
  console.log(`ES${WEAPP_ES_VERSION} parse (acorn): ${report.scripts} scripts`)
  if (report.failures.length) {
    for (const f of report.failures) console.error(`FAIL ${f}`)
    process.exit(1)
  }
  console.log('weapp output check passed')
}
