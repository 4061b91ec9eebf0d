/**
 * The bundled manifest's packed form (PackedManifest in types/region-data.ts) and back. The data build
 * packs; the app unpacks once at launch. Packing refuses a manifest whose paths do not follow
 * dataFilePath, so the two can never disagree about where a file is.
 *
 * Of a remote region the page's first script carries only what launch needs: its name, place, size
 * and index file name (to ask for the index at once). The rest (the index digest's other 48 digits,
 * the search and 一件事 refs: PackedDigests) is kept apart, in one small file per digest group (a city
 * and its counties): only the download code needs it, for the regions it downloads
 * (region-digests.ts completes a region with it). Unpacked without it, a remote region names its index
 * but its sha256 holds only the 16 digits of the name, and its other refs are UNLISTED: a loader given
 * that could never accept a download (fail-safe).
 */
import { dataFilePath } from '../../../types/policy'
import type { DataFileRef, DataManifest, ManifestRegion, PackedDigests, PackedManifest, PackedRef, PackedRegion } from '../../../types/region-data'

const SYNTHETIC = 1
const BUNDLED = 2

const NAME_DIGITS = 16

/** A remote region's search or 一件事 ref before its digest group's file is in: names no file, matches nothing. */
export const UNLISTED_REF: DataFileRef = { path: '', bytes: 0, sha256: '' }

function packRef(ref: DataFileRef, dir: string | null): PackedRef {
  if (ref.path !== dataFilePath(dir, ref.sha256)) throw new Error(`${ref.path} does not follow the naming rule (expected ${dataFilePath(dir, ref.sha256)})`)
  return [ref.bytes, ref.sha256]
}

/** Which digest file holds a region's rest: its city's (a city region is its own). */
export function digestGroupOf(region: Pick<ManifestRegion, 'id' | 'parent'>): string {
  return region.parent ?? region.id
}

/** Packs a manifest: bundled regions and the province index in full, remote regions' rest apart. */
export function packManifest(manifest: DataManifest): { packed: PackedManifest; digests: PackedDigests } {
  const digests: PackedDigests = {}
  const packed: PackedManifest = {
    schemaVersion: manifest.schemaVersion,
    dataVersion: manifest.dataVersion,
    province: packRef(manifest.province, null),
    regions: manifest.regions.map((r): PackedRegion => {
      const flags = (r.synthetic ? SYNTHETIC : 0) | (r.bundled ? BUNDLED : 0)
      const [indexBytes, indexSha] = packRef(r.files.index, r.id)
      if (!r.bundled) {
        const search = packRef(r.files.search, r.id)
        digests[r.id] = r.files.lifeEvents ? [indexSha.slice(NAME_DIGITS), search, packRef(r.files.lifeEvents, r.id)] : [indexSha.slice(NAME_DIGITS), search]
        return [r.id, r.name, r.parent, r.dataVersion, flags, r.bytes, r.rowsPerGroup, [indexBytes, indexSha.slice(0, NAME_DIGITS)]]
      }
      const row: PackedRegion = [r.id, r.name, r.parent, r.dataVersion, flags, r.bytes, r.rowsPerGroup, [indexBytes, indexSha], packRef(r.files.search, r.id)]
      if (r.files.lifeEvents) row.push(packRef(r.files.lifeEvents, r.id))
      return row
    }),
  }
  return { packed, digests }
}

/** The manifest as packed: remote regions name their index (16 digits of its digest) and list nothing else. */
export function unpackManifest(packed: PackedManifest): DataManifest {
  const ref = ([bytes, sha256]: PackedRef, dir: string | null): DataFileRef => ({ path: dataFilePath(dir, sha256), bytes, sha256 })
  return {
    schemaVersion: packed.schemaVersion,
    dataVersion: packed.dataVersion,
    province: ref(packed.province, null),
    regions: packed.regions.map(
      ([id, name, parent, dataVersion, flags, bytes, rowsPerGroup, index, search, lifeEvents]): ManifestRegion => ({
        id,
        name,
        parent,
        dataVersion,
        synthetic: (flags & SYNTHETIC) !== 0,
        bundled: (flags & BUNDLED) !== 0,
        bytes,
        rowsPerGroup,
        files: { index: ref(index, id), search: search ? ref(search, id) : UNLISTED_REF, ...(lifeEvents ? { lifeEvents: ref(lifeEvents, id) } : {}) },
      }),
    ),
  }
}
