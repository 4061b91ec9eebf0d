/**
 * Per-region data files for a static data origin, content-addressed, with their manifest
 * (formats in types/region-data.ts; README "省级规模").
 *
 * Pure: takes the validated dataset and its derived index, returns file texts by path. The build
 * writes them; tests check them in memory.
 */
import { createHash, createPrivateKey, sign } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CatalogueItem, GuideFile } from '../../types/catalogue'
import type { CatalogueIndex, RegionIndex } from '../../types/generated'
import { itemRow } from '../../src/domain/catalogue/item-id'
import {
  REGION_DATA_SCHEMA_VERSION,
  type DataFileRef,
  type DataManifest,
  type GuideGroupRef,
  type ManifestRegion,
  type ProvinceIndexFile,
  type RegionGuidesFile,
  type RegionIndexFile,
  type RegionLifeEventsFile,
  type RegionSearchFile,
  type SignedManifest,
} from '../../types/region-data'
import type { LifeEventsBundle } from '../../types/life-events'
import { buildRegionSearchIndex, buildSearchIndex, syllablesOf } from './search-index'
import type { Dataset } from './validate'

/** A guide group holds at most this many seed rows (so guides), and no more bytes (raw JSON) unless it is one row. */
export const GROUP_MAX_GUIDES = 8
export const GROUP_MAX_BYTES = 32 * 1024

export const DEFAULT_BUNDLED_REGIONS = ['hami', 'bijie']

/** Where a file lives, relative to manifest.json: its directory (a region id, or none) and its SHA-256's first 16 hex digits. */
export function dataFilePath(dir: string | null, sha256: string): string {
  return `${dir ? `${dir}/` : ''}${sha256.slice(0, 16)}.json`
}

