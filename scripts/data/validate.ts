/**
 * Validates the catalogue data in mock-data/: each file against its valibot schema (types/catalogue.ts),
 * then the rules that span files. Every problem names the file, the item id and the field.
 *
 * Pure: takes file texts, returns problems, so tests can feed broken catalogues from memory.
 */
import * as v from 'valibot'
import { itemIdPrefix, itemRow } from '../../src/domain/catalogue/item-id'
import {
  AliasesFileSchema,
  CatalogueFileSchema,
  GuideFileSchema,
  ThemesFileSchema,
  type AliasesFile,
  type CatalogueFile,
  type GuideFile,
  type OpeningHours,
  type SectionKey,
  type ThemesFile,
  type TimeLimit,
} from '../../types/catalogue'
import { ALWAYS_REQUIRED, SECTION_TITLES, requiredSections } from '../../src/domain/catalogue/guide-sections'
import { parseTimeLimitText } from '../../src/domain/catalogue/time-limit'
import { clockToMinutes, everyMonthDay, scheduleHolds } from '../../src/domain/calendar/schedule'
import type { LifeEventsFile } from '../../types/life-events'
import { phoneLikeNumbers, phoneRule, type PhoneRule } from './phones'
import { LIFE_EVENTS_FILE, LifeEventsFileSchema, eligibilityProblems, lifeEventsProblems } from './life-events'
import { DepartmentsFileSchema, SynonymsFileSchema, type DepartmentsFile, type SynonymsFile } from '../../types/search-language'
import { DEPARTMENTS_FILE, SYNONYMS_FILE, searchLanguageProblems } from './search-language'
import { describeEmpty, stillEmpty } from './guide-skeleton'

export interface DataFile {
  /** Path relative to the repository root, e.g. mock-data/hami/catalogue.json. */
  path: string
  text: string
}

export interface DataProblem {
  file: string
  itemId?: string
  field?: string
  message: string
}

export interface Dataset {
  catalogues: CatalogueFile[]
  guides: Map<string, GuideFile>
  aliases: AliasesFile
  themes: ThemesFile
  /** Life events (一件事) by region id. */
  lifeEvents: Map<string, LifeEventsFile>
  /** Everyday words -> the catalogue's words, and filler words (search). */
  synonyms: SynonymsFile
  /** Needs other departments handle, and 人社 needs the catalogues lack (search). */
  departments: DepartmentsFile
}

export function formatProblem(p: DataProblem): string {
  const where = [p.itemId ? `[${p.itemId}]` : '', p.field ?? ''].filter(Boolean).join(' ')
  return `${p.file}${where ? ` ${where}` : ''}: ${p.message}`
}

// ---------------------------------------------------------------------------------------------
// Per-file: JSON, then schema
// ---------------------------------------------------------------------------------------------

type FileKind = 'catalogue' | 'guide' | 'aliases' | 'themes' | 'life-events' | 'synonyms' | 'departments'

export function classify(path: string): FileKind | null {
  if (/^mock-data\/[a-z0-9-]+\/catalogue\.json$/.test(path)) return 'catalogue'
  if (/^mock-data\/[a-z0-9-]+\/guides\/[^/]+\.json$/.test(path)) return 'guide'
  if (path === 'mock-data/aliases.json') return 'aliases'
  if (path === 'mock-data/themes.json') return 'themes'
  if (path === SYNONYMS_FILE) return 'synonyms'
  if (path === DEPARTMENTS_FILE) return 'departments'
  if (LIFE_EVENTS_FILE.test(path)) return 'life-events'
  return null
}

function parseJson(file: DataFile, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(file.text)
  } catch (error) {
    problems.push({ file: file.path, message: `is not valid JSON (${(error as Error).message})` })
    return undefined
  }
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field'
  if (issue.received === 'undefined') return 'is missing'
  if (issue.kind === 'validation') return issue.message
  return `expected ${issue.expected ?? 'something else'}, got ${issue.received}`
}

