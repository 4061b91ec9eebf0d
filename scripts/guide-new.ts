/**
 * npm run guide:new -- <item id>
 * Writes <data root>/<region>/guides/<item id>.json: a guide skeleton with exactly the sections the
 * item's 公开内容 requires (scripts/data/guide-skeleton.ts), marked sample content like every guide.
 * `npm run data` / `npm run data:check -- --items <item id>` then lists what is still empty.
 * Refuses (exit 1, one line why, nothing written): an unknown id, a 公开目录 entry (no guide), a
 * duplicated row (it shares its original's guide), or a guide that already exists.
 * DATA_ROOT picks another data root (default mock-data), as for npm run data.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as v from 'valibot'
import { CatalogueFileSchema, type CatalogueFile } from '../types/catalogue'
import { guideSkeleton, skeletonSections } from './data/guide-skeleton'
import { ROOT, loadDataFiles } from './data/load'

export type GuideNewResult = { ok: true; file: string; sections: string[] } | { ok: false; message: string }

/** Writes the skeleton for itemId under dataRoot; never overwrites. */
export function writeGuideSkeleton(dataRoot: string, itemId: string | undefined): GuideNewResult {
  if (!itemId) return { ok: false, message: 'usage: npm run guide:new -- <item id>   (e.g. hm-013)' }
  const catalogues: CatalogueFile[] = []
  for (const f of loadDataFiles(dataRoot)) {
    if (!/^mock-data\/[^/]+\/catalogue\.json$/.test(f.path)) continue
    const parsed = v.safeParse(CatalogueFileSchema, JSON.parse(f.text))
    if (parsed.success) catalogues.push(parsed.output)
  }
  const catalogue = catalogues.find((c) => c.items.some((i) => i.id === itemId))
  const item = catalogue?.items.find((i) => i.id === itemId)
  if (!catalogue || !item) return { ok: false, message: `${itemId} is not an item of any catalogue in ${path.relative(ROOT, dataRoot) || dataRoot}/` }
  if (item.kind === 'disclosure') return { ok: false, message: `${itemId} (${item.name}) is a 公开目录 entry: it has no service guide` }
  if (item.duplicateOf)
    return { ok: false, message: `${itemId} repeats ${item.duplicateOf} in the source and shares its guide: write ${item.duplicateOf} instead` }
  const file = path.join(dataRoot, catalogue.region.id, 'guides', `${itemId}.json`)
  if (existsSync(file)) return { ok: false, message: `${path.relative(ROOT, file)} already exists; nothing written` }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(guideSkeleton(item, catalogue), null, 2)}\n`)
  return { ok: true, file, sections: skeletonSections(item) }
}

if (require.main === module) {
  const dataRoot = path.resolve(ROOT, process.env.DATA_ROOT || 'mock-data')
  const result = writeGuideSkeleton(dataRoot, process.argv[2])
  if (!result.ok) {
    console.error(result.message)
    process.exit(1)
  }
  console.log(`wrote ${path.relative(ROOT, result.file)}: sections ${result.sections.join(', ')}`)
  console.log(`fill in every "" (npm run data:check -- --items ${process.argv[2]} lists what is still empty); the guide is sample content (sample: true)`)
}
