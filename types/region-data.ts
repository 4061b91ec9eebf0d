/**
 * Per-region data files and their manifest: what scripts/data/build.ts writes to the data origin
 * (dist/data/ by default) and what the app fetches, verifies and caches.
 *
 *   manifest.json             DataManifest (the only file with a fixed name)
 *   <sha16>.json              ProvinceIndexFile (region names, pinyin, item names for cross-region search)
 *   <regionId>/<sha16>.json   RegionIndexFile | RegionGuidesFile | RegionSearchFile
 *
 * Every file but the manifest is named by the first 16 hex digits of its SHA-256. A reference
 * (DataFileRef) gives the path, the byte length and the full digest, so a client verifies a file
 * before it uses it. Files are minified JSON, UTF-8, no trailing newline; digests are over exactly
 * those bytes.
 *
 * Two levels, so the manifest stays small with a hundred regions (it grows by one short entry per
 * region, not by one per file): the manifest references each region's index and search file; the
 * region's index file references its guide groups. A verified index therefore vouches for its groups.
 * Opening a shared guide of a remote region: manifest -> region index -> the one group listing the item.
 *
 * The schemas check the envelope and the fields a client relies on before it trusts the payload
 * further (the digest already proves the payload is what the build wrote). They import nothing from
 * catalogue.ts, so the app can validate fetched JSON without bundling the catalogue schemas.
 */
import * as v from 'valibot'
import type { CatalogueItem, GuideFile } from './catalogue'
import type { RegionIndex } from './generated'
import type { LifeEventsBundle } from './life-events'
import type { SearchIndexFile } from '../src/domain/search/types'
import { REGION_ID_PATTERN, REGION_PREFIX_PATTERN } from './policy'

type RegionLifeEvents = LifeEventsBundle['regions'][string]

export const REGION_DATA_SCHEMA_VERSION = 1
export { dataFilePath } from './policy'

const regionId = v.pipe(v.string(), v.regex(REGION_ID_PATTERN, 'is not a region id'))
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'))
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
/** Relative to the manifest: "hami/3f2a9c0d1e4b5a67.json"; never absolute, never "..". */
const filePath = v.pipe(v.string(), v.regex(/^([a-z0-9-]+\/)?[a-z0-9-]+\.json$/, 'must be a relative path like hami/0123456789abcdef.json'))

// ---------------------------------------------------------------------------------------------
// Manifest
// ---------------------------------------------------------------------------------------------

/** One content-addressed file: where it is (relative to manifest.json), its length and its SHA-256. */
export const DataFileRefSchema = v.strictObject({ path: filePath, bytes: count, sha256 })
export type DataFileRef = v.InferOutput<typeof DataFileRefSchema>

export const GuideGroupRefSchema = v.strictObject({
  path: filePath,
  bytes: count,
  sha256,
  /** The guides in the file (a duplicated row's guide may appear in two groups). */
  guideIds: v.array(v.string()),
  /** The items whose details the file holds: open an item by loading the one group listing it. */
  itemIds: v.pipe(v.array(v.string()), v.nonEmpty()),
})
export type GuideGroupRef = v.InferOutput<typeof GuideGroupRefSchema>

export const ManifestRegionSchema = v.strictObject({
  id: regionId,
  name: v.pipe(v.string(), v.nonEmpty()),
  /** The city a county bureau belongs to; null for a city-level bureau. */
  parent: v.nullable(regionId),
  /** The catalogue's dataVersion (checklists reconcile against it). */
  dataVersion: v.string(),
  /** Generated for scale work (npm run scale:generate), never real. */
  synthetic: v.boolean(),
  /** Shipped inside the app build (TARO_APP_BUNDLED_REGIONS): works offline from the first launch. */
  bundled: v.boolean(),
  /** Bytes to download the whole region: index + every guide group + search (raw). */
  bytes: count,
  /** Seed rows per guide group (policy.ts guideGroupNumber): an item's group follows from its id. */
  rowsPerGroup: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The guide groups are listed in the index file (RegionIndexFile.guides). lifeEvents: the region's 一件事 and eligibility data, where it has any. */
  files: v.strictObject({ index: DataFileRefSchema, search: DataFileRefSchema, lifeEvents: v.optional(DataFileRefSchema) }),
})
export type ManifestRegion = v.InferOutput<typeof ManifestRegionSchema>

