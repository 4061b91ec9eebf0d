/**
 * The downloading loader, for builds with a data origin (TARO_APP_DATA_ORIGIN): fetch, verify, cache.
 * services/region-data.ts requires this module only in such builds, so a default build carries none
 * of it (no hashing, schemas, IndexedDB wrapper or file-system code).
 */
import type { DataManifest } from '../../types/region-data'
import type { BundledFile, DataCache, RegionDataLoader } from '../domain/region-data/contract'
import { createRegionDataLoader } from '../domain/region-data/loader'
import { fetchDataText, openRegionDataCache } from '../platform/region-data'

function lazyCache(): DataCache {
  let opened: Promise<DataCache> | undefined
  const cache = () => (opened ??= openRegionDataCache())
  return {
    read: async (key) => (await cache()).read(key),
    write: async (key, text) => (await cache()).write(key, text),
    remove: async (key) => (await cache()).remove(key),
  }
}

export function createRemoteLoader(manifest: DataManifest, origin: string, bundled: BundledFile): RegionDataLoader {
  return createRegionDataLoader({ manifest, origin, fetchText: fetchDataText, cache: lazyCache(), bundled })
}
