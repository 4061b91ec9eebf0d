/**
 * What the app and the platform agree on about region data, without the download machinery: the
 * errors a citizen reads, the cache and download interfaces, and the loader's interface. A build with
 * no data origin imports only this and the bundled loader (services/region-data.ts), so none of the
 * hashing, schemas or cache code reaches its bundles.
 */
import type {
  DataManifest,
  ManifestRegion,
  ProvinceIndexFile,
  RegionGuidesFile,
  RegionIndexFile,
  RegionLifeEventsFile,
  RegionSearchFile,
} from '../../../types/region-data'

export type RegionDataErrorKind = 'unknown-region' | 'unknown-item' | 'no-origin' | 'download' | 'tampered' | 'invalid'

/** What the citizen reads when region data cannot be had; every one offers 重试 where retrying can help. */
export const REGION_DATA_MESSAGES: Record<RegionDataErrorKind, string> = {
  'unknown-region': '没有这个地区的数据，可能地区已调整。',
  'unknown-item': '这个地区的数据里没有这个事项，可能已被调整或合并。',
  'no-origin': '这个地区的数据没有随应用提供，本版本也没有设置下载地址。',
  download: '地区数据下载失败，请检查网络后重试。已保存的收藏和材料清单不受影响。',
  tampered: '下载的地区数据校验未通过（可能传输出错或被改动），已丢弃，没有使用。请重试。',
  invalid: '下载的地区数据格式不对，已丢弃，没有使用。请稍后重试。',
}

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

  /** Whether 重试 can help (a network fault or a damaged download), as opposed to a bad link. */
  get retryable(): boolean {
    return this.kind === 'download' || this.kind === 'tampered' || this.kind === 'invalid'
  }
}

/** Text files kept on the phone, by key (a data file's path, or one of the loader's own records). */
export interface DataCache {
  read(key: string): Promise<string | null>
  write(key: string, text: string): Promise<void>
  remove(key: string): Promise<void>
}

/** GET url as text; rejects on any network or HTTP failure. */
export type FetchText = (url: string, options: { fresh: boolean }) => Promise<string>

/** A file shipped inside the app, by its path in the manifest (already parsed; trusted like the code). */
export type BundledFile = (path: string) => Promise<unknown> | undefined

export interface RegionDataLoader {
  /** Reads the phone's records: adopts a newer manifest downloaded at an earlier launch. Call once. */
  init(): Promise<void>
  manifest(): DataManifest
  region(regionId: string): ManifestRegion | undefined
  province(): Promise<ProvinceIndexFile>
  regionIndex(regionId: string): Promise<RegionIndexFile>
  /** The guide group holding an item's guide and transcription. */
  itemGroup(regionId: string, itemId: string): Promise<RegionGuidesFile>
  search(regionId: string): Promise<RegionSearchFile>
  /** The region's 一件事 and eligibility data; null for a region that has none. */
  lifeEvents(regionId: string): Promise<RegionLifeEventsFile | null>
  /** Downloads whatever of a region is not on the phone yet, so it works offline. */
  prefetchRegion(regionId: string): Promise<void>
  /** True when every file of the region is bundled or cached. */
  availableOffline(regionId: string): boolean
  /** Looks for a newer manifest; downloads it for the regions in use; it applies from the next launch. */
  checkForUpdate(): Promise<'none' | 'staged' | 'no-origin' | 'failed'>
  /** The region shown now: never evicted. */
  pin(regionId: string | null): void
  /**
   * A page will need this item's group: start downloading what can be asked for already (a remote
   * region's index and the group under its link name, policy.ts groupLinkPath). Nothing is trusted
   * before the usual checks. Optional: loaders that fetch nothing ahead leave it out.
   */
  warmItem?(regionId: string, itemId: string): void
}

/**
 * A text's JSON, or undefined when it is not JSON. Nothing more is checked: a caller uses the value
 * only once a digest vouches for the text (a file the data build validated, or one checked before it
 * was cached), or, unverified, only to decide what to download (deferred-loader.ts warmItem).
 */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
