/**
 * npm run scale:generate — a synthetic province for scale work, written to .scale/mock-data/
 * (git-ignored, never shipped) in the layout of mock-data/, so the same validation and data build run on it.
 *
 * Deterministic: a seeded PRNG per region, no clock, no randomness from outside; the same input
 * gives the same bytes on every run. About 100 regions: 12 cities, each a city-level bureau with
 * 7 or 8 county bureaus; about 100 items each, drawn from the real catalogues' rows, with guides
 * built from the real guides (same structure and size, varied: materials, promised limits, names).
 * Everything is marked synthetic (region.synthetic, "合成数据" in every source note and title);
 * names are "示例市01" / "示例市01·示例县03"; no address; the only phone is 12333.
 * The two real regions are copied unchanged, so a scale build also bundles them.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { AliasesFile, CatalogueFile, CatalogueItem, GuideFile, Material, ThemesFile, Venue } from '../../types/catalogue'
import { HRSS_HOTLINE } from '../../src/domain/phone'
import { ROOT, loadDataFiles } from '../data/load'
import { formatProblem, validateData, type DataFile, type Dataset } from '../data/validate'

export const SCALE_DIR = path.join(ROOT, '.scale')
export const SCALE_DATA_DIR = path.join(SCALE_DIR, 'mock-data')

export interface ProvinceOptions {
  cities: number
  seed: number
}
export const DEFAULT_PROVINCE: ProvinceOptions = { cities: 12, seed: 20261201 }

/** mulberry32: small, seeded, the same sequence on every platform. */
function prng(seed: number): () => number {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NATIONAL_HOTLINE: CatalogueFile['hotlines'][number] = { ...HRSS_HOTLINE, note: '全国统一号码。合成地区只使用这一个号码。' }

/** Real place names in the templates' text give way to the synthetic region's name. */
function placeReplacer(regionName: string): (s: string) => string {
  const pairs: [RegExp, string][] = [
    [/0902-2321695/g, '12333'],
    [/新疆维吾尔自治区|新疆|贵州省|贵州/g, '示例省'],
    [/哈密市|毕节市|哈密|毕节/g, regionName],
  ]
  return (s) => pairs.reduce((acc, [re, to]) => acc.replace(re, to), s)
}

/** A deep copy with every string passed through fn. */
function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T
  if (Array.isArray(value)) return value.map((x) => mapStrings(x, fn)) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, mapStrings(x, fn)])) as T
  return value
}

const NAME_QUALIFIERS = ['（线上办理）', '（跨省通办）', '（窗口办理）', '（县级）']

const EXTRA_MATERIAL: Material = {
  id: 'supplementary-proof',
  name: '其他补充证明材料',
  form: 'copy',
  copies: 1,
  required: false,
  condition: '窗口审核认为需要补充说明情况时提供。',
  source: '申请人自备',
}

interface RegionPlan {
  id: string
  idPrefix: string
  name: string
  parent?: string
}

export function provincePlan(options: ProvinceOptions = DEFAULT_PROVINCE): RegionPlan[] {
  const rand = prng(options.seed)
  const plan: RegionPlan[] = []
  for (let c = 1; c <= options.cities; c++) {
    const cc = String(c).padStart(2, '0')
    const city = { id: `sx${cc}`, idPrefix: `sx${cc}`, name: `示例市${cc}` }
    plan.push(city)
    const counties = rand() < 0.5 ? 7 : 8
    for (let k = 1; k <= counties; k++) {
      plan.push({ id: `sx${cc}-k${k}`, idPrefix: `sx${cc}k${k}`, name: `示例市${cc}·示例县${String(k).padStart(2, '0')}`, parent: city.id })
    }
  }
  return plan
}

function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

function varyGuide(guide: GuideFile, rand: () => number): GuideFile {
  const s = guide.sections
  if (s.materials) {
    let items = s.materials.items
    const optional = items.filter((m) => !m.required)
    if (optional.length > 0 && items.length > 2 && rand() < 0.3) {
      const drop = optional[Math.floor(rand() * optional.length)]
      items = items.filter((m) => m !== drop)
    }
    if (rand() < 0.2 && !items.some((m) => m.id === EXTRA_MATERIAL.id)) items = [...items, EXTRA_MATERIAL]
    s.materials = { ...s.materials, items }
  }
  const promised = s.timeLimit?.promised
  if (promised && promised.unit === 'workday' && promised.value !== null && /^\d+个工作日$/.test(promised.text)) {
    const value = Math.max(1, promised.value - Math.floor(rand() * 3))
    s.timeLimit!.promised = { value, unit: 'workday', text: `${value}个工作日` }
  }
  return guide
}

