/** Which reader a file needs: by its first bytes, then its name, then its text. */
import path from 'node:path'
import { ImportError, type SourceFormat } from './types'

const ZIP = [0x50, 0x4b, 0x03, 0x04]

export function detectFormat(fileName: string, bytes: Buffer, text?: string): SourceFormat {
  const ext = path.extname(fileName).toLowerCase()
  if (bytes.length === 0) throw new ImportError('the file is empty')
  if (ZIP.every((b, i) => bytes[i] === b)) {
    if (ext === '.docx') return 'docx'
    if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx'
    // A zip with another name: look for the part that tells them apart.
    const head = bytes.toString('latin1')
    if (head.includes('word/')) return 'docx'
    if (head.includes('xl/')) return 'xlsx'
    throw new ImportError('the file is a zip archive but neither an .xlsx workbook nor a .docx document')
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-')
    throw new ImportError('the file is a PDF: extract its text first (pdftotext -layout or copy the text), then import the .txt')
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new ImportError('the file is an old Office .xls/.doc: save it as .xlsx or .docx first')
  if (ext === '.html' || ext === '.htm' || ext === '.shtml') return 'html'
  if (ext === '.csv') return 'csv'
  if (ext === '.tsv') return 'tsv'
  const t = text ?? ''
  if (/<(table|html)[\s>]/i.test(t.slice(0, 20000))) return 'html'
  // A text whose lines hold several tab-separated cells is a table (seed 000); otherwise PDF text (seed 004).
  const lines = t.split('\n').filter((l) => l.trim())
  const tabbed = lines.filter((l) => (l.match(/\t/g) ?? []).length >= 3).length
  if (tabbed >= Math.max(3, lines.length * 0.3)) return 'tsv'
  if (ext === '.txt' || ext === '') return 'pdf-text'
  throw new ImportError(`the file type ${ext} is not one the importer reads (.html, .xlsx, .docx, .csv, .tsv, .txt)`)
}
