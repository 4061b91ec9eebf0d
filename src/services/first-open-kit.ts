/** weapp: the first-open kit comes with the app's code (weapp loads no code on demand). H5: first-open-kit.h5.ts. */
import type { FirstOpenKit } from '../domain/region-data/deferred-loader'
import { createFirstOpenKit } from './first-open'
import type { RegionDigests } from './region-data-remote'

export const openFirstOpenKit = (digestsOf: RegionDigests): Promise<FirstOpenKit> => Promise.resolve(createFirstOpenKit(digestsOf))