export interface GeneratedProvince {
  /** File texts by path relative to the data root (hami/catalogue.json, sx01/guides/sx01-001.json, ...). */
  files: Map<string, string>
  regions: number
  items: number
}

/**
 * Builds the synthetic province from the real data: `real` is the validated mock-data/ and `realFiles`
 * its files (copied unchanged for the two real regions).
 */
export function generateProvince(real: Dataset, realFiles: readonly DataFile[], options: ProvinceOptions = DEFAULT_PROVINCE): GeneratedProvince {
  const files = new Map<string, string>()
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  for (const f of realFiles) {
    // The real regions go in whole, their source files too (as text): the phone rule reads numbers there.
    if (/^mock-data\/[a-z0-9-]+\/(catalogue\.json|guides\/[^/]+\.json|source\/[^/]+)$/.test(f.path)) files.set(f.path.slice('mock-data/'.length), f.text)
  }
  // Templates: every real row but repeated ones, in catalogue order.
  const catalogues = [...real.catalogues].sort((a, b) => a.source.file.localeCompare(b.source.file))
  const templates = catalogues.flatMap((cat) => cat.items.filter((i) => !i.duplicateOf).map((item) => ({ item, cat })))
  const venueById = new Map(catalogues.flatMap((c) => c.venues.map((venue) => [venue.id, venue] as const)))
  const themes: ThemesFile = structuredClone(real.themes)
  const aliases: AliasesFile = structuredClone(real.aliases)
  const featuredTemplates = new Set(Object.values(real.themes.featured).flat())
  /** Template item id -> its synthetic copies, in region order. */
  const copies = new Map<string, string[]>()
  let itemCount = catalogues.reduce((n, c) => n + c.items.length, 0)

  const plan = provincePlan(options)
  plan.forEach((region, r) => {
    const rand = prng(options.seed + 7919 * (r + 1))
    const replace = placeReplacer(region.name)
    const count = Math.min(templates.length, 85 + Math.floor(rand() * 31))
    const picked = new Set(
      shuffled(
        templates.map((_, i) => i),
        rand,
      ).slice(0, count),
    )
    const chosen = templates.filter((_, i) => picked.has(i))
    const venues = new Map<string, Venue>()
    const venueId = (templateId: string) => {
      const id = `${region.idPrefix}-${templateId.replace(/^[a-z]+-/, '')}`
      if (!venues.has(id)) {
        const t = venueById.get(templateId)!
        venues.set(id, {
          ...structuredClone(t),
          id,
          name: replace(t.name),
          addressNote: '合成数据：虚构的办理地点，没有地址。咨询请拨打 12333。',
          sample: true,
        })
      }
      return id
    }
    const items: CatalogueItem[] = chosen.map(({ item }, k) => {
      const row = k + 1
      const id = `${region.idPrefix}-${String(row).padStart(3, '0')}`
      copies.set(item.id, [...(copies.get(item.id) ?? []), id])
      const base = mapStrings(item, replace)
      return {
        ...base,
        id,
        row,
        name: rand() < 0.2 ? `${base.name}${NAME_QUALIFIERS[Math.floor(rand() * NAME_QUALIFIERS.length)]}` : base.name,
        levels: [region.parent ? '县级' : '市级'],
        levelsInferred: false,
        hotline: item.hotline === null ? null : '12333',
        sourceNotes: [{ kind: 'inferred', text: `合成数据：按真实目录 ${item.id} 的结构生成，仅用于规模测试，不是任何机关的目录。` }],
      }
    })
    chosen.forEach(({ item }, k) => {
      if (item.kind === 'disclosure') return
      const template = real.guides.get(item.id)!
      const guide = varyGuide(mapStrings(structuredClone(template), replace), rand)
      guide.itemId = items[k].id
      const s = guide.sections
      if (s.location) s.location.venueId = venueId(s.location.venueId)
      if (s.contact) s.contact = { consult: ['12333'], complaint: ['12333'], note: '合成数据：咨询和投诉请拨打全国人社服务热线 12333。' }
      files.set(`${region.id}/guides/${items[k].id}.json`, json(guide))
    })
    const categories = [...new Set(items.map((i) => i.category))]
    const catalogue: CatalogueFile = {
      schemaVersion: 1,
      dataVersion: '2026.12.1',
      region: {
        id: region.id,
        idPrefix: region.idPrefix,
        name: region.name,
        nameInferred: false,
        nameNote: '合成地区，仅用于规模测试。',
        ...(region.parent ? { parent: region.parent } : {}),
        synthetic: true,
      },
      source: {
        file: `synthetic/${region.id}.txt`,
        title: `${region.name}人力资源和社会保障局政务公开标准目录（合成数据）`,
        publisher: `${region.name}人力资源和社会保障局（合成）`,
        date: null,
        dateNote: '合成数据，没有源文件。',
        rowCount: items.length,
        columns: structuredClone(catalogues[0].source.columns),
        transcriptionNotes: ['合成数据：由 npm run scale:generate 按两份真实目录的结构确定性生成，仅用于规模测试，不是任何真实机关的目录。'],
      },
      categories,
      hotlines: [NATIONAL_HOTLINE],
      defaultHotlineId: NATIONAL_HOTLINE.id,
      venues: [...venues.values()],
      items,
    }
    files.set(`${region.id}/catalogue.json`, json(catalogue))
    const featured = chosen.flatMap(({ item }, k) => (featuredTemplates.has(item.id) ? [items[k].id] : [])).slice(0, 6)
    if (featured.length > 0) themes.featured[region.id] = featured
    itemCount += items.length
  })

  const withCopies = (ids: string[]) => [...ids, ...ids.flatMap((id) => copies.get(id) ?? [])]
  for (const theme of themes.themes) for (const topic of theme.topics) topic.itemIds = withCopies(topic.itemIds)
  for (const alias of aliases.aliases) alias.itemIds = withCopies(alias.itemIds)
  files.set('themes.json', json(themes))
  files.set('aliases.json', json(aliases))
  files.set('synonyms.json', json(real.synonyms))
  files.set('departments.json', json(real.departments))
  return { files, regions: catalogues.length + plan.length, items: itemCount }
}

