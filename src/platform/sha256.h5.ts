/**
 * H5: SHA-256 by the browser's Web Crypto (crypto.subtle, in every browser the app supports, on https
 * and on 127.0.0.1), so the download code carries no hashing code. Where it is missing (a page served
 * over plain http), @noble/hashes is fetched as a small chunk of its own and does the same work.
 */
import type { Sha256 } from '../domain/region-data/integrity'

const hex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')

export const platformSha256: Sha256 = (bytes) => {
  const subtle = typeof crypto === 'undefined' ? undefined : crypto.subtle
  if (subtle) return subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>).then(hex)
  return import(/* webpackChunkName: "sha256-noble" */ '../domain/region-data/sha256-noble').then((m) => m.nobleSha256(bytes))
}
