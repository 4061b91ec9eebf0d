/** H5: the first-open kit (first-open.ts) is a small chunk, fetched when a remote region is first opened. */
import type { FirstOpenKit } from '../domain/region-data/deferred-loader'
import type { RegionDigests } from '../domain/region-data/region-digests'

export const openFirstOpenKit: ((digestsOf: RegionDigests) => Promise<FirstOpenKit>) | undefined = (digestsOf) =>
  import(/* webpackChunkName: "region-first-open" */ './first-open').then((m) => m.createFirstOpenKit(digestsOf))
