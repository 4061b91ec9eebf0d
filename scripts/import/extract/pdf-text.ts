import { ImportError, type Table } from '../types'

export function readPdfText(_text: string, label: string): Table[] {
  throw new ImportError(`${label}: PDF text is not read yet`)
}
