/**
 * The H5 page's short addresses (h5-paths.json; config/index.ts gives them to Taro's router as customRoutes), and
 * the page an address opens. Short, stable and bookmarkable; the static server falls back to index.html.
 */
import paths from './h5-paths.json'

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