/** Which guide group holds a seed row: groups are runs of `rowsPerGroup` rows (rows 1 to rowsPerGroup are group 0). */
export function guideGroupNumber(row: number, rowsPerGroup: number): number {
  return Math.floor((row - 1) / rowsPerGroup)
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export interface RegionDataOutput {
  manifest: DataManifest
  /** Every file but manifest.json, by path relative to the origin root. */
  files: Map<string, string>
}

export interface RegionDataOptions {
  /** Regions shipped inside the app build; every one must exist. */
  bundled: readonly string[]
  /** Each region's 一件事 and eligibility data (scripts/data/build.ts deriveLifeEventsBundle); a file per region that has any. */
  lifeEvents?: LifeEventsBundle
  /** The release number (DATA_RELEASE; default: the build's time in seconds): phones refuse a lower one. */
  version?: number
  /** The last day the data is current (DATA_EXPIRES, YYYY-MM-DD; default: a year after the build). */
  expires?: string
}

function addFile(files: Map<string, string>, dir: string | null, value: unknown): DataFileRef {
  const text = JSON.stringify(value)
  const sha256 = sha256Hex(text)
  const file = dataFilePath(dir, sha256)
  files.set(file, text)
  return { path: file, bytes: Buffer.byteLength(text), sha256 }
}

type GuideGroup = { number: number; guides: Record<string, GuideFile>; items: Record<string, CatalogueItem>; bytes: number }

/**
 * Items grouped by runs of seed rows (policy.ts guideGroupNumber), so that an item's group follows
 * from its id: the most rows per group (at most GROUP_MAX_GUIDES) for which no group holds more than
 * GROUP_MAX_BYTES, or one row per group. Groups are in catalogue order; a run with no item is none.
 */
export function groupGuides(
  region: RegionIndex,
  details: Map<string, CatalogueItem>,
  guides: Map<string, GuideFile>,
): { rowsPerGroup: number; groups: GuideGroup[] } {
  const sized = region.items.map((item) => {
    const detail = details.get(item.id)!
    const guide = item.guideId ? guides.get(item.guideId) : undefined
    return { item, detail, guide, detailBytes: Buffer.byteLength(JSON.stringify(detail)), guideBytes: guide ? Buffer.byteLength(JSON.stringify(guide)) : 0 }
  })
  const group = (rowsPerGroup: number): GuideGroup[] => {
    const groups: GuideGroup[] = []
    for (const { item, detail, guide, detailBytes, guideBytes } of sized) {
      // By the number the id carries (the app computes the group from the id), which a re-import may keep apart from the row.
      const number = guideGroupNumber(itemRow(item.id) ?? detail.row, rowsPerGroup)
      let current = groups.find((g) => g.number === number)
      if (!current) groups.push((current = { number, guides: {}, items: {}, bytes: 0 }))
      current.items[item.id] = detail
      current.bytes += detailBytes
      // A duplicated row shares its original's guide: counted once per group.
      if (guide && !current.guides[item.guideId!]) {
        current.guides[item.guideId!] = guide
        current.bytes += guideBytes
      }
    }
    return groups
  }
  for (let rowsPerGroup = GROUP_MAX_GUIDES; rowsPerGroup > 1; rowsPerGroup--) {
    const groups = group(rowsPerGroup)
    if (groups.every((g) => g.bytes <= GROUP_MAX_BYTES)) return { rowsPerGroup, groups }
  }
  return { rowsPerGroup: 1, groups: group(1) }
}

export function deriveRegionData(dataset: Dataset, index: CatalogueIndex, options: RegionDataOptions): RegionDataOutput {
  const known = new Set(index.regions.map((r) => r.id))
  const unknown = options.bundled.filter((id) => !known.has(id))
  if (unknown.length > 0) throw new Error(`bundled region(s) ${unknown.join(', ')} not in the data (regions: ${[...known].slice(0, 8).join(', ')}…)`)
  const bundled = new Set(options.bundled)
  const details = new Map(dataset.catalogues.flatMap((c) => c.items.map((i) => [i.id, i] as const)))
  const prefixes = new Map(dataset.catalogues.map((c) => [c.region.id, c.region.idPrefix]))
  const files = new Map<string, string>()
  const envelope = (r: RegionIndex) => ({ schemaVersion: REGION_DATA_SCHEMA_VERSION as 1, regionId: r.id, dataVersion: r.dataVersion })

  const regions: ManifestRegion[] = index.regions.map((region) => {
    const { groups } = groupGuides(region, details, dataset.guides)
    const guides: GuideGroupRef[] = groups.map((g) => {
      const file: RegionGuidesFile = { ...envelope(region), kind: 'region-guides', guides: g.guides, items: g.items }
      return { ...addFile(files, region.id, file), guideIds: Object.keys(g.guides), itemIds: Object.keys(g.items) }
    })
    const indexRef = addFile(files, region.id, { ...envelope(region), kind: 'region-index', guides, region } satisfies RegionIndexFile)
    const searchFile: RegionSearchFile = { ...envelope(region), kind: 'region-search', search: buildRegionSearchIndex(region, dataset) }
    const searchRef = addFile(files, region.id, searchFile)
    const events = options.lifeEvents?.regions[region.id]
    const lifeEventsRef =
      events && (events.events.length > 0 || Object.keys(events.eligibility).length > 0)
        ? addFile(files, region.id, { ...envelope(region), kind: 'region-life-events', ...events } satisfies RegionLifeEventsFile)
        : undefined
    const refs: ManifestRegion['files'] = { index: indexRef, search: searchRef, ...(lifeEventsRef ? { lifeEvents: lifeEventsRef } : {}) }
    return {
      id: region.id,
      name: region.name,
      ...(region.nameInferred ? { nameInferred: true as const, ...(region.nameNote ? { nameNote: region.nameNote } : {}) } : {}),
      parent: region.parent ?? null,
      dataVersion: region.dataVersion,
      synthetic: region.synthetic === true,
      bundled: bundled.has(region.id),
      bytes: [...Object.values(refs), ...guides].reduce((n, f) => n + f.bytes, 0),
      files: refs,
    }
  })

  const province = addFile(files, null, deriveProvinceIndex(dataset, index, regions, prefixes, details))
  const digests = [province.sha256, ...regions.flatMap((r) => Object.values(r.files).map((f) => f.sha256))]
  const manifest: DataManifest = {
    schemaVersion: REGION_DATA_SCHEMA_VERSION,
    version: options.version ?? Math.floor(Date.now() / 1000),
    expires: options.expires ?? new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10),
    dataVersion: sha256Hex(digests.join('\n')).slice(0, 16),
    province,
    regions,
  }
  return { manifest, files }
}

