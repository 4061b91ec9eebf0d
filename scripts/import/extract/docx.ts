/** A .docx through mammoth into HTML, then read as a page. */
import mammoth from 'mammoth'
import { ImportError, type Table } from '../types'
import { readHtml } from './html'

export async function readDocx(bytes: Buffer, label: string): Promise<Table[]> {
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value
  } catch (error) {
    throw new ImportError(`the document cannot be read (${(error as Error).message.split('\n')[0]}); is the file complete?`)
  }
  return readHtml(html, label)
}
