/**
 * The bundled manifest's packed form (PackedManifest in types/region-data.ts) and back. The data build
 * packs; the app unpacks once at launch. Packing refuses a manifest whose paths do not follow
 * dataFilePath, so the two can never disagree about where a file is.
 */
import { dataFilePath, type DataFileRef, type DataManifest, type ManifestRegion, type PackedManifest, type PackedRef, type PackedRegion } from '../../../types/region-data'

const SYNTHETIC = 1
const BUNDLED = 2

function packRef(ref: DataFileRef, dir: string | null): PackedRef {
  if (ref.path !== dataFilePath(dir, ref.sha256)) throw new Error(`${ref.path} does not follow the naming rule (expected ${dataFilePath(dir, ref.sha256)})`)
  return [ref.bytes, ref.sha256]
}

const unpackRef = ([bytes, sha256]: PackedRef, dir: string | null): DataFileRef => ({ path: dataFilePath(dir, sha256), bytes, sha256 })

export function packManifest(manifest: DataManifest): PackedManifest {
  return {
    schemaVersion: manifest.schemaVersion,
    dataVersion: manifest.dataVersion,
    province: packRef(manifest.province, null),
    regions: manifest.regions.map((r): PackedRegion => {
      const flags = (r.synthetic ? SYNTHETIC : 0) | (r.bundled ? BUNDLED : 0)
      const row: PackedRegion = [r.id, r.name, r.parent, r.dataVersion, flags, r.bytes, packRef(r.files.index, r.id), packRef(r.files.search, r.id)]
      if (r.files.lifeEvents) row.push(packRef(r.files.lifeEvents, r.id))
      return row
    }),
  }
}

export function unpackManifest(packed: PackedManifest): DataManifest {
  return {
    schemaVersion: packed.schemaVersion,
    dataVersion: packed.dataVersion,
    province: unpackRef(packed.province, null),
    regions: packed.regions.map(([id, name, parent, dataVersion, flags, bytes, index, search, lifeEvents]): ManifestRegion => ({
      id,
      name,
      parent,
      dataVersion,
      synthetic: (flags & SYNTHETIC) !== 0,
      bundled: (flags & BUNDLED) !== 0,
      bytes,
      files: { index: unpackRef(index, id), search: unpackRef(search, id), ...(lifeEvents ? { lifeEvents: unpackRef(lifeEvents, id) } : {}) },
    })),
  }
}
