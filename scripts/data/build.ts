/**
 * npm run data
 * Validates mock-data/ and derives into src/generated/ (git-ignored) what the app bundles:
 *   region-data/    manifest.json, the province index and the bundled regions' files, at their origin paths
 *   bundle-*.ts     the modules through which each package reaches those files (scripts/data/bundle-modules.ts)
 *   holidays.json   official holidays and make-up workdays (working-day arithmetic): scripts/data/holidays.ts
 * and, for tests and the weapp output check only (the app does not import them), every region in one file:
 *   catalogue.json, guides.json, items.json, search-index.json
 * It also writes the per-region data origin (dist/data/ by default): manifest.json, the province
 * index and each region's index, guide groups, search keys and 一件事 file, named by SHA-256
 * (scripts/data/region-files.ts, formats in types/region-data.ts).
 * Nothing in src/generated is edited by hand; a failed validation writes nothing.
 *
 * Environment (all optional; relative paths are from the repository root):
 *   DATA_ROOT                 data to read (default mock-data; scale work: .scale/mock-data)
 *   DATA_GENERATED_DIR        app outputs (default src/generated)
 *   DATA_OUT_DIR              data origin folder (default dist/data)
 *   TARO_APP_BUNDLED_REGIONS  comma-separated region ids shipped in the app (default: every region in DATA_ROOT,
 *                             so a region added by npm run catalogue:import shows in a plain build)
 *   DATA_SIGNING_KEY          "keyId:64 hex digits": the Ed25519 private key the origin's manifest.json is
 *                             signed with (README "数据签名"); unset: manifest.json is unsigned and no app accepts it
 *   DATA_RELEASE              the release number (an integer, higher than the last one; default: now in seconds)
 *   DATA_EXPIRES              the last day the data is current (YYYY-MM-DD; default: a year from now)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CatalogueIndex, GuideBundle, ItemDetails, ItemSummary, RegionIndex } from '../../types/generated'
import type { LifeEventSummary, LifeEventsBundle } from '../../types/life-events'
import { isSampleSection } from '../../src/domain/catalogue/sample'
import { themeInRegion } from '../../src/domain/catalogue/themes'
import { mergeMaterials, mergeStepsOf, resolveEligibility, type EventContext } from '../../src/domain/life-events'
import { buildHolidayCalendar } from './holidays'
import { ROOT, loadDataFiles } from './load'
import type { DataManifest } from '../../types/region-data'
import { writeBundleModules } from './bundle-modules'
import { DEFAULT_BUNDLED_REGIONS, deriveRegionData, guideGroupsOf, writeRegionData } from './region-files'
import { buildSearchIndex } from './search-index'
import { formatProblem, validateData, type Dataset } from './validate'

const fromRoot = (value: string | undefined, fallback: string) => path.resolve(ROOT, value || fallback)
export const DATA_ROOT = fromRoot(process.env.DATA_ROOT, 'mock-data')
export const GENERATED_DIR = fromRoot(process.env.DATA_GENERATED_DIR, path.join('src', 'generated'))
export const DATA_OUT_DIR = fromRoot(process.env.DATA_OUT_DIR, path.join('dist', 'data'))

export function bundledRegions(value = process.env.TARO_APP_BUNDLED_REGIONS, dataRoot = DATA_ROOT): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (ids.length > 0) return ids
  const found = existsSync(dataRoot) ? readdirSync(dataRoot).filter((d) => existsSync(path.join(dataRoot, d, 'catalogue.json'))) : []
  // The seeds first, as before; then the others by id.
  return [...DEFAULT_BUNDLED_REGIONS.filter((id) => found.includes(id)), ...found.filter((id) => !DEFAULT_BUNDLED_REGIONS.includes(id)).sort()]
}

export function deriveCatalogueIndex(dataset: Dataset): CatalogueIndex {
  // Regions in the order of their seed files, so the list reads the same on every build.
  const catalogues = [...dataset.catalogues].sort((a, b) => a.source.file.localeCompare(b.source.file))
  const regions: RegionIndex[] = catalogues.map((cat) => {
    const regionItemIds = new Set(cat.items.map((i) => i.id))
    const themes = dataset.themes.themes.map((t) => themeInRegion(t, (id) => regionItemIds.has(id))).filter((t) => t !== null)
    const items: ItemSummary[] = cat.items.map((item) => {
      // null for 公开目录 entries, and for items whose guide is not written yet (catalogue only).
      const ownGuideId = item.kind === 'disclosure' ? null : (item.duplicateOf ?? item.id)
      const guide = ownGuideId ? dataset.guides.get(ownGuideId) : undefined
      const guideId = guide ? ownGuideId : null
      const limits = guide?.sections.timeLimit
      return {
        id: item.id,
        kind: item.kind,
        name: item.name,
        unit: item.unit,
        ...(item.duplicateOf ? { duplicateOf: item.duplicateOf } : {}),
        regionId: cat.region.id,
        guideId,
        venueId: guide?.sections.location?.venueId ?? null,
        timeLimitText: limits ? (limits.promised ?? limits.statutory)!.text : null,
        timeLimitSample: limits !== undefined && isSampleSection(guide!, 'timeLimit'),
        applicants: guide?.applicants ?? [],
        materialIds: guide?.sections.materials?.items.map((m) => m.id) ?? [],
      }
    })
    return {
      id: cat.region.id,
      idPrefix: cat.region.idPrefix,
      name: cat.region.name,
      nameInferred: cat.region.nameInferred,
      nameNote: cat.region.nameNote,
      ...(cat.region.parent ? { parent: cat.region.parent } : {}),
      ...(cat.region.synthetic ? { synthetic: true as const } : {}),
      dataVersion: cat.dataVersion,
      source: cat.source,
      categories: cat.categories.map((name) => ({ name, itemIds: cat.items.filter((i) => i.category === name).map((i) => i.id) })),
      hotlines: cat.hotlines,
      defaultHotlineId: cat.defaultHotlineId,
      venues: cat.venues,
      themes,
      featured: dataset.themes.featured[cat.region.id] ?? [],
      items,
      lifeEvents: deriveLifeEventSummaries(dataset, cat.region.id, items),
    }
  })
  return { regions }
}

function eventContext(dataset: Dataset, regionId: string, items: readonly ItemSummary[]): EventContext {
  return {
    items: Object.fromEntries(items.map((i) => [i.id, { name: i.name, guideId: i.guideId }])),
    guides: Object.fromEntries(dataset.guides),
    venues: dataset.catalogues.find((c) => c.region.id === regionId)!.venues,
  }
}

/** What home, search and 我的 need of a region's events: names, words, and the merged documents' material refs. */
export function deriveLifeEventSummaries(dataset: Dataset, regionId: string, items: readonly ItemSummary[]): LifeEventSummary[] {
  const file = dataset.lifeEvents.get(regionId)
  if (!file) return []
  const ctx = eventContext(dataset, regionId, items)
  return file.events.map((event) => ({
    id: event.id,
    regionId,
    name: event.name,
    appliesTo: event.appliesTo,
    applicants: event.applicants,
    ...(event.groups ? { groups: event.groups } : {}),
    everydayWords: event.everydayWords,
    sample: event.sample,
    stepItemIds: event.steps.map((s) => s.itemId),
    documents: mergeMaterials(mergeStepsOf(event, ctx), file.documents).documents.map((d) => ({ key: d.key, refs: d.refs })),
  }))
}

