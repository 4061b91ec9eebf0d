/**
 * What the app keeps on the phone, one versioned key each. Ids are item ids (hm-006, bj-073).
 * The 我能办什么 answers have their key in eligibility-answers.ts: only those pages read them, and its
 * schema carries the eligibility vocabulary, which the page's first script then need not.
 */
import * as v from 'valibot'
import { ITEM_ID_PATTERN, LIFE_EVENT_ID_PATTERN, REGION_ID_PATTERN } from '../../../types/policy'
import type { StoredKeyDefinition } from './envelope'

const itemId = v.pipe(v.string(), v.regex(ITEM_ID_PATTERN))
const regionId = v.pipe(v.string(), v.regex(REGION_ID_PATTERN))
/** Milliseconds since the epoch, as stored. */
export const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0))
const eventId = v.pipe(v.string(), v.regex(LIFE_EVENT_ID_PATTERN))

export const MAX_RECENTS = 30
export const MAX_SEARCH_HISTORY = 10

// ---- settings -------------------------------------------------------------------------------
export const SettingsSchema = v.object({
  /** The catalogue the citizen chose; null until they choose. */
  regionId: v.nullable(regionId),
  /** 长辈模式: true/false once the citizen switched it; null follows the system font size. */
  elderMode: v.nullable(v.boolean()),
})
export type Settings = v.InferOutput<typeof SettingsSchema>

export const settingsKey: StoredKeyDefinition<Settings> = {
  key: 'rsbszn.settings',
  version: 1,
  schema: SettingsSchema,
  initial: () => ({ regionId: null, elderMode: null }),
  maxLength: 2_000,
}

// ---- favourites -----------------------------------------------------------------------------
// Version 3: a saved entry is an item or a life event (一件事), in one list per region, latest first.
const SavedItem = v.object({ kind: v.literal('item'), id: itemId, savedAt: timestamp })
const SavedEvent = v.object({ kind: v.literal('event'), id: eventId, savedAt: timestamp })
const Saved = v.variant('kind', [SavedItem, SavedEvent])
export const FavouritesSchema = v.record(regionId, v.array(Saved))
export type Favourites = v.InferOutput<typeof FavouritesSchema>
export type SavedEntry = v.InferOutput<typeof Saved>
export type SavedKind = SavedEntry['kind']

/** Version 2 saved items only: { region: [{ id, savedAt }] }. */
const FavouritesV2 = v.record(v.string(), v.array(v.looseObject({ id: v.string(), savedAt: v.number() })))

/**
 * The favourites key. Version 1 kept one flat list of ids for all regions; the id's prefix says which
 * region, and the catalogue knows the prefixes (catalogue.regionIdOfItem), so it is passed in.
 * Version 2 saved items only; version 3 saves items and life events, each with its kind.
 */
export const FAVOURITES_STORAGE_KEY = 'rsbszn.favourites'
/** The 我能办什么 answers' key (its definition: eligibility-answers.ts; 隐私说明 lists it by name). */
export const ELIGIBILITY_ANSWERS_STORAGE_KEY = 'rsbszn.eligibility-answers'

export function favouritesKeyFor(regionIdOfItem: (id: string) => string | undefined): StoredKeyDefinition<Favourites> {
  return {
    key: FAVOURITES_STORAGE_KEY,
    version: 3,
    schema: FavouritesSchema,
    initial: () => ({}),
    migrations: {
      1: (data) => {
        const ids = v.parse(v.array(v.string()), data)
        const out: Record<string, { id: string; savedAt: number }[]> = {}
        for (const id of ids) {
          const region = regionIdOfItem(id)
          if (region && !(out[region] ?? []).some((s) => s.id === id)) out[region] = [...(out[region] ?? []), { id, savedAt: 0 }]
        }
        return out
      },
      // Every version 2 entry was an item.
      2: (data) => {
        const v2 = v.parse(FavouritesV2, data)
        const out: Record<string, { kind: 'item'; id: string; savedAt: number }[]> = {}
        for (const [region, list] of Object.entries(v2)) out[region] = list.map((s) => ({ kind: 'item', id: s.id, savedAt: s.savedAt }))
        return out
      },
    },
    maxLength: 64_000,
  }
}

// ---- recent views ---------------------------------------------------------------------------
const Viewed = v.object({ id: itemId, viewedAt: timestamp })
export const RecentsSchema = v.record(regionId, v.pipe(v.array(Viewed), v.maxLength(MAX_RECENTS)))
export type Recents = v.InferOutput<typeof RecentsSchema>

export const recentsKey: StoredKeyDefinition<Recents> = {
  key: 'rsbszn.recents',
  version: 1,
  schema: RecentsSchema,
  initial: () => ({}),
  maxLength: 32_000,
}

// ---- materials checklists -------------------------------------------------------------------
export const ChecklistEntrySchema = v.object({
  /** The catalogue data version the ticks were made against. */
  dataVersion: v.string(),
  ticked: v.array(v.string()),
  updatedAt: timestamp,
})
export const ChecklistsSchema = v.record(itemId, ChecklistEntrySchema)
export type ChecklistEntry = v.InferOutput<typeof ChecklistEntrySchema>
export type Checklists = v.InferOutput<typeof ChecklistsSchema>

export const checklistsKey: StoredKeyDefinition<Checklists> = {
  key: 'rsbszn.checklists',
  version: 1,
  schema: ChecklistsSchema,
  initial: () => ({}),
  maxLength: 128_000,
}

// ---- search history -------------------------------------------------------------------------
export const SearchHistorySchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(50))), v.maxLength(MAX_SEARCH_HISTORY))

export const searchHistoryKey: StoredKeyDefinition<string[]> = {
  key: 'rsbszn.search-history',
  version: 1,
  schema: SearchHistorySchema,
  initial: () => [],
  maxLength: 4_000,
}

// ---- recently used regions (region picker) ----------------------------------------------------
export const MAX_RECENT_REGIONS = 5
export const RecentRegionsSchema = v.pipe(v.array(regionId), v.maxLength(MAX_RECENT_REGIONS))

export const recentRegionsKey: StoredKeyDefinition<string[]> = {
  key: 'rsbszn.recent-regions',
  version: 1,
  schema: RecentRegionsSchema,
  initial: () => [],
  maxLength: 1_000,
}

// ---- whether downloaded region data is on this phone (builds with a data origin) ---------------
/**
 * Set once the downloading loader has kept a file on the phone. Read at launch without that
 * loader's code: only then must it be opened before anything shows (to adopt a newer manifest).
 */
export const regionDataOnPhoneKey: StoredKeyDefinition<boolean> = {
  key: 'rsbszn.region-data-on-phone',
  version: 1,
  schema: v.boolean(),
  initial: () => false,
  maxLength: 100,
}
