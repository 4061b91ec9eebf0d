/**
 * Which downloaded region data to keep on the phone. Files are kept per region; when the cache grows
 * past its budget, whole regions go, least recently used first. The region being shown and the
 * regions bundled with the app are never evicted (bundled ones are not in the cache anyway).
 */

export interface CachedFile {
  path: string
  regionId: string
  bytes: number
  /** Epoch ms of the last read or write. */
  usedAt: number
}

/** Bytes the cache may hold: 20 MB, a tenth of WeChat's 200 MB for a mini-program's user files. */
export const DEFAULT_CACHE_BUDGET = 20 * 1024 * 1024

export function cachedBytes(files: readonly CachedFile[]): number {
  return files.reduce((n, f) => n + f.bytes, 0)
}

/** The paths to delete so the rest fits the budget, never touching the pinned regions. */
export function planEviction(files: readonly CachedFile[], budget: number, pinned: ReadonlySet<string>): string[] {
  let total = cachedBytes(files)
  if (total <= budget) return []
  const regions = new Map<string, { usedAt: number; files: CachedFile[] }>()
  for (const f of files) {
    const r = regions.get(f.regionId) ?? { usedAt: 0, files: [] }
    r.usedAt = Math.max(r.usedAt, f.usedAt)
    r.files.push(f)
    regions.set(f.regionId, r)
  }
  const order = [...regions.entries()].filter(([id]) => !pinned.has(id)).sort((a, b) => a[1].usedAt - b[1].usedAt || a[0].localeCompare(b[0]))
  const out: string[] = []
  for (const [, region] of order) {
    if (total <= budget) break
    for (const f of region.files) {
      out.push(f.path)
      total -= f.bytes
    }
  }
  return out
}
