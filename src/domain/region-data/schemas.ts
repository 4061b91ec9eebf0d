/**
 * The schemas the downloading loader checks untrusted data against (types/region-data.ts holds the
 * file formats): what it keeps on the phone (stored manifests, usage) and what it downloads under a
 * manifest fetched from the origin. A module of its own, because most launches need none of it: a
 * file listed in the app's own manifest is trusted once its SHA-256 matches (the data build
 * validated those exact bytes), and a phone with nothing kept has nothing to read back. On H5 it is
 * a chunk loaded on first need (services/region-schemas.h5.ts).
 */
import * as v from 'valibot'
import {
  DataManifestSchema,
  ProvinceIndexFileSchema,
  RegionGuidesFileSchema,
  RegionIndexFileSchema,
  RegionLifeEventsFileSchema,
  RegionSearchFileSchema,
} from '../../../types/region-data'

/** A manifest kept on the phone, with the build it was fetched under (an app update supersedes it). */
const StoredManifestSchema = v.strictObject({ build: v.string(), ready: v.boolean(), manifest: DataManifestSchema })

/** What is in the cache, for eviction, and each region's guide groups as its cached index lists them. */
const UsageSchema = v.strictObject({
  v: v.literal(1),
  files: v.array(v.strictObject({ path: v.string(), regionId: v.string(), bytes: v.number(), usedAt: v.number() })),
  /** Each region's guide groups as its cached index lists them, so "available offline" holds across launches. */
  groups: v.optional(v.record(v.string(), v.strictObject({ index: v.string(), paths: v.array(v.string()) }))),
})

export const DATA_SCHEMAS = {
  storedManifest: StoredManifestSchema,
  usage: UsageSchema,
  manifest: DataManifestSchema,
  province: ProvinceIndexFileSchema,
  index: RegionIndexFileSchema,
  guides: RegionGuidesFileSchema,
  search: RegionSearchFileSchema,
  lifeEvents: RegionLifeEventsFileSchema,
}

export type DataSchemas = typeof DATA_SCHEMAS
export type DataKind = keyof DataSchemas
export type DataOf<K extends DataKind> = v.InferOutput<DataSchemas[K]>

/** The value when `text` is JSON of the kind's shape; undefined otherwise. */
export function parseData<K extends DataKind>(kind: K, text: string): DataOf<K> | undefined {
  try {
    const out = v.safeParse(DATA_SCHEMAS[kind], JSON.parse(text))
    return out.success ? (out.output as DataOf<K>) : undefined
  } catch {
    return undefined
  }
}
