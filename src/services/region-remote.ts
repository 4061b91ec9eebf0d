/**
 * The remote source with the platform's cache and download, and the public keys this build accepts
 * (TARO_APP_DATA_KEYS, "id:hex,id:hex": README "数据签名"). On H5 this module is the chunk that carries
 * all the download code (services/region-data.ts).
 */
import type { DataManifest } from '../../types/region-data'
import { fromEntries } from '../domain/collections'
import { openRemoteSource } from '../domain/region-data/remote/source'
import type { BundledFiles, DataCache } from '../domain/region-data/source'
import { regionDataOnPhoneKey } from '../domain/storage/keys'
import { fetchDataText, openRegionDataCache } from '../platform/region-data'
import { readStoredValue, writeStored } from './storage'

export function acceptedKeys(list = process.env.TARO_APP_DATA_KEYS ?? ''): Record<string, string> {
  return fromEntries(
    list
      .split(',')
      .filter(Boolean)
      .map((entry) => entry.trim().split(':') as [string, string]),
  )
}

export async function openAppRemoteSource(manifest: DataManifest, origin: string, bundled: BundledFiles) {
  const cache = await openRegionDataCache()
  const marked: DataCache = {
    ...cache,
    async write(key, text) {
      await cache.write(key, text)
      // The next launch opens this source at once, to adopt what is kept (services/region-data.ts).
      if (!readStoredValue(regionDataOnPhoneKey).value) writeStored(regionDataOnPhoneKey, true)
    },
  }
  return openRemoteSource({ manifest, origin, keys: acceptedKeys(), fetchText: fetchDataText, cache: marked, bundled })
}
