/**
 * Where a page's region data comes from: one interface, two implementations chosen at build time.
 *  - bundled.ts: every region ships inside the app (the default build); nothing is downloaded.
 *  - remote/source.ts: regions not bundled come from the data origin (TARO_APP_DATA_ORIGIN), under a
 *    signed manifest, verified, cached and evicted.
 * Each serves the same files by kind and key. A file kind is a key of RegionFiles; a per-region kind
 * other than a guide group is named in the manifest under the same key (ManifestRegion.files).
 */
import { REGION_FILE_KINDS, type DataFileRef, type DataManifest, type RegionFileKind, type RegionFiles, type RegionIndexFile } from '../../../types/region-data'

export type { RegionFileKind, RegionFiles }

export type RegionDataErrorKind =
  'unknown-region' | 'unknown-item' | 'no-origin' | 'download' | 'tampered' | 'invalid' | 'signature' | 'unknown-key' | 'rollback' | 'unsupported'

/** What the citizen reads when region data cannot be had; the boundary offers 重试 where it can help. */
export const REGION_DATA_MESSAGES: Record<RegionDataErrorKind, string> = {
  'unknown-region': '没有这个地区的数据，可能地区已调整。',
  'unknown-item': '这个地区的数据里没有这个事项，可能已被调整或合并。',
  'no-origin': '这个地区的数据没有随应用提供，本版本也没有设置下载地址。',
  download: '地区数据下载失败，请检查网络后重试。已保存的收藏和材料清单不受影响。',
  tampered: '下载的地区数据校验未通过（可能传输出错或被改动），已丢弃，没有使用。请重试。',
  invalid: '下载的地区数据格式不对，已丢弃，没有使用。请稍后重试。',
  signature: '地区数据的签名不对，可能被改动过，已拒绝使用。手机上已有的数据和收藏不受影响，请稍后重试。',
  'unknown-key': '地区数据的签名来自本应用不认识的密钥，已拒绝使用。手机上已有的数据不受影响，请稍后重试或更新小程序。',
  rollback: '下载到的地区数据比手机上的旧，已拒绝使用。手机上已有的数据不受影响，请稍后重试。',
  unsupported: '这台手机的系统版本较旧，无法校验下载的地区数据，只能使用随应用提供的地区。可以拨打 12333 咨询。',
}

/** The line shown above a page whose data is past its expiry date (it is still used: freeze). */
export const OUTDATED_NOTICE = '地区数据已过有效期，可能不是最新，请以窗口或 12333 答复为准；联网后会自动更新。'

export class RegionDataError extends Error {
  constructor(
    readonly kind: RegionDataErrorKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`)
    this.name = 'RegionDataError'
  }

  get citizenMessage(): string {
    return REGION_DATA_MESSAGES[this.kind]
  }

  /** Whether 重试 can help (a network fault, a damaged or refused download), as opposed to a bad link. */
  get retryable(): boolean {
    return !['unknown-region', 'unknown-item', 'no-origin', 'unsupported'].includes(this.kind)
  }
}

export interface RegionSource {
  /** The manifest in use: every region this build knows. */
  manifest(): DataManifest
  /** A file by kind and key; null for a file the region does not have (一件事). */
  load<K extends RegionFileKind>(kind: K, key: string): Promise<RegionFiles[K] | null>
  /** The same file when it is already in memory (bundled on weapp): first renders need no tick. */
  now<K extends RegionFileKind>(kind: K, key: string): RegionFiles[K] | null | undefined
  /** True when every file of the region is bundled or cached. */
  availableOffline(regionId: string): boolean
  /** The region shown now: never evicted; its other files download in the background for offline use. */
  keepOffline(regionId: string): Promise<void>
  /** The manifest in use is past its expiry date (its data is still used). */
  outdated(): boolean
}

/**
 * Where a file is listed (REGION_FILE_KINDS): the manifest, the region's entry in it, or the region's
 * index (a guide group: the one listing the item), which `index` gives when it has it: without it the
 * answer is undefined (not known yet). null: an optional file the region does not have.
 */
export function refOf(
  manifest: DataManifest,
  kind: RegionFileKind,
  key: string,
  index: (regionId: string) => RegionIndexFile | null | undefined,
): DataFileRef | null | undefined {
  const { listedIn } = REGION_FILE_KINDS[kind]
  if (listedIn === 'manifest') return manifest.province
  const [regionId, itemId] = key.split('/')
  const region = manifest.regions.find((r) => r.id === regionId)
  if (!region) throw new RegionDataError('unknown-region', regionId)
  if (listedIn === 'region') return region.files[kind as keyof typeof region.files] ?? null
  const guides = index(regionId)?.guides
  if (!guides) return undefined
  const group = guides.find((g) => g.itemIds.includes(itemId))
  if (!group) throw new RegionDataError('unknown-item', key)
  return group
}

/** The same, loading the region's index first when the kind is listed there. */
export async function loadRef(
  manifest: DataManifest,
  kind: RegionFileKind,
  key: string,
  load: (regionId: string) => Promise<RegionIndexFile | null>,
): Promise<DataFileRef | null> {
  const index = REGION_FILE_KINDS[kind].listedIn === 'index' ? await load(key.split('/')[0]) : null
  return refOf(manifest, kind, key, () => index) ?? null
}

/** Text files kept on the phone, by key (a data file's path, or one of the source's own records). */
export interface DataCache {
  read(key: string): Promise<string | null>
  write(key: string, text: string): Promise<void>
  remove(key: string): Promise<void>
}

/** GET url as text; rejects on any network or HTTP failure. */
export type FetchText = (url: string, options: { fresh: boolean }) => Promise<string>

/** Files shipped inside the app, by manifest path: required with the code (weapp) or a chunk each (H5). */
export interface BundledFiles {
  /** The file when it is in memory already. */
  now(path: string): unknown
  /** The file, loaded if need be; undefined when the app does not ship it. */
  load(path: string): Promise<unknown> | undefined
}
