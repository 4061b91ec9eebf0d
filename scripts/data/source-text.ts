/**
 * A region's source file as text, for the phone rule: a number in the data must be 12333, 12345 or
 * printed verbatim in mock-data/<region>/source/. Text files are decoded as the importer decodes them
 * (scripts/import/decode.ts); .xlsx and .docx are zip archives whose XML parts hold the cell text, read
 * here with node:zlib (stored or deflated entries, sizes from the local headers, as Office, exceljs and
 * LibreOffice write them). Synchronous, so loadDataFiles stays synchronous.
 */
import { inflateRawSync } from 'node:zlib'
import { decodeText } from '../import/decode'

function zipXmlText(bytes: Buffer): string {
  const parts: string[] = []
  let at = 0
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50) {
    const flags = bytes.readUInt16LE(at + 6)
    const method = bytes.readUInt16LE(at + 8)
    const size = bytes.readUInt32LE(at + 18)
    const nameLength = bytes.readUInt16LE(at + 26)
    const extraLength = bytes.readUInt16LE(at + 28)
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8')
    const start = at + 30 + nameLength + extraLength
    // Sizes deferred to a data descriptor (flag bit 3) are not in the local header: stop there.
    if (flags & 0x08 && size === 0) break
    const data = bytes.subarray(start, start + size)
    if (name.endsWith('.xml')) {
      try {
        parts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'))
      } catch {
        // A damaged part holds no number we could vouch for.
      }
    }
    at = start + size
  }
  // Text between tags, entities as written: numbers are plain digits and dashes either way.
  return parts.map((xml) => xml.replace(/<[^>]+>/g, ' ')).join('\n')
}

export function sourceFileText(bytes: Buffer): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return zipXmlText(bytes)
  try {
    return decodeText(bytes).text
  } catch {
    return ''
  }
}
