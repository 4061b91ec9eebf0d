/** Sheets of an .xlsx workbook, read by exceljs: merged ranges become covered cells. */
import ExcelJS from 'exceljs'
import { ImportError, type Cell, type Table } from '../types'

export async function readXlsx(bytes: Buffer, label: string): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new ImportError(`the workbook cannot be read (${(error as Error).message.split('\n')[0]}); is the file complete?`)
  }
  const tables: Table[] = []
  workbook.eachSheet((sheet) => {
    const rows: Cell[][] = []
    const width = sheet.columnCount
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const cells: Cell[] = []
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c)
        if (cell.isMerged && cell.master.address !== cell.address) {
          cells.push({ text: '', mergedFrom: { row: Number(cell.master.row) - 1, col: Number(cell.master.col) - 1 } })
        } else {
          cells.push({ text: cell.text ?? '' })
        }
      }
      rows.push(cells)
    }
    tables.push({ rows, where: rows.map((_, i) => `工作表“${sheet.name}”第${i + 1}行`), label: `${label} sheet ${sheet.name}` })
  })
  return tables
}
