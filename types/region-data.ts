/**
 * Per-region data files and their manifest: what scripts/data/build.ts writes to the data origin
 * (dist/data/ by default) and what the app fetches, verifies and caches.
 *
 *   manifest.json             SignedManifest: the DataManifest's exact text, its Ed25519 signature and key id
 *   <sha16>.json              ProvinceIndexFile (region names, pinyin, item names for cross-region search)
 *   <regionId>/<sha16>.json   RegionIndexFile | RegionGuidesFile | RegionSearchFile | RegionLifeEventsFile
 *
 * Every file but the manifest is named by the first 16 hex digits of its SHA-256. A reference
 * (DataFileRef) gives the path, the byte length and the full digest, so a client verifies a file
 * before it uses it. Files are minified JSON, UTF-8, no trailing newline; digests are over exactly
 * those bytes. The manifest lists the province index and each region's files (REGION_FILE_KINDS);
 * the index lists its guide groups. A signed manifest therefore vouches for every file.
 *
 * Types and schemas only; every type is inferred from its schema. The app's checks are in src/domain/region-data.
 */
import * as v from 'valibot'
import type { CatalogueItem, GuideFile } from './catalogue'
import type { RegionIndex } from './generated'
import type { LifeEvent, ResolvedEligibility, SharedDocument } from './life-events'
import { REGION_ID_PATTERN, REGION_PREFIX_PATTERN } from './policy'
import type { SearchIndexFile } from '../src/domain/search/types'

export const REGION_DATA_SCHEMA_VERSION = 1

const regionId = v.pipe(v.string(), v.regex(REGION_ID_PATTERN, 'is not a region id'))
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'))
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
/** Relative to the manifest: "hami/3f2a9c0d1e4b5a67.json"; never absolute, never "..". */
const filePath = v.pipe(v.string(), v.regex(/^([a-z0-9-]+\/)?[a-z0-9-]+\.json$/, 'must be a relative path like hami/0123456789abcdef.json'))

/**
 * A part of a region file checked for the fields the app reads, and typed as the data build writes it:
 * the build validated it in full (types/catalogue.ts, types/life-events.ts) and the manifest's SHA-256
 * vouches for the bytes; this check refuses a file of another shape (say, another data build's).
 */
const built = <T>(schema: v.GenericSchema) => schema as unknown as v.GenericSchema<unknown, T>

// ---------------------------------------------------------------------------------------------
// References
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
  /** e: everyday words, c: the catalogue's words for the same need, r: related words (help, not the answer). */
  synonyms: v.array(v.strictObject({ e: shippedWords, c: shippedWords, r: v.optional(shippedWords) })),
  /** Words that never make a query 人社's on their own; complaint and rule words (ranking of 行政处罚 and 公开目录 rows). */
  actions: v.optional(shippedWords),
  complaint: v.optional(shippedWords),
  rule: v.optional(shippedWords),
  departments: v.array(v.strictObject({ id: v.string(), name: v.string(), handles: v.string(), words: shippedWords })),
  /** Lines qualifying a word 人社 shares with another department (医保卡 is the 社会保障卡). */
  notes: v.optional(v.array(v.strictObject({ id: v.string(), words: shippedWords, with: v.optional(shippedWords), note: v.string() }))),
  gaps: v.array(
    v.strictObject({ id: v.string(), need: v.string(), words: shippedWords, coveredBy: v.optional(shippedWords), anyRow: v.optional(v.literal(true)) }),
  ),
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
  region: built<RegionIndex>(
    v.looseObject({
      id: regionId,
      name: v.string(),
      items: v.array(v.looseObject({ id: v.string(), name: v.string(), regionId, guideId: v.nullable(v.string()) })),
      categories: v.array(v.looseObject({ name: v.string(), itemIds: v.array(v.string()) })),
      themes: v.array(v.looseObject({ id: v.string(), itemIds: v.array(v.string()) })),
      hotlines: v.array(v.looseObject({ id: v.string(), number: v.string() })),
      venues: v.array(v.looseObject({ id: v.string(), name: v.string() })),
    }),
  ),
})
export type RegionIndexFile = v.InferOutput<typeof RegionIndexFileSchema>

/** A small group of guides (at most 8 items, about 32 KB) with the full transcription of its items. */
export const RegionGuidesFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-guides'),
  /** Guides by guide id (GuideFile of types/catalogue.ts). */
  guides: v.record(v.string(), built<GuideFile>(v.looseObject({ itemId: v.string(), sample: v.boolean(), sections: v.looseObject({}) }))),
  /** Item transcriptions by item id (CatalogueItem of types/catalogue.ts). */
  items: v.record(v.string(), built<CatalogueItem>(v.looseObject({ id: v.string(), name: v.string(), kind: v.string() }))),
})
export type RegionGuidesFile = v.InferOutput<typeof RegionGuidesFileSchema>

/** The region's search keys: a SearchIndexFile with this region only (createSearchEngine reads it; its type is the search engine's, src/domain/search/types.ts). */
export const RegionSearchFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-search'),
  search: built<SearchIndexFile>(
    v.looseObject({
      version: v.literal(1),
      regions: v.pipe(v.array(regionId), v.length(1)),
      categories: v.array(v.strictObject({ t: v.string(), p: v.string() })),
      aliases: v.array(v.strictObject({ t: v.string(), p: v.string(), ids: v.array(count) })),
      docs: v.array(
        v.strictObject({
          id: v.string(),
          r: v.literal(0),
          n: v.string(),
          p: v.string(),
          c: count,
          k: v.string(),
          o: v.optional(v.string()),
          x: v.optional(v.picklist([1, 2])),
        }),
      ),
    }),
  ),
})
export type RegionSearchFile = v.InferOutput<typeof RegionSearchFileSchema>

