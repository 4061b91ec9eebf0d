/**
 * npm run scale:build — the synthetic province's data, ready for a static origin:
 *   1. (re)generates .scale/mock-data/ when it is missing or older than mock-data/ and the generator;
 *   2. runs the data build on it: app outputs to .scale/generated/ (src/generated/ is not touched),
 *      the content-addressed origin to .scale/origin/ (manifest.json, province index, region files).
 * Bundled regions: TARO_APP_BUNDLED_REGIONS, default the two real regions (copied into the province).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { bundledRegions, runDataBuild } from '../data/build'
import { ROOT } from '../data/load'
import { SCALE_DATA_DIR, SCALE_DIR, generateProvince, realData, writeProvince } from './generate'

export const SCALE_GENERATED_DIR = path.join(SCALE_DIR, 'generated')
export const SCALE_ORIGIN_DIR = path.join(SCALE_DIR, 'origin')
const STAMP = path.join(SCALE_DIR, 'mock-data.stamp')

function main(): void {
  const { dataset, files } = realData()
  // The generator's inputs: the real data and the generator itself.
  const hash = createHash('sha256')
  for (const f of files) hash.update(`${f.path}\n${f.text}\n`)
  hash.update(readFileSync(path.join(__dirname, 'generate.ts')))
  const stamp = hash.digest('hex')
  if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== stamp || !existsSync(path.join(SCALE_DATA_DIR, 'aliases.json'))) {
    const province = generateProvince(dataset, files)
    writeProvince(province)
    writeFileSync(STAMP, stamp)
    console.log(`generated ${path.relative(ROOT, SCALE_DATA_DIR)}/: ${province.regions} regions, ${province.items} items`)
  } else {
    console.log(`${path.relative(ROOT, SCALE_DATA_DIR)}/ is up to date`)
  }
  const manifest = runDataBuild({ dataRoot: SCALE_DATA_DIR, generatedDir: SCALE_GENERATED_DIR, outDir: SCALE_ORIGIN_DIR, bundled: bundledRegions() })
  if (!manifest) process.exit(1)
  console.log(`data origin ready: ${path.relative(ROOT, SCALE_ORIGIN_DIR)}/manifest.json (${manifest.regions.length} regions)`)
}

if (require.main === module) main()
