/**
 * The downloading loader, for builds with a data origin (TARO_APP_DATA_ORIGIN): fetch, verify, cache.
 * services/region-data.ts reaches this module only in such builds (through remote-loader[.h5].ts: a
 * lazily loaded chunk on H5), so a default build carries none of it (no hashing, schemas, IndexedDB
 * wrapper or file-system code).
 */
import type { DataManifest } from '../../types/region-data'
import { completeWith, type RegionDigests } from '../domain/region-data/region-digests'
import type { BundledFile, DataCache, FetchText, RegionDataLoader } from '../domain/region-data/contract'
import { createRegionDataLoader } from '../domain/region-data/loader'
import { regionDataOnPhoneKey } from '../domain/storage/keys'
import { openRegionDataCache } from '../platform/region-data'
import { platformSha256 } from '../platform/sha256'
import { openSchemas } from './region-schemas'
import { readStoredValue, writeStored } from './storage'

function lazyCache(): DataCache {
  let opened: Promise<DataCache> | undefined
  const cache = () => (opened ??= openRegionDataCache())
  return {
    read: async (key) => (await cache()).read(key),
    async write(key, text) {
      await (await cache()).write(key, text)
      // The next launch opens this loader at once, to adopt what is kept (services/region-data.ts).
      if (!readStoredValue(regionDataOnPhoneKey).value) writeStored(regionDataOnPhoneKey, true)
    },
    remove: async (key) => (await cache()).remove(key),
  }
}


export function createRemoteLoader(manifest: DataManifest, origin: string, bundled: BundledFile, fetchText: FetchText, digestsOf: RegionDigests): RegionDataLoader {
  return createRegionDataLoader({
    manifest,
    origin,
    fetchText,
    cache: lazyCache(),
    bundled,
    schemas: openSchemas,
    sha256: platformSha256,
    completeRegion: completeWith(digestsOf),
  })
}