/** The generated files as DataFile records, exactly as loadDataFiles would read them. */
export function asDataFiles(province: GeneratedProvince): DataFile[] {
  return [...province.files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, text]) => ({ path: `mock-data/${p}`, text }))
}

/** SHA-256 over every path and text, in path order: equal for equal output. */
export function provinceDigest(province: GeneratedProvince): string {
  const hash = createHash('sha256')
  for (const f of asDataFiles(province)) hash.update(`${f.path}\n${f.text}\n`)
  return hash.digest('hex')
}

export function realData(): { dataset: Dataset; files: DataFile[] } {
  const files = loadDataFiles()
  const { dataset, problems } = validateData(files)
  if (!dataset) throw new Error(`mock-data/ is invalid:\n${problems.map(formatProblem).join('\n')}`)
  return { dataset, files }
}

/** Writes the province to .scale/mock-data/ afresh; returns the bytes written. */
export function writeProvince(province: GeneratedProvince, dir = SCALE_DATA_DIR): number {
  rmSync(dir, { recursive: true, force: true })
  let bytes = 0
  for (const [file, text] of province.files) {
    const abs = path.join(dir, file)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

function main(): void {
  const { dataset, files } = realData()
  const province = generateProvince(dataset, files)
  const check = validateData(asDataFiles(province))
  if (!check.dataset) {
    for (const p of check.problems.slice(0, 50)) console.error(formatProblem(p))
    console.error(`\n${check.problems.length} problem(s) in the generated province; nothing written.`)
    process.exit(1)
  }
  const bytes = writeProvince(province)
  console.log(
    `${path.relative(ROOT, SCALE_DATA_DIR)}/: ${province.regions} regions, ${province.items} items, ${check.dataset.guides.size} guides, ${province.files.size} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
  )
  console.log(`digest ${provinceDigest(province)}`)
}

if (require.main === module) main()
