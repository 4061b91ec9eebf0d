/** .csv and .tsv (and the tab-separated seed 000 form) as a table, read by csv-parse. */
import { parse } from 'csv-parse/sync'
import type { Table } from '../types'

export function readDelimited(text: string, delimiter: ',' | '\t' | ';', label: string): Table[] {
  const records: string[][] = parse(text.replace(/^\uFEFF/, ''), {
    delimiter,
    // Tab-separated text has no quoting convention (seed 000 cells hold checked="" markup).
    quote: delimiter === '\t' ? false : '"',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    bom: true,
  })
  return [{ rows: records.map((r) => r.map((cell) => ({ text: cell }))), where: records.map((_, i) => `第${i + 1}行`), label }]
}