export const DataManifestSchema = v.strictObject({
  schemaVersion: v.literal(REGION_DATA_SCHEMA_VERSION),
  /**
   * First 16 hex digits of SHA-256 over the province index's and every region index's and search
   * file's digest, one per line in manifest order. An index digest covers its guide groups' digests,
   * so this changes when any file changes.
   */
  dataVersion: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits')),
  province: DataFileRefSchema,
  regions: v.pipe(v.array(ManifestRegionSchema), v.nonEmpty()),
})
export type DataManifest = v.InferOutput<typeof DataManifestSchema>

/**
 * The manifest as the app bundles it (src/generated/bundle-manifest.json): the same facts in about
 * half the bytes, because a path follows from its digest (dataFilePath) and keys are not repeated.
 * domain/region-data/packed-manifest.ts packs and unpacks it; unpacking gives the DataManifest back.
 */
/** A file's byte length and SHA-256 (its path follows from the digest: dataFilePath). */
export type PackedRef = [bytes: number, sha256: string]
/**
 * What the page's first script does not need of a remote region: its data version and download size,
 * its index's length and the rest of its digest (48 hex digits), its search and 一件事 refs. By region
 * id. The build writes them in one small file per digest group (digestGroupOf: a city with its
 * counties), which the download code loads when a region of that group is opened.
 */
export type PackedRemoteRest = [dataVersion: string, bytes: number, index: PackedRef, search: PackedRef, lifeEvents?: PackedRef]
export type PackedDigests = Record<string, PackedRemoteRest>
/**
 * flags: 1 synthetic, 2 bundled. A bundled region's row carries everything; a remote region's only what
 * launch needs (its name and place, the rule of its groups, its index file's name: the first 16 hex
 * digits of its digest), the rest is in PackedDigests.
 */
export type PackedRegion =
  | [id: string, name: string, parent: string | null, flags: number, rowsPerGroup: number, dataVersion: string, bytes: number, index: PackedRef, search: PackedRef, lifeEvents?: PackedRef]
  | [id: string, name: string, parent: string | null, flags: number, rowsPerGroup: number, indexName: string]
export interface PackedManifest {
  schemaVersion: 1
  dataVersion: string
  province: PackedRef
  regions: PackedRegion[]
}

// ---------------------------------------------------------------------------------------------
// Province index
// ---------------------------------------------------------------------------------------------

export const ProvinceRegionSchema = v.strictObject({
  id: regionId,
  name: v.string(),
  /** Syllables of the name, one per kept character, space-separated ("bi jie shi"). */
  p: v.string(),
  /** Initials, one per kept character ("bjs"). */
  i: v.string(),
  parent: v.nullable(regionId),
  dataVersion: v.string(),
  synthetic: v.boolean(),
  bundled: v.boolean(),
  /** Item id prefix: the item of row r is `${idPrefix}-${String(r).padStart(3, '0')}`. */
  idPrefix: v.pipe(v.string(), v.regex(REGION_PREFIX_PATTERN)),
  /** Bytes to download the whole region (index + guides + search, raw). */
  bytes: count,
  /** names[r - 1] is the index into ProvinceIndexFile.names of the item of row r. */
  names: v.array(count),
})
export type ProvinceRegion = v.InferOutput<typeof ProvinceRegionSchema>

// The search language (mock-data/synonyms.json and departments.json, with the build's vocabulary), built
// by scripts/data/search-vocabulary.ts; the maintainers' files have their own schemas in search-language.ts.
const shippedWords = v.array(v.string())

/** The search language as the app reads it: the segmenter's words, filler, synonyms, routing, homophones. */
export const SearchLanguageSchema = v.strictObject({
  /** Words the query segmenter knows (from the catalogue, by jieba at build time), space-separated; filler, everyday and routing words come on top. */
  words: v.string(),
  filler: shippedWords,
  /** e: everyday words, c: the catalogue's words. */
  synonyms: v.array(v.strictObject({ e: shippedWords, c: shippedWords })),
  departments: v.array(v.strictObject({ id: v.string(), name: v.string(), handles: v.string(), words: shippedWords })),
  gaps: v.array(v.strictObject({ id: v.string(), need: v.string(), words: shippedWords, coveredBy: v.optional(shippedWords) })),
  /**
   * Pinyin of common characters that no indexed name spells, for typos typed by sound (失业今):
   * space-separated groups, each a syllable followed by its characters ("jin今进近").
   */
  homophones: v.string(),
})
export type SearchLanguage = v.InferOutput<typeof SearchLanguageSchema>

