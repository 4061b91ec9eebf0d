/**
 * Bytes to text the way government sites publish it: UTF-8 with or without a BOM, GBK / GB18030.
 * Order: a BOM, then the page's own <meta charset>, then strict UTF-8, then chardet's guess.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { ImportError } from './types'

export interface Decoded {
  text: string
  encoding: string
  /** How the encoding was decided, for the report. */
  how: 'bom' | 'meta' | 'utf-8' | 'detected'
}

function metaCharset(bytes: Buffer): string | null {
  // The head of an HTML page is ASCII whatever its encoding, so a latin1 read finds the meta tag.
  const head = bytes.subarray(0, 4096).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)
  return m ? m[1].toLowerCase() : null
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Text files only: a binary file (NUL bytes) is refused here. */
export function decodeText(bytes: Buffer): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8', how: 'bom' }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'utf-16le', how: 'bom' }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'utf-16be', how: 'bom' }
  if (bytes.subarray(0, 8192).includes(0)) throw new ImportError('the file is binary, not a text table, web page, .xlsx or .docx')
  const meta = metaCharset(bytes)
  if (meta && iconv.encodingExists(meta)) {
    // gb2312 and gbk pages routinely use GB18030 characters; GB18030 reads all three.
    const encoding = /^(gb2312|gbk|x-gbk|gb18030)$/.test(meta) ? 'gb18030' : meta
    return { text: iconv.decode(bytes, encoding), encoding, how: 'meta' }
  }
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8', how: 'utf-8' }
  const guess = (chardet.detect(bytes) ?? '').toLowerCase()
  const encoding = /^(gb|gbk|gb2312|gb18030|big5)/.test(guess) || !iconv.encodingExists(guess) ? (guess.startsWith('big5') ? 'big5' : 'gb18030') : guess
  return { text: iconv.decode(bytes, encoding), encoding, how: 'detected' }
}
