/** H5: the downloading loader (hashing, schemas, IndexedDB) is its own chunk, fetched on first need. */
import type { BundledFile, FetchText, RegionDataLoader } from '../domain/region-data/contract'

export function openRemoteLoader(origin: string, bundled: BundledFile, fetchText: FetchText): Promise<RegionDataLoader> {
  return import(/* webpackChunkName: "region-download" */ './region-data-remote').then((m) => m.createRemoteLoader(origin, bundled, fetchText))
}
