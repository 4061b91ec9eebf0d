/**
 * weapp: no first-open path. The downloading loader is in the main package there (weapp loads no code
 * on demand), so a shared guide waits for nothing by going through it; H5: first-open-kit.h5.ts.
 */
import type { FirstOpenKit } from '../domain/region-data/deferred-loader'
import type { RegionDigests } from '../domain/region-data/region-digests'

export const openFirstOpenKit: ((digestsOf: RegionDigests) => Promise<FirstOpenKit>) | undefined = undefined
