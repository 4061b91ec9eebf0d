/**
 * Integrity of downloaded data files: each file is named by and listed with its SHA-256 and byte
 * length (types/region-data.ts), and nothing is used before both match. The digest is the platform's
 * to compute (Sha256, handed in): @noble/hashes (sha256-noble.ts: audited, dependency-free, runs in
 * WeChat's JavaScript engine) or the browser's Web Crypto. No hand-written crypto.
 */

/** Lower-case hex SHA-256 of some bytes. */
export type Sha256 = (bytes: Uint8Array) => Promise<string>

export interface ExpectedFile {
  bytes: number
  sha256: string
}

export type IntegrityProblem = 'size' | 'digest'

/**
 * A text's UTF-8 bytes. Written out rather than through TextEncoder, which WeChat's JavaScript engine
 * does not provide on every phone the app supports (this is text encoding, not cryptography).
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

/** null when the text is exactly the listed file; otherwise what is wrong with it. */
export async function checkIntegrity(text: string, expected: ExpectedFile, sha256: Sha256): Promise<IntegrityProblem | null> {
  const bytes = utf8ToBytes(text)
  if (bytes.length !== expected.bytes) return 'size'
  return (await sha256(bytes)) === expected.sha256 ? null : 'digest'
}
