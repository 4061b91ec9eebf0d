import type { SearchLanguage } from '../../../types/search-language'

export type { SearchLanguage }

/** The search index that scripts/data/search-index.ts writes and the engine reads. */
export interface SearchIndexFile {
  version: 1
  regions: string[]
  /** Category names of all regions, normalised, with their syllables ("jiu ye xin xi fu wu"). */
  categories: { t: string; p: string }[]
  /** Everyday names; ids are doc indexes in priority order (the first is the best answer). */
  aliases: { t: string; p: string; ids: number[] }[]
  docs: {
    id: string
    /** Region index. */
    r: number
    /** Normalised name. */
    n: string
    /** Syllables of n, space-separated, one per character. */
    p: string
    /** Category index. */
    c: number
    /** Normalised guide words (summary, materials), phrases separated by \u0001. */
    k: string
    /** Normalised 公开内容 of an item without a guide (公开目录 entries), phrases separated by \u0001. */
    o?: string
    /** Kind, when not a service (scoring.ts KIND): 1 公开目录, 2 行政处罚. */
    x?: number
  }[]
  /** Life events (一件事), a separate small list: name and everyday words (失业, 创业 ...) with syllables. */
  events?: EventIndexEntry[]
  /** The words search understands (segmenter vocabulary, synonyms, routing); in the province index in the app. */
  lang?: SearchLanguage
}

export interface EventIndexEntry {
  id: string
  /** Region index. */
  r: number
  /** Name, then the everyday words: normalised text and syllables, as aliases are. */
  terms: { t: string; p: string }[]
}

export interface EventHit {
  id: string
  regionId: string
  /** The name or everyday word that matched (normalised). */
  matched: string
  /** True when the event's name matched, false for an everyday word. */
  byName: boolean
  /** The event's name, on hits from the province index (the region's own files may not be loaded). */
  name?: string
}

export type MatchField = 'name' | 'alias' | 'synonym' | 'related' | 'category' | 'contents' | 'guide'

export interface SearchHit {
  id: string
  regionId: string
  /** scoring.ts TIER: 0 exact name, 1 name prefix, 2 alias, 3 name contains, 4 related, 5 category, 6 公开内容, 7 guide text (its best term). */
  tier: number
  field: MatchField
  /** The alias that matched, when field is alias; the catalogue word, when field is synonym. */
  alias?: string
  /** Matched ranges in the normalised name, [start, end). */
  nameRanges: [number, number][]
  /** The item's name, on hits from the province index (other regions, whose index may not be loaded). */
  name?: string
}