/** Turns "items.3.name" into item id + "name", and "sections.materials.items.0.copies" stays a field. */
function locate(raw: unknown, dotPath: string | null, fallbackItemId?: string): { itemId?: string; field?: string } {
  if (!dotPath) return { itemId: fallbackItemId }
  const m = /^items\.(\d+)(?:\.(.*))?$/.exec(dotPath)
  if (m && raw && typeof raw === 'object' && Array.isArray((raw as { items?: unknown }).items)) {
    const item = (raw as { items: unknown[] }).items[Number(m[1])] as { id?: unknown } | undefined
    const id = item && typeof item.id === 'string' ? item.id : `items[${m[1]}]`
    return { itemId: id, field: m[2] ?? undefined }
  }
  return { itemId: fallbackItemId, field: dotPath }
}

export function checkSchema<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  file: string,
  problems: DataProblem[],
  fallbackItemId?: string,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, raw)
  if (result.success) return result.output
  for (const issue of result.issues) {
    problems.push({ file, ...locate(raw, v.getDotPath(issue), fallbackItemId), message: issueMessage(issue) })
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Cross-file rules
// ---------------------------------------------------------------------------------------------

/** Periods ordered and apart, weekdays unique, and every day of the year in exactly one schedule. */
export function hoursProblems(hours: OpeningHours): string[] {
  const out: string[] = []
  hours.schedules.forEach((s, si) => {
    if ((s.from === undefined) !== (s.to === undefined)) out.push(`schedules.${si}: needs both from and to, or neither`)
    const days = s.weekly.flatMap((w) => w.days)
    if (new Set(days).size !== days.length) out.push(`schedules.${si}: a weekday appears in two weekly rules`)
    s.weekly.forEach((w, wi) => {
      let last = -1
      w.periods.forEach((p, pi) => {
        const start = clockToMinutes(p.start)
        const end = clockToMinutes(p.end)
        if (start >= end) out.push(`schedules.${si}.weekly.${wi}.periods.${pi}: starts at ${p.start}, not before its end ${p.end}`)
        if (start <= last) out.push(`schedules.${si}.weekly.${wi}.periods.${pi}: overlaps or precedes the period before it`)
        last = end
      })
    })
  })
  for (const md of everyMonthDay()) {
    const n = hours.schedules.filter((s) => scheduleHolds(s, md)).length
    if (n !== 1) {
      out.push(`schedules: ${md} is covered by ${n} schedules, expected exactly 1`)
      return out
    }
  }
  return out
}

function timeLimitProblem(limit: TimeLimit): string | null {
  const parsed = parseTimeLimitText(limit.text)
  if (!parsed) return `"${limit.text}" does not parse as a time limit (e.g. 20个工作日, 30日, 即时办结)`
  if (parsed.unit !== limit.unit || parsed.value !== limit.value) {
    return `"${limit.text}" reads as ${parsed.value ?? ''}${parsed.unit}, but the data says ${limit.value ?? ''}${limit.unit}`
  }
  return null
}

function guideProblems(guide: GuideFile, file: string, catalogue: CatalogueFile, problems: DataProblem[], phones: PhoneRule): void {
  const itemId = guide.itemId
  const item = catalogue.items.find((i) => i.id === itemId)!
  const add = (field: string, message: string) => problems.push({ file, itemId, field, message })
  const s = guide.sections

  const required = [...requiredSections(item.contents).map((r) => r.key), ...ALWAYS_REQUIRED]
  for (const key of new Set<SectionKey>(required)) {
    if (s[key] === undefined) add(`sections.${key}`, `is required by 公开内容 (${SECTION_TITLES[key]}) but missing`)
  }
  if (s.location && !catalogue.venues.some((venue) => venue.id === s.location!.venueId)) {
    add('sections.location.venueId', `"${s.location.venueId}" is not a venue of ${catalogue.region.id}`)
  }
  if (s.contact) {
    for (const kind of ['consult', 'complaint'] as const) {
      s.contact[kind].forEach((id, i) => {
        if (!catalogue.hotlines.some((h) => h.id === id)) add(`sections.contact.${kind}.${i}`, `"${id}" is not a hotline of ${catalogue.region.id}`)
      })
    }
  }
  if (s.timeLimit) {
    for (const kind of ['statutory', 'promised'] as const) {
      const limit = s.timeLimit[kind]
      const problem = limit && timeLimitProblem(limit)
      if (problem) add(`sections.timeLimit.${kind}`, problem)
    }
  }
  if (s.materials) {
    const ids = s.materials.items.map((m) => m.id)
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) add(`sections.materials.items.${i}.id`, `"${id}" is used by two materials`)
    })
  }
  s.legalBasis?.items.forEach((basis, i) => {
    if (basis.fromSeed && !item.legalBases.some((b) => b.includes(basis.title) || basis.title.includes(b.replace(/等$/, '')))) {
      add(`sections.legalBasis.items.${i}`, `"${basis.title}" is marked fromSeed but is not in the item's 公开依据`)
    }
  })
  for (const key of guide.sampleFields ?? []) {
    if (!(key in SECTION_TITLES)) add('sampleFields', `"${key}" is not a section`)
  }
  const found = new Set<string>()
  phoneLikeNumbers(guide, found)
  for (const number of found) {
    if (!phones.allows(catalogue.region.id, number)) add('', `contains the number ${number}: ${phones.refusal(catalogue.region.id, number)}`)
  }
}

