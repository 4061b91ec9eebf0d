/**
 * The bundled manifest's packed form (PackedManifest in types/region-data.ts) and back. The data build
 * packs; the app unpacks once at launch. Packing refuses a manifest whose paths do not follow
 * dataFilePath, so the two can never disagree about where a file is.
 *
 * The full digests of remote regions' files are kept apart (PackedDigests), in one small file per
 * digest group (a city and its counties): only the download code needs them, to verify what it
 * downloads, and only for the regions it downloads. On H5 each group is its own chunk, so neither the
 * page's first script nor the download code carries a hundred regions' digests. Unpacked without
 * them, a remote ref names its file (path, bytes) but its sha256 holds only the 16 hex digits of the
 * name: a loader given that could never accept a download (fail-safe). region-digests.ts completes it.
 */
import { dataFilePath } from '../../../types/policy'
import type { DataFileRef, DataManifest, ManifestRegion, PackedDigests, PackedManifest, PackedRef, PackedRegion } from '../../../types/region-data'

const SYNTHETIC = 1
const BUNDLED = 2

const NAME_DIGITS = 16

function packRef(ref: DataFileRef, dir: string | null, rest: string[] | null): PackedRef {
  if (ref.path !== dataFilePath(dir, ref.sha256)) throw new Error(`${ref.path} does not follow the naming rule (expected ${dataFilePath(dir, ref.sha256)})`)
  if (!rest) return [ref.bytes, ref.sha256]
  rest.push(ref.sha256.slice(NAME_DIGITS))
  return [ref.bytes, ref.sha256.slice(0, NAME_DIGITS)]
}

/** Which digest file holds a region's digests: its city's (a city region is its own). */
export function digestGroupOf(region: Pick<ManifestRegion, 'id' | 'parent'>): string {
  return region.parent ?? region.id
}

/** Packs a manifest: bundled regions and the province index in full, remote regions' digests apart. */
export function packManifest(manifest: DataManifest): { packed: PackedManifest; digests: PackedDigests } {
  const digests: PackedDigests = {}
  const packed: PackedManifest = {
    schemaVersion: manifest.schemaVersion,
    dataVersion: manifest.dataVersion,
    province: packRef(manifest.province, null, null),
    regions: manifest.regions.map((r): PackedRegion => {
      const flags = (r.synthetic ? SYNTHETIC : 0) | (r.bundled ? BUNDLED : 0)
      const rest = r.bundled ? null : (digests[r.id] = [])
      const row: PackedRegion = [r.id, r.name, r.parent, r.dataVersion, flags, r.bytes, packRef(r.files.index, r.id, rest), packRef(r.files.search, r.id, rest)]
      if (r.files.lifeEvents) row.push(packRef(r.files.lifeEvents, r.id, rest))
      return row
    }),
  }
  return { packed, digests }
}

/** The manifest as packed: remote regions' refs name their files but carry 16 digits of their digests. */
export function unpackManifest(packed: PackedManifest): DataManifest {
  const ref = ([bytes, sha256]: PackedRef, dir: string | null): DataFileRef => ({ path: dataFilePath(dir, sha256), bytes, sha256 })
  return {
    schemaVersion: packed.schemaVersion,
    dataVersion: packed.dataVersion,
    province: ref(packed.province, null),
    regions: packed.regions.map(
      ([id, name, parent, dataVersion, flags, bytes, index, search, lifeEvents]): ManifestRegion => ({
        id,
        name,
        parent,
        dataVersion,
        synthetic: (flags & SYNTHETIC) !== 0,
        bundled: (flags & BUNDLED) !== 0,
        bytes,
        files: { index: ref(index, id), search: ref(search, id), ...(lifeEvents ? { lifeEvents: ref(lifeEvents, id) } : {}) },
      }),
    ),
  }
}
