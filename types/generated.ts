/**
 * Shapes of the data that scripts/data/build.ts derives from mock-data/ into src/generated/.
 * Derived from the catalogue types, never edited by hand.
 */
import type { CatalogueFile, CatalogueItem, GuideFile } from './catalogue'
import type { LifeEventSummary } from './life-events'

export type Applicant = '个人' | '单位'

/**
 * What lists, home and 我的 need of an item (main package). The full transcription (公开内容, 依据,
 * channels, source notes) lives in ItemDetails, loaded only with the guide page.
 */
export interface ItemSummary extends Pick<CatalogueItem, 'id' | 'kind' | 'name' | 'unit' | 'duplicateOf'> {
  regionId: string
  /** The guide to show: the item's own, the original's for a duplicated row, null for 公开目录 entries. */
  guideId: string | null
  venueId: string | null
  /** The promised limit's wording, or the statutory one's when nothing is promised: lists show it at a glance. */
  timeLimitText: string | null
  /** True when that wording is sample content of the guide (lists mark it 时限（示例）). */
  timeLimitSample: boolean
  applicants: Applicant[]
  /** Material ids of the guide, so 我的 can show checklist progress without loading guides. */
  materialIds: string[]
}

export interface ThemeSummary {
  id: string
  name: string
  description: string
  itemIds: string[]
}

export interface RegionIndex {
  id: string
  /** The prefix of the region's item ids (hm of hm-006). */
  idPrefix: string
  name: string
  nameInferred: boolean
  nameNote?: string
  /** A county bureau's city region id (absent for a city-level bureau). */
  parent?: string
  /** Synthetic data for scale work (absent for real catalogues). */
  synthetic?: true
  dataVersion: string
  source: CatalogueFile['source']
  categories: { name: string; itemIds: string[] }[]
  hotlines: CatalogueFile['hotlines']
  defaultHotlineId: string
  venues: CatalogueFile['venues']
  themes: ThemeSummary[]
  featured: string[]
  items: ItemSummary[]
  /** The region's life events (一件事), summaries only; full events in src/generated/life-events.json. */
  lifeEvents: LifeEventSummary[]
}

export interface CatalogueIndex {
  regions: RegionIndex[]
}

/** Guides by item id. */
export type GuideBundle = Record<string, GuideFile>

/** Full seed transcription of every item, by id (guide subpackage). */
export type ItemDetails = Record<string, CatalogueItem>

/**
 * Official public holidays and make-up workdays (调休) for the years covered: from chinese-days, or
 * from mock-data/holidays/<year>.json where a maintainer transcribed the State Council's notice.
 */
export interface HolidayCalendar {
  /** Which years come from where: "2025–2026 from chinese-days 1.5.7; 2027 from mock-data/holidays/2027.json". */
  source: string
  firstYear: number
  lastYear: number
  /** The years covered, ascending; a year between firstYear and lastYear can be missing. */
  years: number[]
  /** Year -> where its days come from: "chinese-days 1.5.7" or "mock-data/holidays/2027.json". */
  sources: Record<string, string>
  /** YYYY-MM-DD -> holiday name (元旦, 春节 ...). */
  holidays: Record<string, string>
  /** YYYY-MM-DD -> the holiday a make-up workday belongs to. */
  workdays: Record<string, string>
}
