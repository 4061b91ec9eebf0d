/** H5: the schema check of untrusted region data is its own chunk, fetched on first need (region-schemas.ts). */
export const openSchemas = () => import(/* webpackChunkName: "region-schemas" */ '../domain/region-data/schemas')
