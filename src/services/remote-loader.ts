/**
 * Opens the downloading loader. weapp loads no code on demand, so there it is in the main package
 * of builds with a data origin (required here); H5 fetches it as its own chunk (remote-loader.h5.ts).
 */
import type { BundledFile, FetchText, RegionDataLoader } from '../domain/region-data/contract'
import { createRemoteLoader } from './region-data-remote'

export function openRemoteLoader(origin: string, bundled: BundledFile, fetchText: FetchText): Promise<RegionDataLoader> {
  return Promise.resolve(createRemoteLoader(origin, bundled, fetchText))
}