/** The region's 一件事 (full events and shared documents) and its guides' resolved eligibility (event and finder pages only). */
export const RegionLifeEventsFileSchema = v.strictObject({
  ...envelope,
  kind: v.literal('region-life-events'),
  events: v.array(built<LifeEvent>(v.looseObject({ id: v.string(), name: v.string(), steps: v.array(v.looseObject({ itemId: v.string() })) }))),
  documents: v.array(built<SharedDocument>(v.looseObject({}))),
  eligibility: v.record(v.string(), built<ResolvedEligibility>(v.looseObject({}))),
})
export type RegionLifeEventsFile = v.InferOutput<typeof RegionLifeEventsFileSchema>

// ---------------------------------------------------------------------------------------------
// The kinds of region file: the one table the data build, the bundle modules, the app's sources
// and its store read (README "新增一种地区文件"). A kind's key names one file:
//   listedIn 'manifest'  DataManifest[kind]; key ''
//   listedIn 'region'    DataManifest.regions[].files[kind]; key: the region id
//   listedIn 'index'     the region index's guides (a file per group); key `${regionId}/${itemId}`, the group listing the item
// package: the weapp package that carries a bundled region's files of the kind (on H5 each file is a chunk).
// optional: a region may have none (the app gets null).
// ---------------------------------------------------------------------------------------------

export const REGION_FILE_KINDS = {
  province: { listedIn: 'manifest', package: 'search', schema: ProvinceIndexFileSchema },
  index: { listedIn: 'region', package: 'main', schema: RegionIndexFileSchema },
  group: { listedIn: 'index', package: 'guide', schema: RegionGuidesFileSchema },
  search: { listedIn: 'region', package: 'search', schema: RegionSearchFileSchema },
  lifeEvents: { listedIn: 'region', package: 'guide', schema: RegionLifeEventsFileSchema, optional: true },
} as const satisfies Record<
  string,
  { listedIn: 'manifest' | 'region' | 'index'; package: 'main' | 'guide' | 'search'; schema: v.GenericSchema; optional?: true }
>

type Kinds = typeof REGION_FILE_KINDS
export type RegionFileKind = keyof Kinds
/** Each kind's file, as the app receives it (null: an optional file the region does not have). */
export type RegionFiles = { [K in RegionFileKind]: v.InferOutput<Kinds[K]['schema']> | (Kinds[K] extends { optional: true } ? null : never) }
type ListedIn<Where> = { [K in RegionFileKind]: Kinds[K]['listedIn'] extends Where ? K : never }[RegionFileKind]
export type RegionListedKind = ListedIn<'region'>

/** DataManifest.regions[].files: a reference per kind listed in the region (optional where the kind is). */
const regionFileRefs = {} as {
  [K in RegionListedKind]: Kinds[K] extends { optional: true } ? v.OptionalSchema<typeof DataFileRefSchema, undefined> : typeof DataFileRefSchema
}
for (const [kind, row] of Object.entries(REGION_FILE_KINDS) as [RegionFileKind, Kinds[RegionFileKind]][]) {
  if (row.listedIn === 'region') Object.assign(regionFileRefs, { [kind]: 'optional' in row ? v.optional(DataFileRefSchema) : DataFileRefSchema })
}

// ---------------------------------------------------------------------------------------------
// Manifest
// ---------------------------------------------------------------------------------------------

export const ManifestRegionSchema = v.strictObject({
  id: regionId,
  name: v.pipe(v.string(), v.nonEmpty()),
  /** Present (true) only when the source file does not name the region and the name is inferred (RegionIndex.nameInferred). */
  nameInferred: v.optional(v.literal(true)),
  /** Why the name is inferred, as the region's index says: pages that list regions show it without loading each index. */
  nameNote: v.optional(v.string()),
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
  /** The region's files by kind (REGION_FILE_KINDS listed in 'region'); the guide groups are listed in the index file. */
  files: v.strictObject(regionFileRefs),
})
export type ManifestRegion = v.InferOutput<typeof ManifestRegionSchema>

export const DataManifestSchema = v.strictObject({
  schemaVersion: v.literal(REGION_DATA_SCHEMA_VERSION),
  /** The release number: a phone refuses a manifest with a lower one than it has (rollback). */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Past this day (YYYY-MM-DD, China time) the app still uses the data, saying it may be out of date. */
  expires: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  /** First 16 hex digits of SHA-256 over every listed file's digest: changes when any file changes. */
  dataVersion: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits')),
  province: DataFileRefSchema,
  regions: v.pipe(v.array(ManifestRegionSchema), v.nonEmpty()),
})
export type DataManifest = v.InferOutput<typeof DataManifestSchema>

/**
 * manifest.json on the data origin: the manifest's exact text (signed as UTF-8 bytes, so no
 * canonical form is needed), the Ed25519 signature over it (128 hex digits) and the id of the key
 * that made it (the app keeps a list of accepted public keys by id, so keys can be rotated).
 */
export const SignedManifestSchema = v.strictObject({
  keyId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  signature: v.pipe(v.string(), v.regex(/^[0-9a-f]{128}$/, 'must be 128 lower-case hex digits')),
  manifest: v.string(),
})
export type SignedManifest = v.InferOutput<typeof SignedManifestSchema>
