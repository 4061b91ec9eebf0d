/**
 * The app's region data: the build's manifest, the files bundled with the app, and the loader that
 * fetches, verifies and caches the rest (domain/region-data). Each package registers the bundled files
 * it carries when it loads: region indexes here (main package), guide groups in the guide subpackage,
 * search files in the search subpackage.
 *
 * Without TARO_APP_DATA_ORIGIN (the default build) there is no cache and no download: nothing here ever
 * touches the network or the file system.
 */
import type { DataManifest } from '../../types/region-data'
import { createRegionDataLoader, type DataCache } from '../domain/region-data'
import { fetchDataText, openRegionDataCache } from '../platform/region-data'
import { bundledIndexFiles } from '../generated/bundle-indexes'
import manifestFile from '../generated/region-data/manifest.json'

export const buildManifest = manifestFile as unknown as DataManifest

/** Set at build time (config/index.ts); empty: this build never downloads. */
export const DATA_ORIGIN: string | null = (process.env.TARO_APP_DATA_ORIGIN ?? '').replace(/\/+$/, '') || null

const syncFiles = new Map<string, unknown>()
const lazyFiles = new Map<string, () => Promise<unknown>>()

/** Called by each package with the bundled files it carries (required at once, or loaded on demand). */
export function registerBundledFiles(sync: Record<string, unknown>, lazy: Record<string, () => Promise<unknown>> = {}): void {
  for (const [path, value] of Object.entries(sync)) syncFiles.set(path, value)
  for (const [path, load] of Object.entries(lazy)) lazyFiles.set(path, load)
}

registerBundledFiles(bundledIndexFiles)

/** A bundled file that is already in memory (no promise, no tick): first renders use these. */
export function bundledNow<T>(path: string): T | undefined {
  return syncFiles.get(path) as T | undefined
}

function lazyCache(): DataCache {
  let opened: Promise<DataCache> | undefined
  const cache = () => (opened ??= openRegionDataCache())
  return {
    read: async (key) => (await cache()).read(key),
    write: async (key, text) => (await cache()).write(key, text),
    remove: async (key) => (await cache()).remove(key),
  }
}

const noCache: DataCache = { read: async () => null, write: async () => undefined, remove: async () => undefined }

export const regionLoader = createRegionDataLoader({
  manifest: buildManifest,
  origin: DATA_ORIGIN,
  fetchText: fetchDataText,
  cache: DATA_ORIGIN ? lazyCache() : noCache,
  bundled: (path) => {
    if (syncFiles.has(path)) return Promise.resolve(syncFiles.get(path))
    return lazyFiles.get(path)?.()
  },
})
