/**
 * The source of a build without a data origin: every region ships inside the app, so nothing is
 * downloaded, verified or cached (the app package is trusted like its code). The remote source uses
 * the same for its bundled regions.
 */
import type { DataManifest, RegionIndexFile } from '../../../types/region-data'
import { RegionDataError, refOf, type BundledFiles, type RegionFileKind, type RegionFiles, type RegionSource } from './source'

export function createBundledSource(manifest: DataManifest, files: BundledFiles): RegionSource {
  const index = (regionId: string) => source.load('index', regionId) as Promise<RegionIndexFile>
  const source: RegionSource = {
    manifest: () => manifest,
    async load(kind, key) {
      const ref = await refOf(manifest, kind, key, index)
      if (!ref) return null
      const file = files.load(ref.path)
      if (!file) throw new RegionDataError('no-origin', ref.path)
      return (await file) as RegionFiles[typeof kind]
    },
    now(kind, key) {
      if (kind === 'province') return files.now(manifest.province.path) as RegionFiles[typeof kind] | undefined
      const [regionId, itemId] = key.split('/')
      const region = manifest.regions.find((r) => r.id === regionId)
      if (!region) return undefined
      if (kind !== 'group') {
        const ref = region.files[kind as Exclude<RegionFileKind, 'group' | 'province'>]
        return ref ? (files.now(ref.path) as RegionFiles[typeof kind] | undefined) : null
      }
      const group = (files.now(region.files.index.path) as RegionIndexFile | undefined)?.guides.find((g) => g.itemIds.includes(itemId))
      return group ? (files.now(group.path) as RegionFiles[typeof kind] | undefined) : undefined
    },
    availableOffline: (regionId) => Boolean(manifest.regions.find((r) => r.id === regionId)?.bundled),
    keepOffline: async () => undefined,
    outdated: () => false,
  }
  return source
}
