/** The review report as a maintainer reads it in the terminal; the same data goes to import-report.json. */
import type { ImportReport } from './index'

export function formatReport(report: ImportReport, target: string): string {
  const lines: string[] = []
  lines.push(`${report.file} (${report.format}${report.encoding ? `, ${report.encoding}` : ''}) → ${target}`)
  if (report.conversion)
    lines.push(`  Traditional Chinese (${report.conversion.from}): converted to Simplified with opencc-js, ${report.conversion.changed} characters changed`)
  const tables = report.tables.filter((t) => t.catalogue).map((t) => t.label)
  const others = report.tables.length - tables.length
  lines.push(`  catalogue table: ${tables.join(', ')}${others ? ` (${others} other table${others > 1 ? 's' : ''} ignored)` : ''}`)
  lines.push(`  columns: ${report.columns.map((c) => `${c.label}→${c.field}`).join(', ')}`)
  lines.push(
    `  rows: ${report.rows}, items: ${report.items} (${Object.entries(report.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  )
  lines.push(
    `  repairs: ${report.repairs.total} (${
      Object.entries(report.repairs.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none noted'
    }; repeated headers dropped: ${report.repeatedHeadersDropped})`,
  )
  if (report.hotlines.length) lines.push(`  hotlines: ${report.hotlines.map((h) => `${h.number} (${h.label}, ${h.printedAt})`).join('; ')}`)
  else lines.push("  hotlines: none printed in the source; 12333 is the region's hotline")
  for (const r of report.ignoredRows) lines.push(`  ignored ${r.where}: ${r.text}`)
  for (const r of report.brokenRows) lines.push(`  BROKEN ${r.where}: ${r.reason} (not imported)`)
  if (report.reimport) {
    const c = report.reimport
    lines.push(
      `  re-import: ${c.kept} kept their ids, ${c.added.length} added, ${c.removed.length} removed, ${c.renamed.length} renamed, ${c.moved.length} moved`,
    )
    for (const a of c.added) lines.push(`    added ${a.id} (row ${a.row}) ${a.name}`)
    for (const r of c.removed) lines.push(`    removed ${r.id} (was row ${r.row}) ${r.name}: saved favourites show 事项不存在或已调整`)
    for (const r of c.renamed) lines.push(`    renamed ${r.oldId} → ${r.newId}: ${r.from} → ${r.to}`)
  }
  for (const g of report.orphanedGuides) lines.push(`  guide without an item: ${g} (remove it or move it to the new id)`)
  lines.push(`  needs review: ${report.needsReview.length}`)
  for (const r of report.needsReview) lines.push(`    ${r.row !== null ? `row ${r.row}` : r.where}: ${r.reason}`)
  return lines.join('\n')
}

export function printReport(report: ImportReport, target: string): void {
  process.stdout.write(`${formatReport(report, target)}\n`)
}
