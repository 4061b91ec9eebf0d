/**
 * H5 first screen: the page a link opens starts downloading its own code beside the entry, not after it.
 *
 * Without this, a cold open downloads index.html, then the entry (about 112 KB gzip), runs it (the
 * longest task of the load), and only then asks for the page's chunks (its own and page-common,
 * about 20 KB gzip): a second wave that Lighthouse's trace puts on the path to the largest paint.
 * After the build, a small inline script in index.html reads location.pathname and adds
 * <link rel="preload" as="script" fetchpriority=low> for that route's chunks (from webpack's chunk groups; routes from
 * src/domain/routes/h5-paths.json). Webpack later asks for the same URLs and gets the preloaded files.
 * A browser without preload (iOS before 11.3) ignores the links; an unknown path preloads nothing.
 * Region data chunks are not preloaded: which ones a page needs depends on the stored region, and the
 * app already asks for them at the start of the entry (services/launch-data.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import H5_PATHS from '../src/domain/routes/h5-paths.json'

/** Route (as location.pathname) to the JS files of its page's chunk group, from the compilation. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function routeChunks(compilation: any, publicPath = '/'): Record<string, string[]> {
  const byPage = new Map<string, string[]>()
  for (const group of compilation.chunkGroups) {
    if (group.isInitial?.()) continue
    for (const origin of group.origins ?? []) {
      const page = typeof origin.request === 'string' ? origin.request.replace(/^\./, '') : ''
      if (!(page in H5_PATHS)) continue
      // Not the entry's own chunk, which page groups list too (all styles are extracted into it).
      const chunks = (group.chunks as { files: Set<string>; canBeInitial(): boolean }[]).filter((chunk) => !chunk.canBeInitial())
      const files = chunks.flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith('.js'))
      byPage.set(page, [...new Set([...(byPage.get(page) ?? []), ...files])])
    }
  }
  const routes: Record<string, string[]> = {}
  for (const [page, route] of Object.entries(H5_PATHS)) {
    const files = byPage.get(page)
    if (!files) continue
    for (const r of ([] as string[]).concat(route)) routes[r] = files.map((f) => publicPath + f)
  }
  return routes
}

/** The inline script: ES5, a few hundred bytes; files listed once and referred to by number. */
export function preloadScript(routes: Record<string, string[]>): string {
  const files = [...new Set(Object.values(routes).flat())].sort()
  const map = Object.fromEntries(Object.entries(routes).map(([route, list]) => [route, list.map((f) => files.indexOf(f))]))
  return `<script>!function(f,m){var r=m[location.pathname];if(r)for(var i=0;i<r.length;i++){var l=document.createElement("link");l.rel="preload";l.as="script";l.fetchPriority="low";l.href=f[r[i]];document.head.appendChild(l)}}(${JSON.stringify(files)},${JSON.stringify(map)})</script>`
}

/** Runs after webpack has written the build, before the service worker is generated (its index.html revision). */
export class RoutePreloadPlugin {
  constructor(private readonly outDir: string) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  apply(compiler: any): void {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    compiler.hooks.afterEmit.tap('route-preload', (compilation: any) => {
      const routes = routeChunks(compilation, compilation.outputOptions.publicPath === 'auto' ? '/' : String(compilation.outputOptions.publicPath ?? '/'))
      if (Object.keys(routes).length === 0) throw new Error('route-preload: no page chunk groups found; the app.config import() requests changed?')
      const file = path.join(this.outDir, 'index.html')
      const html = readFileSync(file, 'utf8')
      // After the entry's tags; low priority, so the entry (deferred scripts are low priority too) is never pushed back.
      if (!html.includes('</head>')) throw new Error('route-preload: index.html has no </head>')
      writeFileSync(file, html.replace('</head>', `${preloadScript(routes)}</head>`))
    })
  }
}
