/**
 * What a first open of a remote region's shared guide needs to use its index and group the moment
 * they arrive, before the downloading loader (domain/region-data/deferred-loader.ts FirstOpenKit):
 * the region completed with its digests, and the SHA-256 check. On H5 a chunk of its own
 * (first-open-kit.h5.ts), fetched beside the files themselves.
 */
import type { FirstOpenKit } from '../domain/region-data/deferred-loader'
import { checkIntegrity } from '../domain/region-data/integrity'
import { completeWith, type RegionDigests } from '../domain/region-data/region-digests'
import { platformSha256 } from '../platform/sha256'

export function createFirstOpenKit(digestsOf: RegionDigests): FirstOpenKit {
  return {
    complete: completeWith(digestsOf),
    verify: async (text, ref) => (await checkIntegrity(text, ref, platformSha256)) === null,
  }
}
