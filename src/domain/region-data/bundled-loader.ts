/**
 * The loader of a build without a data origin: every region is bundled, nothing is downloaded,
 * verified or cached (the app's own files are trusted like its code). Same interface as the
 * downloading loader, so pages and the store do not know which build they are in.
 */
import type { DataManifest, RegionGuidesFile, RegionIndexFile, RegionLifeEventsFile } from '../../../types/region-data'
import { RegionDataError, type BundledFile, type RegionDataLoader } from './contract'

export function createBundledLoader(options: { manifest: DataManifest; bundled: BundledFile }): RegionDataLoader {
  const { manifest } = options
  const region = (id: string) => manifest.regions.find((r) => r.id === id)
  async function file<T>(path: string | undefined, what: string): Promise<T> {
    const bundled = path ? options.bundled(path) : undefined
    if (!bundled) throw new RegionDataError('no-origin', what)
    return (await bundled) as T
  }
  const requireRegion = (id: string) => {
    const r = region(id)
    if (!r) throw new RegionDataError('unknown-region', id)
    return r
  }
  const regionIndex = async (id: string) => file<RegionIndexFile>(requireRegion(id).files.index.path, `${id} index`)
  return {
    init: async () => undefined,
    manifest: () => manifest,
    region,
    province: async () => file(manifest.province.path, 'province index'),
    regionIndex,
    async itemGroup(regionId, itemId) {
      const group = (await regionIndex(regionId)).guides.find((g) => g.itemIds.includes(itemId))
      if (!group) throw new RegionDataError('unknown-item', `${regionId}/${itemId}`)
      return file<RegionGuidesFile>(group.path, `${regionId} group`)
    },
    search: async (regionId) => file(requireRegion(regionId).files.search.path, `${regionId} search`),
    async lifeEvents(regionId) {
      const ref = requireRegion(regionId).files.lifeEvents
      return ref ? file<RegionLifeEventsFile>(ref.path, `${regionId} 一件事`) : null
    },
    prefetchRegion: async () => undefined,
    availableOffline: (regionId) => {
      const r = region(regionId)
      return Boolean(r && options.bundled(r.files.index.path))
    },
    checkForUpdate: async () => 'no-origin',
    pin: () => undefined,
  }
}
