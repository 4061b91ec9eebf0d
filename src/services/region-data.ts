/**
 * The app's region source, chosen at build time (domain/region-data/source.ts):
 *  - without TARO_APP_DATA_ORIGIN (the default build), the bundled source: nothing here ever touches
 *    the network or the file system;
 *  - with one, the remote source (domain/region-data/remote/), opened when first needed: on H5 it is
 *    one lazily loaded chunk (./region-remote.ts), on weapp it is required (weapp loads no code on demand).
 * Bundled files: each package registers the ones it carries when it loads (region indexes here; on
 * weapp guide groups in the guide subpackage and search files in the search subpackage; on H5 every
 * file is its own chunk, listed here).
 */
import type { DataManifest } from '../../types/region-data'
import { createBundledSource } from '../domain/region-data/bundled'
import type { BundledFiles, RegionSource } from '../domain/region-data/source'
import { regionDataOnPhoneKey } from '../domain/storage/keys'
import { bundledIndexFiles, bundledIndexFilesLazy } from '../generated/bundle-indexes'
import manifest from '../generated/bundle-manifest.json'
import { readStoredValue } from './storage'

/** The manifest the build was made with. */
export const buildManifest = manifest as DataManifest

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

export const bundledFiles: BundledFiles = {
  now: (path) => syncFiles.get(path),
  load: (path) => (syncFiles.has(path) ? Promise.resolve(syncFiles.get(path)) : lazyFiles.get(path)?.()),
}

/** Serves what the app ships at once, in every build. */
export const bundledSource: RegionSource = createBundledSource(buildManifest, bundledFiles)

/**
 * The remote source's module. Plain if/else on build-time constants: webpack drops the other branches
 * (and what they import), so a build without an origin carries none of the download code.
 */
function remoteModule(): Promise<typeof import('./region-remote')> {
  if (!process.env.TARO_APP_DATA_ORIGIN) return Promise.reject(new Error('this build has no data origin'))
  else if (process.env.TARO_ENV === 'h5') return import(/* webpackChunkName: "region-remote" */ './region-remote')
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  else return Promise.resolve(require('./region-remote') as typeof import('./region-remote'))
}

let remote: Promise<RegionSource> | undefined
/** The remote source, opened once (a failed open, e.g. H5 offline before its chunk came, is tried again). */
function openRemote(): Promise<RegionSource> {
  remote ??= remoteModule()
    .then((m) => m.openAppRemoteSource(buildManifest, DATA_ORIGIN!, bundledFiles))
    .catch((error) => {
      remote = undefined
      throw error
    })
  return remote
}

let opened: RegionSource | undefined

/**
 * The source for a file: the remote one when this build has an origin and the file is not one the app
 * ships, or when data from the origin is kept on the phone (a newer manifest may be adopted); else
 * the bundled one, which a default build only ever uses.
 */
export async function sourceFor(regionId: string | null): Promise<RegionSource> {
  if (!DATA_ORIGIN) return bundledSource
  const shipped = regionId === null || buildManifest.regions.some((r) => r.id === regionId && r.bundled)
  if (shipped && !opened && !readStoredValue(regionDataOnPhoneKey).value) return bundledSource
  return (opened = await openRemote())
}

/** The source open now (synchronous reads: the regions known, offline availability, expiry). */
export function currentSource(): RegionSource {
  return opened ?? bundledSource
}
