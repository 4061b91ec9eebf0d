/**
 * Integrity of downloaded data files: each file is named by and listed with its SHA-256 and byte
 * length (types/region-data.ts), and nothing is used before both match. The digest comes from
 * @noble/hashes (audited, dependency-free, runs in WeChat's JavaScript engine and browsers alike);
 * no hand-written crypto.
 */
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils'

export interface ExpectedFile {
  bytes: number
  sha256: string
}

export type IntegrityProblem = 'size' | 'digest'

/** Hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/** null when the text is exactly the listed file; otherwise what is wrong with it. */
export function checkIntegrity(text: string, expected: ExpectedFile): IntegrityProblem | null {
  const bytes = utf8ToBytes(text)
  if (bytes.length !== expected.bytes) return 'size'
  return bytesToHex(sha256(bytes)) === expected.sha256 ? null : 'digest'
}