/** Full events, shared documents, and every guide's eligibility with its cited lines as text, per region. */
export function deriveLifeEventsBundle(dataset: Dataset): LifeEventsBundle {
  const regions: LifeEventsBundle['regions'] = {}
  for (const cat of dataset.catalogues) {
    const file = dataset.lifeEvents.get(cat.region.id)
    const eligibility: LifeEventsBundle['regions'][string]['eligibility'] = {}
    for (const item of cat.items) {
      const guide = item.duplicateOf || item.kind === 'disclosure' ? undefined : dataset.guides.get(item.id)
      const resolved = guide && resolveEligibility(guide)
      if (resolved) eligibility[item.id] = resolved
    }
    regions[cat.region.id] = { documents: file?.documents ?? [], events: file?.events ?? [], eligibility }
  }
  return { regions }
}

/** Per region: how many items that are not 公开目录 entries have a guide (a bureau imported from its table starts with none). */
export function guideCoverage(index: CatalogueIndex): { regionId: string; withGuide: number; actionable: number }[] {
  return index.regions.map((r) => {
    const actionable = r.items.filter((i) => i.kind !== 'disclosure')
    return { regionId: r.id, withGuide: actionable.filter((i) => i.guideId !== null).length, actionable: actionable.length }
  })
}

export function deriveItemDetails(dataset: Dataset): ItemDetails {
  return Object.fromEntries(dataset.catalogues.flatMap((c) => c.items.map((item) => [item.id, item])))
}

export function deriveGuideBundle(dataset: Dataset): GuideBundle {
  return Object.fromEntries([...dataset.guides.entries()].sort(([a], [b]) => a.localeCompare(b)))
}

export interface DataBuildOptions {
  dataRoot: string
  generatedDir: string
  outDir: string
  bundled: readonly string[]
}

