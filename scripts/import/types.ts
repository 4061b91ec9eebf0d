import type { SourceNote } from '../../types/catalogue'

/**
 * The importer's own shapes: a table as read from any format, before columns mean anything.
 */

/** One cell. A cell covered by a merged cell (rowspan/colspan, Excel merge) names the cell holding its text. */
export interface Cell {
  text: string
  mergedFrom?: { row: number; col: number }
}

export interface Table {
  rows: Cell[][]
  /** Where each row is in the source file, for notes and the report ("第12行" of a sheet, line 40 of a text). */
  where: string[]
  /** A heading printed above the table (page title, sheet title, caption), if any. */
  title?: string
  /** A label for the table within its file ("sheet 目录", "table 2"). */
  label: string
  /** Repairs a reader made to a row (by index in rows) that only it can see, e.g. a row joined across pages. */
  rowNotes?: Record<number, SourceNote[]>
}

/** A file the importer cannot use: one line saying why, and nothing is written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

export type SourceFormat = 'html' | 'xlsx' | 'docx' | 'csv' | 'tsv' | 'pdf-text'
