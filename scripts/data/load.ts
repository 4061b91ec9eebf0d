/** Reads every JSON file under mock-data/ (except the raw seed copies) as DataFile records. */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { DataFile } from './validate'

export const ROOT = path.resolve(__dirname, '..', '..')

export function loadDataFiles(dir = path.join(ROOT, 'mock-data')): DataFile[] {
  const out: DataFile[] = []
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const child = path.join(abs, name)
      if (statSync(child).isDirectory()) walk(child)
      else if (name.endsWith('.json')) out.push({ path: path.relative(ROOT, child).split(path.sep).join('/'), text: readFileSync(child, 'utf8') })
    }
  }
  walk(dir)
  return out
}
