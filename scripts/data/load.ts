/**
 * Reads every JSON file, and each region's source file (<region>/source/, as text), under a data root (mock-data/ by default, or a generated copy such as
 * .scale/mock-data/) as DataFile records. Paths read "<label>/<region>/...", by default
 * "mock-data/..." whatever the root is, as validation classifies files by that layout.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { sourceFileText } from './source-text'
import type { DataFile } from './validate'

export const ROOT = path.resolve(__dirname, '..', '..')

export function loadDataFiles(dir = path.join(ROOT, 'mock-data'), label = 'mock-data'): DataFile[] {
  const out: DataFile[] = []
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const child = path.join(abs, name)
      const rel = path.relative(dir, child).split(path.sep).join('/')
      if (statSync(child).isDirectory()) walk(child)
      else if (name.endsWith('.json')) out.push({ path: `${label}/${rel}`, text: readFileSync(child, 'utf8') })
      // A region's published source file, as text: the phone rule looks numbers up in it.
      else if (/^[a-z0-9-]+\/source\/[^/]+$/.test(rel)) out.push({ path: `${label}/${rel}`, text: sourceFileText(readFileSync(child)) })
    }
  }
  walk(dir)
  return out
}
