/**
 * What makes downloaded region data trustworthy, with well-kept libraries only (@noble: audited,
 * dependency-free, and they run in WeChat's engine, which has no Web Crypto):
 *  - the manifest is signed with Ed25519 by a key the app accepts (ACCEPTED keys by id: rotation);
 *  - its release number is not lower than the one the phone has (no rollback);
 *  - every other file matches the byte length and full SHA-256 the manifest (or a verified index) lists.
 */
import * as ed from '@noble/ed25519'
import { sha256, sha512 } from '@noble/hashes/sha2'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils'
import * as v from 'valibot'
import { DataManifestSchema, SignedManifestSchema, type DataFileRef, type DataManifest } from '../../../../types/region-data'
import { RegionDataError } from '../source'

// Synchronous SHA-512 for Ed25519: WeChat has no crypto.subtle, and one code path serves both platforms.
ed.hashes.sha512 = (message) => sha512(message) as Uint8Array<ArrayBuffer>

/**
 * A text's UTF-8 bytes. Written out rather than through TextEncoder, which WeChat's JavaScript engine
 * does not provide on every phone the app supports (text encoding, not cryptography).
 */
export function utf8ToBytes(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        i++
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd // a lone surrogate, as TextEncoder encodes it
    if (code < 0x80) out.push(code)
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
  }
  return Uint8Array.from(out)
}

/** True when the text is exactly the listed file (byte length and SHA-256). */
export function matchesRef(text: string, ref: Pick<DataFileRef, 'bytes' | 'sha256'>): boolean {
  const bytes = utf8ToBytes(text)
  return bytes.length === ref.bytes && bytesToHex(sha256(bytes)) === ref.sha256
}

/** Public keys the app accepts, by key id (hex, 32 bytes each). */
export type AcceptedKeys = Record<string, string>

/**
 * The manifest of manifest.json's text, once its signature is good, by an accepted key, and its
 * release is not below `floor` (the highest the phone has). Anything else is refused with the reason.
 */
export function verifyManifest(signedText: string, keys: AcceptedKeys, floor: number): DataManifest {
  let signed: v.InferOutput<typeof SignedManifestSchema>
  try {
    signed = v.parse(SignedManifestSchema, JSON.parse(signedText))
  } catch {
    throw new RegionDataError('invalid', 'manifest.json is not a signed manifest')
  }
  // @noble/ed25519 needs BigInt (iOS 14 and later; babel.config.js keeps older phones parsing the code).
  if (typeof BigInt === 'undefined') throw new RegionDataError('unsupported', 'no BigInt on this phone')
  const key = keys[signed.keyId]
  if (!key) throw new RegionDataError('unknown-key', signed.keyId)
  let good = false
  try {
    good = ed.verify(hexToBytes(signed.signature), utf8ToBytes(signed.manifest), hexToBytes(key))
  } catch {
    good = false
  }
  if (!good) throw new RegionDataError('signature', `manifest signed by ${signed.keyId}`)
  const parsed = v.safeParse(DataManifestSchema, JSON.parse(signed.manifest))
  if (!parsed.success) throw new RegionDataError('invalid', 'the signed manifest has the wrong shape')
  if (parsed.output.version < floor) throw new RegionDataError('rollback', `release ${parsed.output.version} is below ${floor}`)
  return parsed.output
}

/** Whether a manifest is past its expiry day, in China time (UTC+8), whatever the phone's zone. */
export function pastExpiry(manifest: DataManifest, nowMs: number): boolean {
  return new Date(nowMs + 8 * 3600_000).toISOString().slice(0, 10) > manifest.expires
}
