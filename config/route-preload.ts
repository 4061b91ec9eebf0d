/**
 * H5 first screen: the page a link opens starts downloading its own code, and its region's index,
 * beside the entry, not after it.
 *
 * Without this, a cold open downloads index.html, then the entry (about 112 KB gzip), runs it (the
 * longest task of the load), and only then asks for the page's chunks (its own and page-common,
 * about 20 KB gzip) and then the region's index: waves that Lighthouse's trace puts on the path to
 * the largest paint. After the build, a small inline script in index.html reads location and adds
 * <link rel="preload" as="script" fetchpriority=low> for that route's chunks (from webpack's chunk
 * groups; routes from src/domain/routes/h5-paths.json) and, where the page's spec wants the index of
 * the region it shows, for that index chunk. The script is generated from the app's own code
 * (src/domain/routes/first-screen.ts, bundled here with esbuild): the region is decided by the very
 * pageRegionOf the app uses, not by a copy. Webpack later asks for the same URLs and gets the
 * preloaded files. A browser without preload (iOS before 11.3) ignores the links; an unknown path
 * preloads nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import H5_PATHS from '../src/domain/routes/h5-paths.json'
import type * as FirstScreen from '../src/domain/routes/first-screen'
import type { DataManifest } from '../types/region-data'

/** The app's first-screen module, compiled for Node (Taro compiles only config/ itself). */
export function firstScreenModule(): typeof FirstScreen {
  const entry = path.resolve(__dirname, '../src/domain/routes/first-screen.ts')
  const [out] = buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', target: 'es2017', minify: true, write: false }).outputFiles
  const module = { exports: {} as typeof FirstScreen }
  new Function('module', 'exports', 'require', out.text)(module, module.exports, require)
  return module.exports
}

/** The JS files of each lazily loaded chunk group, by the request that loads it (an import() of a page or a data file). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function chunksByRequest(compilation: any, publicPath: string): Map<string, string[]> {
  const byRequest = new Map<string, string[]>()
  for (const group of compilation.chunkGroups) {
    if (group.isInitial?.()) continue
    for (const origin of group.origins ?? []) {
      const request = typeof origin.request === 'string' ? origin.request : ''
      if (!request) continue
      // Not the entry's own chunk, which page groups list too (all styles are extracted into it).
      const chunks = (group.chunks as { files: Set<string>; canBeInitial(): boolean }[]).filter((chunk) => !chunk.canBeInitial())
      const files = chunks.flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith('.js'))
      byRequest.set(request, [...new Set([...(byRequest.get(request) ?? []), ...files.map((f) => publicPath + f)])])
    }
  }
  return byRequest
}

/** Route (as location.pathname) to the JS files of its page's chunk group, from the compilation, and the page it opens. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function routeChunks(compilation: any, publicPath = '/'): Record<string, { page: string; files: string[] }> {
  const byRequest = chunksByRequest(compilation, publicPath)
  const routes: Record<string, { page: string; files: string[] }> = {}
  for (const [page, route] of Object.entries(H5_PATHS)) {
    const files = byRequest.get(`.${page}`)
    if (!files) continue
    for (const r of ([] as string[]).concat(route)) routes[r] = { page, files }
  }
  return routes
}

/** Each bundled region's index chunk (src/generated/bundle-indexes.h5.ts imports ./region-data/<path>), and the regions the build knows, in the order the page-region rule reads them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function regionIndexChunks(compilation: any, manifest: DataManifest, publicPath = '/'): { byRegion: Record<string, string>; regionIds: string[] } {
  const byRequest = chunksByRequest(compilation, publicPath)
  const byRegion: Record<string, string> = {}
  for (const region of manifest.regions) {
    const files = region.bundled ? byRequest.get(`./region-data/${region.files.index.path}`) : undefined
    if (files?.length === 1) byRegion[region.id] = files[0]
  }
  // Through the compiled module: Taro compiles only config/, so a .ts import from src/ fails to load the config.
  return { byRegion, regionIds: firstScreenModule().regionOrder(manifest.regions) }
}

/**
 * The inline script: preloadFirstScreen called with the app's own queryParams, decodeParam and
 * pageRegionOf (their compiled source), and the build's facts: script files listed once and referred
 * to by number, each route's files and whether its page wants its region's index, the bundled
 * regions' index chunks, and the regions the build knows in its order.
 */
export function preloadScript(
  routes: Record<string, { page: string; files: string[] }>,
  indexes: { byRegion: Record<string, string>; regionIds: string[] },
  app: typeof FirstScreen = firstScreenModule(),
): string {
  const files = [...new Set(Object.values(routes).flatMap((r) => r.files))].sort()
  const keyOf = (page: string) => (Object.keys(app.PAGES) as (keyof typeof app.PAGES)[]).find((k) => app.PAGES[k] === page)
  const table = Object.fromEntries(
    Object.entries(routes).map(([route, { page, files: list }]) => {
      const key = keyOf(page)
      if (!key) throw new Error(`route-preload: ${page} is not a page of src/domain/routes PAGES`)
      return [route, { files: list.map((f) => files.indexOf(f)), index: app.wantsRegionIndex(app.PAGE_SPECS[key]) }]
    }),
  )
  const fns = [app.queryParams, app.decodeParam, app.pageRegionOf].map(String).join(',')
  const facts = [files, table, indexes.byRegion, indexes.regionIds].map((a) => JSON.stringify(a)).join(',')
  return `<script>(${String(app.preloadFirstScreen)})(${fns},${facts})</script>`
}

/** Runs after webpack has written the build, before the service worker is generated (its index.html revision). */
export class RoutePreloadPlugin {
  /** manifestFile: the build's bundle-manifest.json (src/generated, or DATA_GENERATED_DIR's). */
  constructor(
    private readonly outDir: string,
    private readonly manifestFile: string,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  apply(compiler: any): void {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    compiler.hooks.afterEmit.tap('route-preload', (compilation: any) => {
      const publicPath = compilation.outputOptions.publicPath === 'auto' ? '/' : String(compilation.outputOptions.publicPath ?? '/')
      const routes = routeChunks(compilation, publicPath)
      if (Object.keys(routes).length === 0) throw new Error('route-preload: no page chunk groups found; the app.config import() requests changed?')
      const manifest = JSON.parse(readFileSync(this.manifestFile, 'utf8')) as DataManifest
      const indexes = regionIndexChunks(compilation, manifest, publicPath)
      if (manifest.regions.some((r) => r.bundled) && Object.keys(indexes.byRegion).length === 0)
        throw new Error('route-preload: no region index chunk found; src/generated/bundle-indexes.h5.ts changed its import() requests?')
      const file = path.join(this.outDir, 'index.html')
      const html = readFileSync(file, 'utf8')
      // After the entry's tags; low priority, so the entry (deferred scripts are low priority too) is never pushed back.
      if (!html.includes('</head>')) throw new Error('route-preload: index.html has no </head>')
      writeFileSync(file, html.replace('</head>', `${preloadScript(routes, indexes)}</head>`))
    })
  }
}