export const ProvinceIndexFileSchema = v.strictObject({
  schemaVersion: v.literal(REGION_DATA_SCHEMA_VERSION),
  kind: v.literal('province-index'),
  /** Every distinct item name of the province once: display text (t) and syllables of its normalised text (p). */
  names: v.array(v.strictObject({ t: v.string(), p: v.string() })),
  /** Everyday names (失业金 ...) with the name indexes they stand for, best first. */
  aliases: v.array(v.strictObject({ t: v.string(), p: v.string(), names: v.array(count) })),
  regions: v.pipe(v.array(ProvinceRegionSchema), v.nonEmpty()),
  /** Every region's 一件事 for search (r: index into regions), with its name and everyday words. */
  events: v.optional(v.array(v.strictObject({ id: v.string(), r: count, terms: v.array(v.strictObject({ t: v.string(), p: v.string() })) }))),
  /** The words search understands: segmenter vocabulary, filler, synonyms, routing, homophones. */
  lang: v.optional(SearchLanguageSchema),
})
export type ProvinceIndexFile = v.InferOutput<typeof ProvinceIndexFileSchema>

// ---------------------------------------------------------------------------------------------
// Region files
// ---------------------------------------------------------------------------------------------

const envelope = {
  schemaVersion: v.literal(REGION_DATA_SCHEMA_VERSION),
  regionId,
  dataVersion: v.string(),
}

/** The region's index: exactly one RegionIndex of deriveCatalogueIndex (items, themes, categories, venues, hotlines). */
export const RegionIndexFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-index'),
  /** The region's guide groups, in catalogue order. */
  guides: v.array(GuideGroupRefSchema),
  region: v.looseObject({
    id: regionId,
    name: v.string(),
    items: v.array(v.looseObject({ id: v.string(), name: v.string(), regionId, guideId: v.nullable(v.string()) })),
    categories: v.array(v.looseObject({ name: v.string(), itemIds: v.array(v.string()) })),
    themes: v.array(v.looseObject({ id: v.string(), itemIds: v.array(v.string()) })),
    hotlines: v.array(v.looseObject({ id: v.string(), number: v.string() })),
    venues: v.array(v.looseObject({ id: v.string(), name: v.string() })),
  }),
})
export interface RegionIndexFile {
  schemaVersion: 1
  kind: 'region-index'
  regionId: string
  dataVersion: string
  guides: GuideGroupRef[]
  region: RegionIndex
}

/** A small group of guides (at most 8 items, about 32 KB) with the full transcription of its items. */
export const RegionGuidesFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-guides'),
  /** Guides by guide id (GuideFile of types/catalogue.ts). */
  guides: v.record(v.string(), v.looseObject({ itemId: v.string(), sample: v.boolean(), sections: v.looseObject({}) })),
  /** Item transcriptions by item id (CatalogueItem of types/catalogue.ts). */
  items: v.record(v.string(), v.looseObject({ id: v.string(), name: v.string(), kind: v.string() })),
})
export interface RegionGuidesFile {
  schemaVersion: 1
  kind: 'region-guides'
  regionId: string
  dataVersion: string
  guides: Record<string, GuideFile>
  items: Record<string, CatalogueItem>
}

/** The region's search keys: a SearchIndexFile with this region only (createSearchEngine reads it). */
export const RegionSearchFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-search'),
  search: v.looseObject({
    version: v.literal(1),
    regions: v.pipe(v.array(regionId), v.length(1)),
    categories: v.array(v.strictObject({ t: v.string(), p: v.string() })),
    aliases: v.array(v.strictObject({ t: v.string(), p: v.string(), ids: v.array(count) })),
    docs: v.array(v.strictObject({ id: v.string(), r: v.literal(0), n: v.string(), p: v.string(), c: count, k: v.string(), o: v.optional(v.string()) })),
  }),
})
export interface RegionSearchFile {
  schemaVersion: 1
  kind: 'region-search'
  regionId: string
  dataVersion: string
  search: SearchIndexFile
}

/** The region's 一件事 (full events and shared documents) and its guides' resolved eligibility (event and finder pages only). */
export const RegionLifeEventsFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-life-events'),
  events: v.array(v.looseObject({ id: v.string(), name: v.string(), steps: v.array(v.looseObject({ itemId: v.string() })) })),
  documents: v.array(v.looseObject({})),
  eligibility: v.record(v.string(), v.looseObject({})),
})
export interface RegionLifeEventsFile {
  schemaVersion: 1
  kind: 'region-life-events'
  regionId: string
  dataVersion: string
  events: RegionLifeEvents['events']
  documents: RegionLifeEvents['documents']
  eligibility: RegionLifeEvents['eligibility']
}

export type RegionDataFile = RegionIndexFile | RegionGuidesFile | RegionSearchFile | RegionLifeEventsFile