/** Validates dataRoot and writes every output; returns the manifest, or null (with problems printed) when nothing was written. */
export function runDataBuild(options: DataBuildOptions): DataManifest | null {
  const rel = (p: string) => path.relative(ROOT, p) || '.'
  const { dataset, problems } = validateData(loadDataFiles(options.dataRoot))
  if (!dataset) {
    for (const p of problems) console.error(formatProblem(p))
    console.error(`\n${problems.length} problem(s) in ${rel(options.dataRoot)}/; nothing generated.`)
    return null
  }
  const index = deriveCatalogueIndex(dataset)
  let regionData: ReturnType<typeof deriveRegionData>
  try {
    regionData = deriveRegionData(dataset, index, {
      bundled: options.bundled,
      lifeEvents: deriveLifeEventsBundle(dataset),
      ...(process.env.DATA_RELEASE ? { version: Number(process.env.DATA_RELEASE) } : {}),
      ...(process.env.DATA_EXPIRES ? { expires: process.env.DATA_EXPIRES } : {}),
    })
  } catch (error) {
    console.error(`TARO_APP_BUNDLED_REGIONS: ${(error as Error).message}; nothing generated.`)
    return null
  }
  mkdirSync(options.generatedDir, { recursive: true })
  const write = (name: string, value: unknown): number => {
    const text = JSON.stringify(value)
    writeFileSync(path.join(options.generatedDir, name), text)
    return Buffer.byteLength(text)
  }
  const firstYear = Math.min(...index.regions.map((r) => Number(r.dataVersion.slice(0, 4)))) - 1
  const holidays = buildHolidayCalendar(firstYear)
  const sizes = {
    'catalogue.json': write('catalogue.json', index),
    'guides.json': write('guides.json', deriveGuideBundle(dataset)),
    'items.json': write('items.json', deriveItemDetails(dataset)),
    'holidays.json': write('holidays.json', holidays),
    'search-index.json': write('search-index.json', buildSearchIndex(index, dataset)),
  }
  const { manifest } = regionData
  const bundledDirs = new Set(manifest.regions.filter((r) => r.bundled).map((r) => r.id))
  const bundledBytes = writeRegionData(path.join(options.generatedDir, 'region-data'), regionData, (f) => !f.includes('/') || bundledDirs.has(f.split('/')[0]))
  writeBundleModules(options.generatedDir, manifest, new Map(manifest.regions.filter((r) => r.bundled).map((r) => [r.id, guideGroupsOf(regionData, r)])))
  const [keyId, privateKey] = (process.env.DATA_SIGNING_KEY ?? '').trim().split(':')
  // Only a build of a data origin (an origin address or output folder asked for) needs a signature; a local run does not.
  const originAsked = Boolean(process.env.TARO_APP_DATA_ORIGIN || process.env.DATA_OUT_DIR)
  if (!privateKey && originAsked)
    console.warn('DATA_SIGNING_KEY is not set: the origin\'s manifest.json is unsigned, and no app build accepts it (README "数据签名").')
  const originBytes = writeRegionData(options.outDir, regionData, undefined, privateKey ? { keyId, privateKey } : undefined)
  const items = index.regions.reduce((n, r) => n + r.items.length, 0)
  console.log(
    `${rel(options.dataRoot)}/ is valid: ${index.regions.length} regions, ${items} items, ${dataset.guides.size} guides, ${dataset.aliases.aliases.length} aliases`,
  )
  for (const c of guideCoverage(index)) {
    if (c.withGuide === 0) console.log(`  ${c.regionId}: catalogue only, no 办事指南 yet: its ${c.actionable} service items show their catalogue row`)
    else if (c.withGuide < c.actionable)
      console.log(
        `  ${c.regionId}: ${c.withGuide} of ${c.actionable} service items have a 办事指南; the other ${c.actionable - c.withGuide} show their catalogue row`,
      )
  }
  for (const [name, bytes] of Object.entries(sizes)) console.log(`  ${rel(options.generatedDir)}/${name}  ${(bytes / 1024).toFixed(1)} KB`)
  console.log(
    `  ${rel(options.generatedDir)}/region-data/  ${(bundledBytes / 1024).toFixed(1)} KB (manifest, province index, bundled: ${[...bundledDirs].join(', ')})`,
  )
  console.log(
    `  ${rel(options.outDir)}/  ${regionData.files.size + 1} files, ${(originBytes / 1024).toFixed(1)} KB, manifest ${manifest.dataVersion}, province index ${(manifest.province.bytes / 1024).toFixed(1)} KB`,
  )
  return manifest
}

if (require.main === module) {
  const manifest = runDataBuild({ dataRoot: DATA_ROOT, generatedDir: GENERATED_DIR, outDir: DATA_OUT_DIR, bundled: bundledRegions() })
  if (!manifest) process.exit(1)
}
