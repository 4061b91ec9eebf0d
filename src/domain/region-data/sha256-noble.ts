/**
 * SHA-256 by @noble/hashes (audited, dependency-free): what weapp verifies downloads with (WeChat's
 * engine has no Web Crypto), what H5 falls back to where Web Crypto is missing, and what tests use.
 */
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex } from '@noble/hashes/utils'
import { utf8ToBytes, type Sha256 } from './integrity'

export const nobleSha256: Sha256 = async (bytes) => bytesToHex(sha256(bytes))

/** Hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
