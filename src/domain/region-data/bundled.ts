/**
 * The source of a build without a data origin: every region ships inside the app, so nothing is
 * downloaded, verified or cached (the app package is trusted like its code). The remote source uses
 * the same for its bundled regions.
 */
import type { DataManifest } from '../../../types/region-data'
import { RegionDataError, loadRef, refOf, type BundledFiles, type RegionFiles, type RegionSource } from './source'

export function createBundledSource(manifest: DataManifest, files: BundledFiles): RegionSource {
  const source: RegionSource = {
    manifest: () => manifest,
    async load(kind, key) {
      const ref = await loadRef(manifest, kind, key, (regionId) => source.load('index', regionId))
      if (!ref) return null
      const file = files.load(ref.path)
      if (!file) throw new RegionDataError('no-origin', ref.path)
      return (await file) as RegionFiles[typeof kind]
    },
    now(kind, key) {
      try {
        const ref = refOf(manifest, kind, key, (regionId) => source.now('index', regionId))
        return ref && (files.now(ref.path) as RegionFiles[typeof kind] | undefined)
      } catch {
        return undefined // an unknown region or item: the load says which
      }
    },
    availableOffline: (regionId) => Boolean(manifest.regions.find((r) => r.id === regionId)?.bundled),
    keepOffline: async () => undefined,
    outdated: () => false,
  }
  return source
}
