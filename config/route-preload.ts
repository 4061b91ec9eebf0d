/**
 * H5 first screen: the page a link opens starts downloading its own code, and its region's index,
 * beside the entry, not after it.
 *
 * Without this, a cold open downloads index.html, then the entry (about 112 KB gzip), runs it (the
 * longest task of the load), and only then asks for the page's chunks (its own and page-common,
 * about 20 KB gzip) and then the region's index: waves that Lighthouse's trace puts on the path to
 * the largest paint. After the build, a small inline script in index.html reads location and adds
 * <link rel="preload" as="script" fetchpriority=low> for that route's chunks (from webpack's chunk
 * groups; routes from src/domain/routes/h5-paths.json) and for the index chunk of the region the page
 * will show: the link's region (?region=), or on a first visit (nothing in localStorage yet, so no
 * region chosen) the build's first region, which is what services/region-store.ts pageRegionOf picks
 * then. A returning visitor's stored region is not read here (its format belongs to
 * services/storage.ts): the page asks for it as usual, and the service worker has it already.
 * Webpack later asks for the same URLs and gets the preloaded files. A browser without preload (iOS
 * before 11.3) ignores the links; an unknown path preloads nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import H5_PATHS from '../src/domain/routes/h5-paths.json'
import type { DataManifest } from '../types/region-data'

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

/** Route (as location.pathname) to the JS files of its page's chunk group, from the compilation. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function routeChunks(compilation: any, publicPath = '/'): Record<string, string[]> {
  const byRequest = chunksByRequest(compilation, publicPath)
  const routes: Record<string, string[]> = {}
  for (const [page, route] of Object.entries(H5_PATHS)) {
    const files = byRequest.get(`.${page}`)
    if (!files) continue
    for (const r of ([] as string[]).concat(route)) routes[r] = files
  }
  return routes
}

/** Each bundled region's index chunk (src/generated/bundle-indexes.h5.ts imports ./region-data/<path>), and the build's first region. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function regionIndexChunks(compilation: any, manifest: DataManifest, publicPath = '/'): { byRegion: Record<string, string>; first: string } {
  const byRequest = chunksByRequest(compilation, publicPath)
  const byRegion: Record<string, string> = {}
  for (const region of manifest.regions) {
    const files = region.bundled ? byRequest.get(`./region-data/${region.files.index.path}`) : undefined
    if (files?.length === 1) byRegion[region.id] = files[0]
  }
  return { byRegion, first: manifest.regions[0].id }
}

/**
 * The inline script: ES5, a few hundred bytes; page files listed once and referred to by number.
 * g: the region whose index to preload: ?region= when the build bundles it; else, while localStorage
 * is empty (a first visit), the first region; else none.
 */
export function preloadScript(routes: Record<string, string[]>, indexes: { byRegion: Record<string, string>; first: string }): string {
  const files = [...new Set(Object.values(routes).flat())].sort()
  const map = Object.fromEntries(Object.entries(routes).map(([route, list]) => [route, list.map((f) => files.indexOf(f))]))
  const args = [files, map, indexes.byRegion, indexes.first].map((a) => JSON.stringify(a)).join(',')
  return (
    '<script>!function(f,m,x,d){' +
    'function p(h){var l=document.createElement("link");l.rel="preload";l.as="script";l.fetchPriority="low";l.href=h;document.head.appendChild(l)}' +
    'var r=m[location.pathname];if(!r)return;for(var i=0;i<r.length;i++)p(f[r[i]]);' +
    'var g=null;try{var q=/[?&]region=([^&#]*)/.exec(location.search);g=q&&decodeURIComponent(q[1])}catch(e){}' +
    'if(!(g&&Object.prototype.hasOwnProperty.call(x,g))){g=null;try{if(localStorage.length===0)g=d}catch(e){}}' +
    `if(g&&Object.prototype.hasOwnProperty.call(x,g))p(x[g])}(${args})</script>`
  )
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
