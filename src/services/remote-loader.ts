/**
 * Opens the downloading loader. weapp loads no code on demand, so there it is in the main package
 * of builds with a data origin (required here); H5 fetches it as its own chunk (remote-loader.h5.ts).
 */
import type { DataManifest } from '../../types/region-data'
import type { BundledFile, FetchText, RegionDataLoader } from '../domain/region-data/contract'
import type { RegionDigests } from '../domain/region-data/region-digests'
import { createRemoteLoader } from './region-data-remote'

export function openRemoteLoader(manifest: DataManifest, origin: string, bundled: BundledFile, fetchText: FetchText, digestsOf: RegionDigests): Promise<RegionDataLoader> {
  return Promise.resolve(createRemoteLoader(manifest, origin, bundled, fetchText, digestsOf))
}
