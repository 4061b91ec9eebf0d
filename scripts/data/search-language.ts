/**
 * Rules that span the search language files (mock-data/synonyms.json, mock-data/departments.json)
 * and the catalogue: a synonym's catalogue and related words must occur in the catalogue, an everyday word
 * has one home (a synonym, an alias of aliases.json, or a filler word, never two), and a word that routes
 * to another department must not name an item of 人社's own catalogues. A gap word may contain a department
 * word (工伤住院): a 人社 reading wins over the department (src/domain/search/answer.ts). Called by validate.ts.
 */
import type { AliasesFile, CatalogueFile, GuideFile } from '../../types/catalogue'
import type { LifeEventsFile } from '../../types/life-events'
import type { DepartmentsFile, SynonymsFile } from '../../types/search-language'
import { normalizeText } from '../../src/domain/search/normalize'
import type { DataProblem } from './validate'

export const SYNONYMS_FILE = 'mock-data/synonyms.json'
export const DEPARTMENTS_FILE = 'mock-data/departments.json'

export interface SearchLanguageInput {
  synonyms: SynonymsFile
  departments: DepartmentsFile
  aliases: AliasesFile
  catalogues: readonly CatalogueFile[]
  guides: ReadonlyMap<string, GuideFile>
  lifeEvents: ReadonlyMap<string, LifeEventsFile>
}

const norm = (s: string) => normalizeText(s).text

/** Every text of the catalogue a synonym's catalogue word may point at, normalised and joined. */
export function catalogueText(input: Omit<SearchLanguageInput, 'synonyms' | 'departments'>): string {
  const parts: string[] = []
  for (const c of input.catalogues) {
    parts.push(...c.categories)
    for (const item of c.items) parts.push(item.name, ...item.contents)
  }
  for (const g of input.guides.values()) parts.push(g.summary, ...(g.sections.materials?.items.map((m) => m.name) ?? []))
  for (const a of input.aliases.aliases) parts.push(a.term)
  for (const file of input.lifeEvents.values()) for (const e of file.events) parts.push(e.name, ...e.everydayWords)
  return parts.map(norm).join('\u0001')
}

export function searchLanguageProblems(input: SearchLanguageInput, problems: DataProblem[]): void {
  const text = catalogueText(input)
  const names = input.catalogues.flatMap((c) => c.items.map((i) => ({ id: i.id, name: norm(i.name) })))
  const aliasTerms = new Set(input.aliases.aliases.map((a) => norm(a.term)))
  const filler = new Set<string>()
  input.synonyms.filler.forEach((w, i) => {
    if (filler.has(w)) problems.push({ file: SYNONYMS_FILE, field: `filler.${i}`, message: `"${w}" is listed twice` })
    if (aliasTerms.has(w))
      problems.push({ file: SYNONYMS_FILE, field: `filler.${i}`, message: `"${w}" is an everyday name in aliases.json; a word has one home` })
    filler.add(w)
  })

  const everyday = new Map<string, string>()
  input.synonyms.synonyms.forEach((s, i) => {
    s.everyday.forEach((w, j) => {
      const field = `synonyms.${i}.everyday.${j}`
      if (everyday.has(w)) problems.push({ file: SYNONYMS_FILE, field, message: `"${w}" is listed twice (also ${everyday.get(w)})` })
      else everyday.set(w, field)
      if (filler.has(w)) problems.push({ file: SYNONYMS_FILE, field, message: `"${w}" is also a filler word` })
      if (aliasTerms.has(w)) problems.push({ file: SYNONYMS_FILE, field, message: `"${w}" is an everyday name in aliases.json; a word has one home` })
    })
    for (const key of ['catalogue', 'related'] as const) {
      ;(s[key] ?? []).forEach((w, j) => {
        if (!text.includes(norm(w)))
          problems.push({ file: SYNONYMS_FILE, field: `synonyms.${i}.${key}.${j}`, message: `"${w}" does not occur in any catalogue, guide, alias or 一件事` })
      })
    }
  })

  const routed = new Map<string, string>()
  input.departments.departments.forEach((d, i) => {
    d.words.forEach((w, j) => {
      const field = `departments.${i}.words.${j}`
      if (routed.has(w)) problems.push({ file: DEPARTMENTS_FILE, field, message: `"${w}" is listed twice (also ${routed.get(w)})` })
      else routed.set(w, field)
      const item = names.find((n) => n.name.includes(norm(w)))
      if (item)
        problems.push({
          file: DEPARTMENTS_FILE,
          itemId: item.id,
          field,
          message: `"${w}" occurs in the name of ${item.id}, so it is 人社's business, not ${d.name}'s`,
        })
      if (everyday.has(w)) problems.push({ file: DEPARTMENTS_FILE, field, message: `"${w}" is also an everyday word of synonyms.json` })
    })
  })
  input.departments.gaps.forEach((g, i) => {
    g.words.forEach((w, j) => {
      const field = `gaps.${i}.words.${j}`
      if (routed.has(w)) problems.push({ file: DEPARTMENTS_FILE, field, message: `"${w}" is listed twice (also ${routed.get(w)})` })
      else routed.set(w, field)
    })
  })
}
