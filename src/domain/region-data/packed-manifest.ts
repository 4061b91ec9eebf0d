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
import { dataFilePath, FILE_NAME_DIGITS } from '../../../types/policy'
import type { DataFileRef, DataManifest, ManifestRegion, PackedDigests, PackedManifest, PackedRef, PackedRegion } from '../../../types/region-data'

const SYNTHETIC = 1
const BUNDLED = 2


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
      const index = packRef(r.files.index, r.id)
      const search = packRef(r.files.search, r.id)
      const lifeEvents = r.files.lifeEvents ? ([packRef(r.files.lifeEvents, r.id)] as const) : ([] as const)
      if (!r.bundled) {
        digests[r.id] = [r.dataVersion, r.bytes, [index[0], index[1].slice(FILE_NAME_DIGITS)], search, ...lifeEvents]
        return [r.id, r.name, r.parent, flags, r.rowsPerGroup, index[1].slice(0, FILE_NAME_DIGITS)]
      }
      return [r.id, r.name, r.parent, flags, r.rowsPerGroup, r.dataVersion, r.bytes, index, search, ...lifeEvents]
    }),
  }
  return { packed, digests }
}

/**
 * The manifest as packed. A remote region names its index (16 digits of its digest) and lists nothing
 * else: no length, size or data version, its other files UNLISTED, until region-digests.ts completes it.
 */
export function unpackManifest(packed: PackedManifest): DataManifest {
  const ref = ([bytes, sha256]: PackedRef, dir: string | null): DataFileRef => ({ path: dataFilePath(dir, sha256), bytes, sha256 })
  return {
    schemaVersion: packed.schemaVersion,
    dataVersion: packed.dataVersion,
    province: ref(packed.province, null),
    regions: packed.regions.map((row): ManifestRegion => {
      const [id, name, parent, flags, rowsPerGroup] = row
      const head = { id, name, parent, synthetic: (flags & SYNTHETIC) !== 0, bundled: (flags & BUNDLED) !== 0, rowsPerGroup }
      if (row.length === 6) return { ...head, dataVersion: '', bytes: 0, files: { index: ref([0, row[5]], id), search: UNLISTED_REF } }
      const [, , , , , dataVersion, bytes, index, search, lifeEvents] = row
      return { ...head, dataVersion, bytes, files: { index: ref(index, id), search: ref(search, id), ...(lifeEvents ? { lifeEvents: ref(lifeEvents, id) } : {}) } }
    }),
  }
}
