/**
 * The app's region data: the build's manifest, the files bundled with the app, and the loader that
 * fetches, verifies and caches the rest (domain/region-data). Each package registers the bundled files
 * it carries when it loads: region indexes here (main package; on H5 the guide groups too, as lazy
 * chunks), guide groups in the guide subpackage (weapp), search files in the search subpackage.
 *
 * Without TARO_APP_DATA_ORIGIN (the default build) there is no cache and no download: nothing here ever
 * touches the network or the file system.
 */
import type { ManifestRegion, PackedDigests, PackedManifest, PackedRemoteRest } from '../../types/region-data'
import { createBundledLoader } from '../domain/region-data/bundled-loader'
import { createDeferredLoader } from '../domain/region-data/deferred-loader'
import { regionDataOnPhoneKey } from '../domain/storage/keys'
import type { BundledFile, RegionDataLoader } from '../domain/region-data/contract'
import type { FirstOpenKit } from '../domain/region-data/deferred-loader'
import { bundledGroupsByNumber, bundledIndexFiles, bundledIndexFilesLazy } from '../generated/bundle-indexes'
import { guideGroupNumber, itemRow } from '../../types/policy'
import packedManifest from '../generated/bundle-manifest.json'
import { digestGroupOf, unpackManifest } from '../domain/region-data/packed-manifest'
import { digestGroups } from '../generated/bundle-digests'
import { fetchDataText } from '../platform/fetch-text'
import { readStoredValue } from './storage'

/** The build's manifest as the app starts from it (remote regions' digests are the download code's: packed-manifest.ts). */
export const buildManifest = unpackManifest(packedManifest as unknown as PackedManifest)

declare const __webpack_public_path__: string
/** Where the app's own files are served from (H5: webpack's public path; the digest files sit there). */
const APP_PUBLIC_PATH = typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : '/'

/** Set at build time (config/index.ts); empty: this build never downloads. */
export const DATA_ORIGIN: string | null = (process.env.TARO_APP_DATA_ORIGIN ?? '').replace(/\/+$/, '') || null

const syncFiles = new Map<string, unknown>()
const lazyFiles = new Map<string, () => Promise<unknown>>()

/** Called by each package with the bundled files it carries (required at once, or loaded on demand). */
export function registerBundledFiles(sync: Record<string, unknown>, lazy: Record<string, () => Promise<unknown>> = {}): void {
  for (const [path, value] of Object.entries(sync)) syncFiles.set(path, value)
  for (const [path, load] of Object.entries(lazy)) lazyFiles.set(path, load)
}

registerBundledFiles(bundledIndexFiles, bundledIndexFilesLazy)

/** A bundled file that is already in memory (no promise, no tick): first renders use these. */
export function bundledNow<T>(path: string): T | undefined {
  return syncFiles.get(path) as T | undefined
}

/**
 * Starts loading the bundled guide group that holds an item (H5, where groups are lazy chunks), before
 * its region's index says which group that is: the item's seed row tells (types/policy.ts). Nothing
 * to do on weapp or for a remote region.
 */
export function warmBundledGroupOf(regionId: string, itemId: string): void {
  const region = buildManifest.regions.find((r) => r.id === regionId)
  const row = itemRow(itemId)
  const path = region && row !== null ? bundledGroupsByNumber[regionId]?.[guideGroupNumber(row, region.rowsPerGroup)] : undefined
  if (path) void bundledFile(path)?.catch(() => undefined)
}

const bundledFile: BundledFile = (path) => {
  if (syncFiles.has(path)) return Promise.resolve(syncFiles.get(path))
  return lazyFiles.get(path)?.()
}

/**
 * A remote region's full digests: its digest group's file (a city and its counties). weapp requires
 * them with the download code; on H5 the file sits beside the app's chunks under a content-hashed name
 * (as trusted as the code, from the same server) and is fetched as soon as the region is asked for.
 */
const digestGroupLoads = new Map<string, Promise<PackedDigests>>()
function regionDigests(region: ManifestRegion): Promise<PackedRemoteRest | undefined> {
  const key = digestGroupOf(region)
  const entry = digestGroups[key]
  if (entry === undefined) return Promise.resolve(undefined)
  if (typeof entry !== 'string') return Promise.resolve(entry[region.id])
  let load = digestGroupLoads.get(key)
  if (!load) {
    load = fetchDataText(`${APP_PUBLIC_PATH}${entry}`, { fresh: false }).then((text) => JSON.parse(text) as PackedDigests)
    load.catch(() => digestGroupLoads.delete(key))
    digestGroupLoads.set(key, load)
  }
  return load.then((group) => group[region.id])
}

/** The first-open check (H5 only: first-open-kit[.h5].ts), loaded once when first needed. */
function firstOpenOf(open: ((digestsOf: typeof regionDigests) => Promise<FirstOpenKit>) | undefined): (() => Promise<FirstOpenKit>) | undefined {
  if (!open) return undefined
  let kit: Promise<FirstOpenKit> | undefined
  return () => (kit ??= open(regionDigests))
}

/**
 * The loader: with a data origin, one that opens the downloading loader when it is first needed
 * (domain/region-data/deferred-loader.ts; the require is behind a build-time constant, so webpack
 * leaves the download code out of builds without an origin); otherwise the bundled-only one.
 */
export const regionLoader: RegionDataLoader = process.env.TARO_APP_DATA_ORIGIN
  ? createDeferredLoader({
      manifest: buildManifest,
      bundled: bundledFile,
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      open: (fetchText) => (require('./remote-loader') as typeof import('./remote-loader')).openRemoteLoader(buildManifest, DATA_ORIGIN!, bundledFile, fetchText, regionDigests),
      origin: DATA_ORIGIN!,
      warmDigests: (region) => void regionDigests(region).catch(() => undefined),
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      firstOpen: firstOpenOf((require('./first-open-kit') as typeof import('./first-open-kit')).openFirstOpenKit),
      fetchText: fetchDataText,
      dataOnPhone: () => readStoredValue(regionDataOnPhoneKey).value,
    })
  : createBundledLoader({ manifest: buildManifest, bundled: bundledFile })