/** The guide groups of a region, read back from its index file. */
export function guideGroupsOf(output: RegionDataOutput, region: ManifestRegion): GuideGroupRef[] {
  return (JSON.parse(output.files.get(region.files.index.path)!) as RegionIndexFile).guides
}

function deriveProvinceIndex(
  dataset: Dataset,
  index: CatalogueIndex,
  regions: ManifestRegion[],
  prefixes: Map<string, string>,
  details: Map<string, CatalogueItem>,
): ProvinceIndexFile {
  const names: ProvinceIndexFile['names'] = []
  const nameIndex = new Map<string, number>()
  const nameOf = (text: string) => {
    let i = nameIndex.get(text)
    if (i === undefined) {
      i = names.push({ t: text, p: syllablesOf(text) }) - 1
      nameIndex.set(text, i)
    }
    return i
  }
  const itemName = new Map<string, number>()
  const provinceRegions = index.regions.map((region, k) => {
    const rows: number[] = new Array(region.items.length)
    for (const item of region.items) {
      const n = nameOf(item.name)
      itemName.set(item.id, n)
      rows[details.get(item.id)!.row - 1] = n
    }
    const p = syllablesOf(region.name)
    return {
      id: region.id,
      name: region.name,
      p,
      i: p
        .split(' ')
        .map((s) => s[0] ?? '')
        .join(''),
      parent: region.parent ?? null,
      dataVersion: region.dataVersion,
      synthetic: region.synthetic === true,
      bundled: regions[k].bundled,
      idPrefix: prefixes.get(region.id)!,
      bytes: regions[k].bytes,
      names: rows,
    }
  })
  const aliases = dataset.aliases.aliases.map((a) => {
    const ids = [...new Set(a.itemIds.map((id) => itemName.get(id)).filter((n): n is number => n !== undefined))]
    return { t: a.term, p: syllablesOf(a.term), names: ids }
  })
  // Search across regions: every region's 一件事, and the words search understands (one copy for all regions).
  const { events, lang } = buildSearchIndex(index, dataset)
  return {
    schemaVersion: REGION_DATA_SCHEMA_VERSION,
    kind: 'province-index',
    names,
    aliases: aliases.filter((a) => a.names.length > 0),
    regions: provinceRegions,
    events,
    lang,
  }
}

/**
 * manifest.json as the origin serves it: the manifest's text signed with Ed25519 (README "数据签名").
 * `privateKey`: 64 hex digits (the key's 32-byte seed); `keyId` names the public key the app accepts.
 */
export function signManifest(manifest: DataManifest, privateKey: string, keyId: string): SignedManifest {
  const text = JSON.stringify(manifest)
  // Node's own Ed25519 (the app verifies with @noble/ed25519): the 32-byte seed in a PKCS#8 envelope.
  const key = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(privateKey, 'hex')]),
    format: 'der',
    type: 'pkcs8',
  })
  return { keyId, signature: sign(null, Buffer.from(text, 'utf8'), key).toString('hex'), manifest: text }
}

/** Writes the origin folder afresh: every file, then manifest.json (signed when a key is given). Returns the bytes written. */
export function writeRegionData(
  outDir: string,
  output: RegionDataOutput,
  only?: (file: string) => boolean,
  key?: { privateKey: string; keyId: string },
): number {
  rmSync(outDir, { recursive: true, force: true })
  let total = 0
  for (const [file, text] of output.files) {
    if (only && !only(file)) continue
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    writeFileSync(path.join(outDir, file), text)
    total += Buffer.byteLength(text)
  }
  const manifest = JSON.stringify(key ? signManifest(output.manifest, key.privateKey, key.keyId) : output.manifest)
  mkdirSync(outDir, { recursive: true })
  writeFileSync(path.join(outDir, 'manifest.json'), manifest)
  return total + Buffer.byteLength(manifest)
}
