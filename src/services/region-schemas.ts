/**
 * Opens the schema check of untrusted region data (domain/region-data/schemas.ts). weapp loads no code
 * on demand, so there it comes with the download code; on H5 it is a chunk of its own
 * (region-schemas.h5.ts), which a shared guide of a region in the app's own manifest never needs.
 */
import * as schemas from '../domain/region-data/schemas'

export const openSchemas = () => Promise.resolve(schemas)
