/**
 * A source file's text as the importer reads it (the .xlsx and .docx readers, the text decoder): every
 * cell's text, one per line. The data build's phone rule looks numbers up in it (scripts/data/source-text.ts
 * runs this file as a child process, because those readers are asynchronous and the data load is not).
 *   tsx scripts/import/source-text.ts < file    prints the text
 */
import { decodeText } from './decode'
import { readDocx } from './extract/docx'
import { readXlsx } from './extract/xlsx'

export async function sourceText(bytes: Buffer): Promise<string> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const head = bytes.toString('latin1')
    const tables = head.includes('word/') ? await readDocx(bytes, 'source') : await readXlsx(bytes, 'source')
    return tables.flatMap((t) => [t.title ?? '', ...t.rows.flatMap((r) => r.map((c) => c.text))]).join('\n')
  }
  return decodeText(bytes).text
}

if (require.main === module) {
  const chunks: Buffer[] = []
  process.stdin.on('data', (d: Buffer) => chunks.push(d))
  process.stdin.on('end', () => {
    sourceText(Buffer.concat(chunks))
      .then((text) => process.stdout.write(text))
      .catch(() => process.exit(0))
  })
}