function catalogueProblems(cat: CatalogueFile, file: string, problems: DataProblem[], phones: PhoneRule): void {
  const add = (itemId: string | undefined, field: string, message: string) => problems.push({ file, itemId, field, message })
  const rows = new Set<number>()
  const idNumbers = new Set<number>()
  for (const item of cat.items) {
    // An id carries its row when first imported; a re-import keeps an unchanged item's id where its row
    // moved (scripts/import/ids.ts), so the number must be unique in the region, not equal to the row.
    const expectedId = `${cat.region.idPrefix}-${String(item.row).padStart(3, '0')}`
    if (itemIdPrefix(item.id) !== cat.region.idPrefix) add(item.id, 'id', `should start with ${cat.region.idPrefix}- (like ${expectedId}) in ${cat.region.id}`)
    const number = itemRow(item.id)
    if (number !== null && idNumbers.has(number)) add(item.id, 'id', `carries the number ${number} of another item of ${cat.region.id}`)
    if (number !== null) idNumbers.add(number)
    if (rows.has(item.row)) add(item.id, 'row', `row ${item.row} appears twice`)
    rows.add(item.row)
    if (!cat.categories.includes(item.category)) add(item.id, 'category', `"${item.category}" is not one of the catalogue's categories`)
    if (item.hotline !== null && !phones.allows(cat.region.id, item.hotline)) add(item.id, 'hotline', phones.refusal(cat.region.id, item.hotline))
    if (item.duplicateOf) {
      const original = cat.items.find((i) => i.id === item.duplicateOf)
      if (!original) add(item.id, 'duplicateOf', `"${item.duplicateOf}" is not an item of ${cat.region.id}`)
      else if (original.name !== item.name) add(item.id, 'duplicateOf', `names "${original.name}", not this item's name`)
    }
  }
  const skipped = new Set(cat.source.skippedRows ?? [])
  if (cat.items.length + skipped.size !== cat.source.rowCount) {
    add(
      undefined,
      'items',
      `has ${cat.items.length} items${skipped.size ? ` and ${skipped.size} skipped rows` : ''}, but the source has ${cat.source.rowCount} rows`,
    )
  }
  for (let row = 1; row <= cat.source.rowCount; row++) {
    if (!rows.has(row) && !skipped.has(row)) add(undefined, 'items', `row ${row} of the source is missing`)
  }
  for (const category of cat.categories) {
    if (!cat.items.some((i) => i.category === category)) add(undefined, 'categories', `"${category}" has no items`)
  }
  cat.hotlines.forEach((h, i) => {
    if (!phones.allows(cat.region.id, h.number)) add(undefined, `hotlines.${i}.number`, phones.refusal(cat.region.id, h.number))
  })
  if (!cat.hotlines.some((h) => h.id === cat.defaultHotlineId)) add(undefined, 'defaultHotlineId', `"${cat.defaultHotlineId}" is not a hotline`)
  cat.venues.forEach((venue, i) => {
    for (const message of hoursProblems(venue.hours)) add(undefined, `venues.${i}.hours.${message.split(':')[0]}`, message.slice(message.indexOf(':') + 2))
  })
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export interface ValidateOptions {
  /** Only report guide problems for these item ids (while guides are being written). */
  onlyItems?: ReadonlySet<string>
}

export function validateData(files: readonly DataFile[], options: ValidateOptions = {}): { dataset?: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const phones = phoneRule(files)
  const catalogues: { file: string; data: CatalogueFile }[] = []
  const guides: { file: string; data: GuideFile }[] = []
  let aliases: AliasesFile | undefined
  let themes: ThemesFile | undefined
  let synonyms: SynonymsFile | undefined
  let departments: DepartmentsFile | undefined
  const lifeEventFiles: { file: string; data: LifeEventsFile }[] = []
  // Regions whose catalogue could not be read: checks that need it are skipped, so one broken file
  // reports its own problem instead of a cascade of unresolved references.
  const unreadable = new Set<string>()
  // Item ids with a guide file, whether or not it could be read.
  const guideFiles = new Set<string>()

  for (const file of files) {
    const kind = classify(file.path)
    if (!kind) continue
    if (kind === 'guide')
      guideFiles.add(
        file.path
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
      )
    const raw = parseJson(file, problems)
    if (raw === undefined) {
      if (kind === 'catalogue') unreadable.add(file.path.split('/')[1])
      continue
    }
    if (kind === 'catalogue') {
      const data = checkSchema(CatalogueFileSchema, raw, file.path, problems)
      if (data) catalogues.push({ file: file.path, data })
      else unreadable.add(file.path.split('/')[1])
    } else if (kind === 'guide') {
      const fileId = file.path
        .split('/')
        .pop()!
        .replace(/\.json$/, '')
      // A skeleton from npm run guide:new: one line listing what is still to write, instead of a schema error per field.
      const empty = stillEmpty(raw)
      if (empty.length > 0) {
        problems.push({ file: file.path, itemId: fileId, message: `is not finished; still empty: ${describeEmpty(empty)}` })
        continue
      }
      const data = checkSchema(GuideFileSchema, raw, file.path, problems, fileId)
      if (data) {
        if (data.itemId !== fileId)
          problems.push({ file: file.path, itemId: data.itemId, field: 'itemId', message: `does not match the file name ${fileId}.json` })
        guides.push({ file: file.path, data })
      }
    } else if (kind === 'life-events') {
      const data = checkSchema(LifeEventsFileSchema, raw, file.path, problems)
      if (data) lifeEventFiles.push({ file: file.path, data })
    } else if (kind === 'aliases') {
      aliases = checkSchema(AliasesFileSchema, raw, file.path, problems)
    } else if (kind === 'synonyms') {
      synonyms = checkSchema(SynonymsFileSchema, raw, file.path, problems)
    } else if (kind === 'departments') {
      departments = checkSchema(DepartmentsFileSchema, raw, file.path, problems)
    } else {
      themes = checkSchema(ThemesFileSchema, raw, file.path, problems)
    }
  }
  if (!files.some((f) => classify(f.path) === 'aliases')) problems.push({ file: 'mock-data/aliases.json', message: 'is missing' })
  if (!files.some((f) => classify(f.path) === 'themes')) problems.push({ file: 'mock-data/themes.json', message: 'is missing' })
  for (const [kind, file] of [
    ['synonyms', SYNONYMS_FILE],
    ['departments', DEPARTMENTS_FILE],
  ] as const) {
    if (!files.some((f) => classify(f.path) === kind)) problems.push({ file, message: 'is missing' })
  }

  // Ids must be unique across every catalogue, not just within one.
  const owner = new Map<string, { file: string; catalogue: CatalogueFile }>()
  for (const { file, data } of catalogues) {
    catalogueProblems(data, file, problems, phones)
    for (const item of data.items) {
      const seen = owner.get(item.id)
      if (seen) problems.push({ file, itemId: item.id, field: 'id', message: `is used twice (also in ${seen.file})` })
      else owner.set(item.id, { file, catalogue: data })
    }
  }
  const regionIds = new Set(catalogues.map((c) => c.data.region.id))
  for (const { file, data } of catalogues) {
    const parent = catalogues.find((c) => c.data.region.id === data.region.parent)
    if (data.region.parent && (!parent || parent.data.region.parent))
      problems.push({ file, field: 'region.parent', message: `"${data.region.parent}" is not a city-level region` })
  }

  const guideById = new Map<string, GuideFile>()
  for (const { file, data } of guides) {
    if (options.onlyItems && !options.onlyItems.has(data.itemId)) continue
    const region = file.split('/')[1]
    if (unreadable.has(region)) continue
    const home = owner.get(data.itemId)
    if (!home) {
      problems.push({ file, itemId: data.itemId, field: 'itemId', message: 'is not an item of any catalogue' })
      continue
    }
    if (home.catalogue.region.id !== region)
      problems.push({ file, itemId: data.itemId, field: 'itemId', message: `belongs to ${home.catalogue.region.id}, not ${region}` })
    const item = home.catalogue.items.find((i) => i.id === data.itemId)!
    if (item.kind === 'disclosure') problems.push({ file, itemId: data.itemId, field: 'itemId', message: 'is a 公开目录 entry, which has no service guide' })
    if (item.duplicateOf)
      problems.push({ file, itemId: data.itemId, field: 'itemId', message: `duplicates ${item.duplicateOf} and shares its guide; remove this file` })
    if (guideById.has(data.itemId)) problems.push({ file, itemId: data.itemId, field: 'itemId', message: 'has two guide files' })
    guideById.set(data.itemId, data)
    guideProblems(data, file, home.catalogue, problems, phones)
    eligibilityProblems(data, file, problems)
  }
  // An item without a guide file is not a problem: its page shows what the catalogue says and that no
  // 办事指南 exists yet (a bureau imported from its published table starts with none). The data build
  // prints how many each region has (guideCoverage).

  if (aliases && unreadable.size === 0) {
    const terms = new Set<string>()
    aliases.aliases.forEach((a, i) => {
      if (terms.has(a.term)) problems.push({ file: 'mock-data/aliases.json', field: `aliases.${i}.term`, message: `"${a.term}" is listed twice` })
      terms.add(a.term)
      a.itemIds.forEach((id, j) => {
        if (!owner.has(id))
          problems.push({ file: 'mock-data/aliases.json', itemId: id, field: `aliases.${i}.itemIds.${j}`, message: 'is not an item of any catalogue' })
      })
    })
  }
  if (themes && unreadable.size === 0) {
    themes.themes.forEach((t, i) =>
      t.topics.forEach((topic, k) =>
        topic.itemIds.forEach((id, j) => {
          if (!owner.has(id))
            problems.push({
              file: 'mock-data/themes.json',
              itemId: id,
              field: `themes.${i}.topics.${k}.itemIds.${j}`,
              message: 'is not an item of any catalogue',
            })
        }),
      ),
    )
    for (const [region, ids] of Object.entries(themes.featured)) {
      if (!regionIds.has(region)) problems.push({ file: 'mock-data/themes.json', field: `featured.${region}`, message: `"${region}" is not a region` })
      ids.forEach((id, j) => {
        if (owner.get(id)?.catalogue.region.id !== region)
          problems.push({ file: 'mock-data/themes.json', itemId: id, field: `featured.${region}.${j}`, message: `is not an item of ${region}` })
      })
    }
  }

  const lifeEvents = options.onlyItems
    ? new Map<string, LifeEventsFile>()
    : lifeEventsProblems({ files: lifeEventFiles, catalogues: catalogues.map((c) => c.data), guides: guideById, unreadable, guideFiles, phones }, problems)

  if (synonyms && departments && aliases && unreadable.size === 0 && !options.onlyItems) {
    searchLanguageProblems({ synonyms, departments, aliases, catalogues: catalogues.map((c) => c.data), guides: guideById, lifeEvents }, problems)
  }

  const ok = problems.length === 0 && aliases && themes && synonyms && departments
  return ok
    ? {
        dataset: {
          catalogues: catalogues.map((c) => c.data),
          guides: guideById,
          aliases: aliases!,
          themes: themes!,
          lifeEvents,
          synonyms: synonyms!,
          departments: departments!,
        },
        problems,
      }
    : { problems }
}
