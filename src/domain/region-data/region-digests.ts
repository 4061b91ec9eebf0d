/**
 * Remote regions' full digests, which travel apart from the packed manifest (packed-manifest.ts): the
 * build splits them into one file per digest group, and the download code completes a region's refs
 * with its group's file before it verifies anything of that region. A module of its own, so that the
 * completing code is the download code's and not in the page's first script.
 */
import type { DataFileRef, DataManifest, ManifestRegion, PackedDigests } from '../../../types/region-data'
import { digestGroupOf } from './packed-manifest'

const NAME_DIGITS = 16
const FULL_DIGITS = 64

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
  return region.files.index.sha256.length === FULL_DIGITS
}

const completeRef = (ref: DataFileRef, rest: string | undefined): DataFileRef => {
  const sha256 = ref.sha256.length === NAME_DIGITS && rest?.length === FULL_DIGITS - NAME_DIGITS ? ref.sha256 + rest : ref.sha256
  return { ...ref, sha256 }
}

/** A remote region's refs completed with the rest of their digests (from its digest group's file). */
export function withDigests(region: ManifestRegion, rest: readonly string[]): ManifestRegion {
  const { index, search, lifeEvents } = region.files
  return {
    ...region,
    files: { index: completeRef(index, rest[0]), search: completeRef(search, rest[1]), ...(lifeEvents ? { lifeEvents: completeRef(lifeEvents, rest[2]) } : {}) },
  }
}

