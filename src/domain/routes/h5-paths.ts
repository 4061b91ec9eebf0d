/**
 * The H5 page's short addresses (h5-paths.json; config/index.ts gives them to Taro's router as customRoutes), and
 * the page an address opens. Short, stable and bookmarkable; the static server falls back to index.html.
 */
import paths from './h5-paths.json'
import { PAGES, query } from './index'

/** By page path (PAGES); a JSON file, because config/index.ts reads it too (Taro compiles only config/). */
export const H5_PATHS: Record<string, string | string[]> = paths

/** The page path an H5 address opens (short or full), or null. */
export function pageOfH5Path(pathname: string): string | null {
  const path = pathname.replace(/\/+$/, '') || '/'
  for (const [page, short] of Object.entries(H5_PATHS)) {
    if (page === path || (Array.isArray(short) ? short.includes(path) : short === path)) return page
  }
  return null
}

/**
 * Where the H5 router sends an address it has no route for (platform redirectUnknownPages). A page's own
 * path, such as a mini-program path pasted into a browser (`/pages/home/index`,
 * `/packages/guide/pages/item/index?region=bijie&id=bj-073`) or a short address with a trailing slash,
 * opens that page with its query: the page exists, under its short address. Anything else opens the one
 * not-found page, which names the address (`/not-found?path=…`). `pathname` and `search` as in
 * window.location (percent-encoded).
 */
export function unknownAddressTarget(pathname: string, search: string): string {
  const page = pageOfH5Path(pathname)
  if (page && page !== PAGES.notFound) return `${page}${search}`
  return `${PAGES.notFound}?${query({ path: `${pathname}${search}` })}`
}
