/** H5: the downloading loader (hashing, schemas, IndexedDB) is its own chunk, fetched on first need. */
import type { DataManifest } from '../../types/region-data'
import type { BundledFile, FetchText, RegionDataLoader } from '../domain/region-data/contract'
import type { RegionDigests } from '../domain/region-data/region-digests'

export function openRemoteLoader(manifest: DataManifest, origin: string, bundled: BundledFile, fetchText: FetchText, digestsOf: RegionDigests): Promise<RegionDataLoader> {
  return import(/* webpackChunkName: "region-download" */ './region-data-remote').then((m) => m.createRemoteLoader(manifest, origin, bundled, fetchText, digestsOf))
}
