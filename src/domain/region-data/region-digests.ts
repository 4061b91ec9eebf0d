/**
 * What of a remote region travels apart from the packed manifest (packed-manifest.ts): its data
 * version and size, its index's length and digest's other 48 digits, its search and 一件事 refs. The build splits it into one file per digest
 * group, and the download code completes a region with its group's file before it loads anything of
 * that region. A module of its own, so that the
 * completing code is the download code's and not in the page's first script.
 */
import { dataFilePath, FILE_NAME_DIGITS, SHA256_HEX_DIGITS } from '../../../types/policy'
import type { DataFileRef, DataManifest, ManifestRegion, PackedDigests, PackedRef, PackedRemoteRest } from '../../../types/region-data'
import { digestGroupOf } from './packed-manifest'


/** The remote regions' digests split by digest group: what the build writes, one file per group. */
export function digestGroups(manifest: DataManifest, digests: PackedDigests): Map<string, PackedDigests> {
  const groups = new Map<string, PackedDigests>()
  for (const region of manifest.regions) {
    const rest = digests[region.id]
    if (!rest) continue
    const key = digestGroupOf(region)
    groups.set(key, { ...groups.get(key), [region.id]: rest })
  }
  return groups
}

/** Whether a region's refs carry their whole digests (bundled, fetched, or completed by withDigests). */
export function hasFullDigests(region: ManifestRegion): boolean {
  return region.files.index.sha256.length === SHA256_HEX_DIGITS
}

/**
 * A remote region completed with its rest (from its digest group's file): data version, size, its
 * index's length and the other 48 digits of its digest, the search and 一件事 refs. A rest that does not
 * fit the region's index name leaves the index unable to verify anything.
 */
export function withDigests(region: ManifestRegion, rest: PackedRemoteRest): ManifestRegion {
  const [dataVersion, bytes, [indexBytes, indexRest], search, lifeEvents] = rest
  const { index } = region.files
  const ref = ([length, sha256]: PackedRef): DataFileRef => ({ path: dataFilePath(region.id, sha256), bytes: length, sha256 })
  const fits = index.sha256.length === FILE_NAME_DIGITS && indexRest.length === SHA256_HEX_DIGITS - FILE_NAME_DIGITS
  return {
    ...region,
    dataVersion,
    bytes,
    files: { index: fits ? { ...index, bytes: indexBytes, sha256: index.sha256 + indexRest } : index, search: ref(search), ...(lifeEvents ? { lifeEvents: ref(lifeEvents) } : {}) },
  }
}

/** A region's rest, from wherever the build put its digest group's file (services/region-data.ts). */
export type RegionDigests = (region: ManifestRegion) => Promise<PackedRemoteRest | undefined>

/** Completes regions from their digest groups' files; a region without a rest stays unable to verify. */
export function completeWith(digestsOf: RegionDigests): (region: ManifestRegion) => Promise<ManifestRegion> {
  return async (region) => {
    const rest = await digestsOf(region)
    return rest ? withDigests(region, rest) : region
  }
}
