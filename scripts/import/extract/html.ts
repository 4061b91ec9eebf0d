/**
 * Tables of an HTML page (as saved from a government site, or a .docx through mammoth), read by
 * cheerio: rowspan/colspan expanded into covered cells, <br> and paragraphs as line breaks,
 * checkboxes as ■/□. Every table on the page is returned; the caller finds the catalogue by its header.
 */
import * as cheerio from 'cheerio'
import type { Cell, Table } from '../types'

type El = Parameters<cheerio.CheerioAPI>[0]

function cellText($: cheerio.CheerioAPI, td: El): string {
  const cell = $(td)
  cell.find('br').replaceWith('\n')
  cell.find('p, div, li').append('\n')
  cell.find('input').each((_, input) => {
    $(input).replaceWith($(input).is('[checked]') ? '■' : '□')
  })
  // Zero-width spaces and BOMs that web editors leave inside words.
  return cell.text().replace(/[\u200b\u200c\u200d\ufeff]/g, '')
}

export function readHtml(html: string, label: string): Table[] {
  const $ = cheerio.load(html)
  $('script, style, noscript').remove()
  const pageTitle = $('title').first().text().trim() || undefined
  const tables: Table[] = []
  let lastHeading: string | undefined
  // A short paragraph right before the table: Word documents (through mammoth) title tables that way.
  let lastParagraph: string | undefined
  for (const node of $('h1, h2, h3, h4, caption, table, p, div.title').toArray()) {
    if (node.tagName !== 'table') {
      if (node.tagName === 'caption' || $(node).parents('table').length > 0) continue
      const t = $(node).text().replace(/\s+/g, ' ').trim()
      if (!t || t.length > 80) continue
      if (node.tagName === 'p' && !/text-align:\s*center/i.test($(node).attr('style') ?? '')) lastParagraph = t.length <= 60 ? t : undefined
      else lastHeading = t
      continue
    }
    if ($(node).parents('table').length > 0) continue
    const caption = $(node).children('caption').first().text().trim()
    const trs = $(node).find('> tr, > thead > tr, > tbody > tr, > tfoot > tr').toArray()
    const grid: Cell[][] = []
    trs.forEach((tr, r) => {
      grid[r] ??= []
      let c = 0
      for (const td of $(tr).children('td, th').toArray()) {
        while (grid[r][c]) c++
        const rowspan = Math.max(1, Number($(td).attr('rowspan')) || 1)
        const colspan = Math.max(1, Number($(td).attr('colspan')) || 1)
        grid[r][c] = { text: cellText($, td) }
        for (let dr = 0; dr < rowspan; dr++) {
          for (let dc = 0; dc < colspan; dc++) {
            if (dr === 0 && dc === 0) continue
            grid[r + dr] ??= []
            grid[r + dr][c + dc] = { text: '', mergedFrom: { row: r, col: c } }
          }
        }
        c += colspan
      }
    })
    const width = Math.max(0, ...grid.map((row) => row.length))
    const rows = grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? { text: '' }))
    tables.push({
      rows,
      where: rows.map((_, i) => `表${tables.length + 1}第${i + 1}行`),
      title: caption || lastHeading || lastParagraph || pageTitle,
      label: `${label} table ${tables.length + 1}`,
    })
    lastParagraph = undefined
  }
  return tables
}
