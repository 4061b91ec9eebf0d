/**
 * Builds the search index at build time: normalised names, aliases, categories and guide words,
 * with the pinyin of every character computed by pinyin-pro (a devDependency; the app ships none).
 * pinyin-pro reads characters in context, so polyphones get the reading of the word they are in:
 * 参保 canbao, 调解 tiaojie, 重大 zhongda, 银行 yinhang, 行政 xingzheng.
 */
import { pinyin } from 'pinyin-pro'
import type { CatalogueIndex, RegionIndex } from '../../types/generated'
import { normalizeText } from '../../src/domain/search/normalize'
import { KIND } from '../../src/domain/search/scoring'
import type { SearchIndexFile } from '../../src/domain/search/types'
import type { DepartmentsFile, SearchLanguage, SynonymsFile } from '../../types/search-language'
import { buildSearchLanguage } from './search-vocabulary'
import type { Dataset } from './validate'

/** Pinyin for each kept character of a text, aligned with normalizeText(text).text. */
export function syllablesOf(original: string): string {
  const { text, positions } = normalizeText(original)
  const all = pinyin(original, { toneType: 'none', type: 'array', v: true }) as string[]
  // pinyin-pro returns one entry per UTF-16 unit of the original for the BMP text we index.
  return positions.map((pos, i) => (/[a-z0-9]/.test(text[i]) ? text[i] : (all[pos] ?? text[i]).toLowerCase())).join(' ')
}

export interface SearchSource {
  regions: string[]
  /** guideWords: a guide's summary and materials; contents: the 公开内容 of an item without a guide. */
  items: { id: string; regionId: string; name: string; category: string; guideWords: string[]; contents?: string[]; kind?: string }[]
  aliases: { term: string; itemIds: string[] }[]
  /** Life events: searched by name and by the everyday words people use (失业, 创业, 毕业 ...). */
  events?: { id: string; regionId: string; name: string; everydayWords: string[] }[]
  /** When given, the index carries the search language (lang) built from its own texts. */
  language?: { synonyms: SynonymsFile; departments: DepartmentsFile }
}

const joinPhrases = (words: readonly string[]) =>
  words
    .map((w) => normalizeText(w).text)
    .filter(Boolean)
    .join('\u0001')

export function buildSearchIndexFrom(source: SearchSource): SearchIndexFile {
  const categories: string[] = []
  const docIndex = new Map(source.items.map((item, i) => [item.id, i]))
  const docs = source.items.map((item) => {
    let c = categories.indexOf(item.category)
    if (c < 0) c = categories.push(item.category) - 1
    return {
      id: item.id,
      r: source.regions.indexOf(item.regionId),
      n: normalizeText(item.name).text,
      p: syllablesOf(item.name),
      c,
      k: joinPhrases(item.guideWords),
      ...(item.contents?.length ? { o: joinPhrases(item.contents) } : {}),
      ...(item.kind === 'disclosure' ? { x: KIND.disclosure } : item.kind === 'penalty' ? { x: KIND.penalty } : {}),
    }
  })
  const index: SearchIndexFile = {
    version: 1,
    regions: source.regions,
    categories: categories.map((name) => ({ t: normalizeText(name).text, p: syllablesOf(name) })),
    aliases: source.aliases.map((a) => ({
      t: normalizeText(a.term).text,
      p: syllablesOf(a.term),
      ids: a.itemIds.map((id) => docIndex.get(id)!).filter((i) => i !== undefined),
    })),
    docs,
    events: (source.events ?? []).map((e) => ({
      id: e.id,
      r: source.regions.indexOf(e.regionId),
      terms: [e.name, ...e.everydayWords].map((t) => ({ t: normalizeText(t).text, p: syllablesOf(t) })).filter((t) => t.t),
    })),
  }
  if (source.language) index.lang = languageOf(index, source, source.language)
  return index
}

/** The search language of an index: its vocabulary from its own texts, and the maintainers' tables. */
export function languageOf(index: SearchIndexFile, source: SearchSource, tables: { synonyms: SynonymsFile; departments: DepartmentsFile }): SearchLanguage {
  const syllables = new Set<string>()
  for (const { p } of [...index.docs.map((d) => ({ p: d.p })), ...index.aliases, ...index.categories]) for (const s of p.split(' ')) syllables.add(s)
  // Characters the names of every region spell: each region's engine reads them from its own names.
  const byRegion = index.regions.map((_, r) => new Set(index.docs.filter((d) => d.r === r).flatMap((d) => [...d.n])))
  const characters = new Set([...(byRegion[0] ?? [])].filter((ch) => byRegion.every((set) => set.has(ch))))
  const texts = [
    ...source.items.flatMap((item) => [item.name, item.category, ...item.guideWords, ...(item.contents ?? [])]),
    ...source.aliases.map((a) => a.term),
    ...(source.events ?? []).flatMap((e) => [e.name, ...e.everydayWords]),
  ]
  // Event names (失业了) are cut like any text: whole, they would swallow the filler they end with.
  const wholeWords = [...source.aliases.map((a) => a.term), ...(source.events ?? []).flatMap((e) => e.everydayWords)]
  return buildSearchLanguage({ texts, wholeWords, indexed: { syllables, characters }, ...tables })
}

/** The search items of some regions, in index order: name, category and guide words. */
export function searchItems(regions: readonly RegionIndex[], dataset: Dataset): SearchSource['items'] {
  const details = new Map(dataset.catalogues.flatMap((c) => c.items.map((i) => [i.id, i] as const)))
  return regions.flatMap((region) =>
    region.items.map((item) => {
      const guide = item.guideId ? dataset.guides.get(item.guideId) : undefined
      const detail = details.get(item.id)!
      const guideWords = guide ? [guide.summary, ...(guide.sections.materials?.items.map((m) => m.name) ?? [])] : []
      return {
        id: item.id,
        regionId: region.id,
        name: item.name,
        category: detail.category,
        guideWords,
        kind: item.kind,
        ...(guide ? {} : { contents: detail.contents }),
      }
    }),
  )
}

/** Life events of the regions: searched by name and by the everyday words people use. */
export function searchEvents(regions: readonly RegionIndex[]): NonNullable<SearchSource['events']> {
  return regions.flatMap((region) => region.lifeEvents.map((e) => ({ id: e.id, regionId: region.id, name: e.name, everydayWords: e.everydayWords })))
}

export function buildSearchIndex(index: CatalogueIndex, dataset: Dataset): SearchIndexFile {
  return buildSearchIndexFrom({
    regions: index.regions.map((r) => r.id),
    items: searchItems(index.regions, dataset),
    aliases: dataset.aliases.aliases,
    events: searchEvents(index.regions),
    language: { synonyms: dataset.synonyms, departments: dataset.departments },
  })
}

/**
 * One region's search keys: its own items, and the everyday names that point into it (their other ids
 * dropped). Its 一件事 are searched from the province index, with every other region's (one home).
 */
export function buildRegionSearchIndex(region: RegionIndex, dataset: Dataset): SearchIndexFile {
  const own = new Set(region.items.map((i) => i.id))
  const aliases = dataset.aliases.aliases.map((a) => ({ term: a.term, itemIds: a.itemIds.filter((id) => own.has(id)) })).filter((a) => a.itemIds.length > 0)
  const { events: _events, ...keys } = buildSearchIndexFrom({ regions: [region.id], items: searchItems([region], dataset), aliases })
  return keys
}
