/**
 * The bundled manifest's packed form (PackedManifest in types/region-data.ts) and back. The data build
 * packs; the app unpacks once at launch. Packing refuses a manifest whose paths do not follow
 * dataFilePath, so the two can never disagree about where a file is.
 *
 * The full digests of remote regions' files are kept apart (PackedDigests): only the download code
 * needs them, to verify what it downloads, so on H5 they travel with that code and not in the page's
 * first script. Unpacked without them, a remote ref names its file (path, bytes) but its sha256 holds
 * only the 16 hex digits of the name: a loader given that could never accept a download (fail-safe).
 */
import { dataFilePath } from '../../../types/policy'
import type { DataFileRef, DataManifest, ManifestRegion, PackedDigests, PackedManifest, PackedRef, PackedRegion } from '../../../types/region-data'

const SYNTHETIC = 1
const BUNDLED = 2

const NAME_DIGITS = 16

function packRef(ref: DataFileRef, dir: string | null, digests: PackedDigests | null): PackedRef {
  if (ref.path !== dataFilePath(dir, ref.sha256)) throw new Error(`${ref.path} does not follow the naming rule (expected ${dataFilePath(dir, ref.sha256)})`)
  if (!digests) return [ref.bytes, ref.sha256]
  digests.push(ref.sha256.slice(NAME_DIGITS))
  return [ref.bytes, ref.sha256.slice(0, NAME_DIGITS)]
}

/** Packs a manifest: bundled regions and the province index in full, remote regions' digests apart. */
export function packManifest(manifest: DataManifest): { packed: PackedManifest; digests: PackedDigests } {
  const digests: PackedDigests = []
  const packed: PackedManifest = {
    schemaVersion: manifest.schemaVersion,
    dataVersion: manifest.dataVersion,
    province: packRef(manifest.province, null, null),
    regions: manifest.regions.map((r): PackedRegion => {
      const flags = (r.synthetic ? SYNTHETIC : 0) | (r.bundled ? BUNDLED : 0)
      const apart = r.bundled ? null : digests
      const row: PackedRegion = [r.id, r.name, r.parent, r.dataVersion, flags, r.bytes, packRef(r.files.index, r.id, apart), packRef(r.files.search, r.id, apart)]
      if (r.files.lifeEvents) row.push(packRef(r.files.lifeEvents, r.id, apart))
      return row
    }),
  }
  return { packed, digests }
}

/** The manifest; with `digests`, remote regions' refs carry their full digests too. */
export function unpackManifest(packed: PackedManifest, digests?: PackedDigests): DataManifest {
  let next = 0
  const ref = ([bytes, sha256]: PackedRef, dir: string | null, remote: boolean): DataFileRef => {
    const full = remote && digests ? sha256 + digests[next++] : sha256
    return { path: dataFilePath(dir, full), bytes, sha256: full }
  }
  return {
    schemaVersion: packed.schemaVersion,
    dataVersion: packed.dataVersion,
    province: ref(packed.province, null, false),
    regions: packed.regions.map(([id, name, parent, dataVersion, flags, bytes, index, search, lifeEvents]): ManifestRegion => {
      const remote = (flags & BUNDLED) === 0
      return {
        id,
        name,
        parent,
        dataVersion,
        synthetic: (flags & SYNTHETIC) !== 0,
        bundled: !remote,
        bytes,
        files: { index: ref(index, id, remote), search: ref(search, id, remote), ...(lifeEvents ? { lifeEvents: ref(lifeEvents, id, remote) } : {}) },
      }
    }),
  }
}
