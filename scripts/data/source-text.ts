/**
 * A region's source file as text, for the phone rule: a number in the data must be 12333, 12345 or
 * printed verbatim in mock-data/<region>/source/. Read as the importer reads it (one home for every
 * format: scripts/import/source-text.ts). Text files are decoded in process; .xlsx and .docx go through
 * the importer's exceljs and mammoth readers, which are asynchronous, in a child process, so
 * loadDataFiles stays synchronous. A file that cannot be read holds no number we could vouch for.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { decodeText } from '../import/decode'

const READER = path.resolve(__dirname, '..', 'import', 'source-text.ts')

export function sourceFileText(bytes: Buffer): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), READER], { input: bytes, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return result.status === 0 ? result.stdout : ''
  }
  try {
    return decodeText(bytes).text
  } catch {
    return ''
  }
}
