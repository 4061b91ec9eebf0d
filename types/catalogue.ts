/**
 * The catalogue's one source of truth: valibot schemas, and the TypeScript types inferred from them.
 *
 * mock-data/<region>/catalogue.json   -> CatalogueFileSchema (seed transcription, venues, hotlines)
 * mock-data/<region>/guides/<id>.json -> GuideFileSchema      (service guides, mostly sample content)
 * mock-data/aliases.json              -> AliasesFileSchema    (everyday names people search by)
 * mock-data/themes.json               -> ThemesFileSchema     (citizen-facing themes, featured items)
 *
 * Cross-file rules (unique ids, references, phone allow-list, required sections) live in
 * scripts/data/validate.ts; the schemas here check the shape of each file.
 */
import * as v from 'valibot'
import { EligibilitySchema } from './life-events'
import { ITEM_ID_PATTERN, PHONE_PATTERN, REGION_ID_PATTERN, REGION_PREFIX_PATTERN } from './policy'

export { ITEM_ID_PATTERN, PHONE_PATTERN, REGION_PREFIX_PATTERN }

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
const optionalText = v.optional(text)

const itemId = v.pipe(v.string(), v.regex(ITEM_ID_PATTERN, 'must look like hm-006 or bj-073'))
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'))

// ---------------------------------------------------------------------------------------------
// Phones, venues and hours
// ---------------------------------------------------------------------------------------------

export const HotlineSchema = v.strictObject({
  id: slug,
  number: v.pipe(v.string(), v.regex(PHONE_PATTERN, 'is not a well-formed phone number')),
  /** Whom the number reaches, as a citizen reads it: "市人社局咨询及监督举报电话". */
  label: text,
  /** seed: printed in the source catalogue; national: the national HRSS service hotline. */
  source: v.picklist(['seed', 'national']),
  note: optionalText,
})
export type Hotline = v.InferOutput<typeof HotlineSchema>

const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like 09:30'))
const monthDay = v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD'))

/** One opening period within a day, e.g. 09:00-12:00. */
export const PeriodSchema = v.strictObject({ start: clock, end: clock })
export type Period = v.InferOutput<typeof PeriodSchema>

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
const weekday = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))

export const WeeklyHoursSchema = v.strictObject({
  days: v.pipe(v.array(weekday), v.nonEmpty('must name at least one weekday')),
  /** In order; the gaps between periods are breaks (午休). */
  periods: v.pipe(v.array(PeriodSchema), v.nonEmpty('must have at least one period')),
})
export type WeeklyHours = v.InferOutput<typeof WeeklyHoursSchema>

export const ScheduleSchema = v.strictObject({
  /** "夏季作息"; omitted for a schedule that holds all year. */
  label: optionalText,
  /** Inclusive MM-DD range; may wrap the year end (10-01 .. 04-30). Omit both for all year. */
  from: v.optional(monthDay),
  to: v.optional(monthDay),
  weekly: v.pipe(v.array(WeeklyHoursSchema), v.nonEmpty('must have at least one weekly rule')),
})
export type Schedule = v.InferOutput<typeof ScheduleSchema>

export const OpeningHoursSchema = v.strictObject({
  /** The wording shown to citizens. */
  text,
  schedules: v.pipe(v.array(ScheduleSchema), v.nonEmpty('must have at least one schedule')),
  /** Official public holidays close the office; make-up workdays (调休) open with weekday hours. */
  closedOnPublicHolidays: v.literal(true),
})
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>

export const VenueSchema = v.strictObject({
  id: slug,
  /** A generic venue name, never a street address we cannot vouch for. */
  name: text,
  /** Why no street address is given, and where to confirm it. */
  addressNote: text,
  hours: OpeningHoursSchema,
  /** Only where an official source gives them; none of the bundled venues has any. */
  coordinates: v.optional(
    v.strictObject({
      latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      source: text,
    }),
  ),
  sample: v.boolean(),
})
export type Venue = v.InferOutput<typeof VenueSchema>

// ---------------------------------------------------------------------------------------------
// Seed rows
// ---------------------------------------------------------------------------------------------

/** What an item is for the citizen: a service with a guide, a penalty disclosed, an event, or an entry of the 公开目录. */
export const ITEM_KINDS = ['service', 'penalty', 'event', 'disclosure'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const SOURCE_NOTE_KINDS = [
  'merged-cell', // an empty cell filled from the merged cell it belongs to
  'swapped-columns', // 公开主体 and 公开时限 were swapped in the source and are put back
  'page-break', // a cell split across a page break and joined again
  'duplicate-row', // the source repeats another row
  'source-oddity', // something the source says that looks off, kept as written
  'inferred', // a value the source does not state, inferred and labelled as such
  'split-list', // a list the source printed run together (、-separated, numbers on one line, channel names without separators) split into entries
  'converted', // the source is in Traditional Chinese and was converted to Simplified (opencc-js)
] as const

export const SourceNoteSchema = v.strictObject({
  kind: v.picklist(SOURCE_NOTE_KINDS),
  field: v.optional(v.picklist(['category', 'name', 'contents', 'legalBases', 'unit', 'publicationLimit', 'channels', 'audience', 'methods', 'levels', 'row'])),
  text,
})
export type SourceNote = v.InferOutput<typeof SourceNoteSchema>

export const METHOD_TYPES = ['主动公开', '依申请公开'] as const

export const ItemSchema = v.strictObject({
  id: itemId,
  /** 序号 in the source. */
  row: v.pipe(v.number(), v.integer(), v.minValue(1)),
  kind: v.picklist(ITEM_KINDS),
  /** 事项类别 / 一级事项, as written (merged cells filled, see sourceNotes). */
  category: text,
  /** 事项名称 / 二级事项, as written. */
  name: text,
  /** 公开内容, one entry per numbered point, numbering removed. */
  contents: v.pipe(v.array(text), v.nonEmpty('must list what is published')),
  /** 公开依据, one entry per document. */
  legalBases: v.pipe(v.array(text), v.nonEmpty('must list at least one basis')),
  /** 公开主体 / 信息保障单位. */
  unit: text,
  /** 公开时限 / 信息更新时间, as written. */
  publicationLimit: text,
  /** 网站公开栏目 (second seed only). */
  webColumn: optionalText,
  /** The channels checked in the source (■ / checked box). */
  channels: v.array(text),
  audience: v.strictObject({
    /** 全社会 ticked. */
    public: v.boolean(),
    /** 特定群体 / 特定对象: who, as written; null when not ticked. */
    specificGroup: v.nullable(text),
  }),
  methods: v.pipe(v.array(v.strictObject({ type: v.picklist(METHOD_TYPES), scope: optionalText })), v.nonEmpty('must name a method')),
  /** 公开层级 as printed: 市级, 县级, 区级, 乡级, 镇街级, 乡、村级 … */
  levels: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\S{1,8}级$/, 'must be a level as printed, e.g. 市级 or 乡、村级'))), v.nonEmpty('must name a level')),
  levelsInferred: v.boolean(),
  /** 咨询及监督举报电话 printed on the row, if any. */
  hotline: v.nullable(v.pipe(v.string(), v.regex(PHONE_PATTERN, 'is not a well-formed phone number'))),
  duplicateOf: v.optional(itemId),
  sourceNotes: v.array(SourceNoteSchema),
})
export type CatalogueItem = v.InferOutput<typeof ItemSchema>

export const CatalogueFileSchema = v.strictObject({
  schemaVersion: v.literal(1),
  /** Bumped whenever guide content changes; stored checklists reconcile against it. */
  dataVersion: v.pipe(v.string(), v.regex(/^\d{4}\.\d{2}\.\d+$/, 'must look like 2026.11.1')),
  region: v.strictObject({
    /** As links and storage take it (REGION_ID_PATTERN), so every region in the data can be opened. */
    id: v.pipe(v.string(), v.regex(REGION_ID_PATTERN, 'must be a lower-case letter, then letters, digits or dashes (at most 31)')),
    /** Prefix of every item id in this catalogue. */
    idPrefix: v.pipe(v.string(), v.regex(REGION_PREFIX_PATTERN, 'must be two letters, then up to four letters or digits')),
    name: text,
    nameInferred: v.boolean(),
    nameNote: optionalText,
    /** A county bureau's city (that city's region id); omitted for a city-level bureau. */
    parent: v.optional(slug),
    /** Generated for scale work (npm run scale:generate): no real bureau, never shipped. */
    synthetic: v.optional(v.literal(true)),
  }),
  source: v.strictObject({
    file: text,
    title: text,
    /** The bureau that publishes the catalogue, as the source names it. */
    publisher: text,
    /** The year or date of the source; null where the source gives none. */
    date: v.nullable(text),
    dateNote: optionalText,
    rowCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** Rows of the source that could not be read (npm run catalogue:import lists why in import-report.json). */
    skippedRows: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1)))),
    /** The source's own column names, so the app can label fields the way the source does. */
    columns: v.strictObject({ category: text, name: text, unit: text, publicationLimit: text, audienceGroup: text }),
    /** Notes on how the source was transcribed. */
    transcriptionNotes: v.array(text),
  }),
  /** 事项类别 / 一级事项 in source order; every item's category must be one of them. */
  categories: v.pipe(v.array(text), v.nonEmpty('must list the categories')),
  hotlines: v.pipe(v.array(HotlineSchema), v.nonEmpty('must have a hotline')),
  /** The hotline shown on every guide's bottom bar. */
  defaultHotlineId: slug,
  venues: v.array(VenueSchema),
  items: v.pipe(v.array(ItemSchema), v.nonEmpty('must have items')),
})
export type CatalogueFile = v.InferOutput<typeof CatalogueFileSchema>

// ---------------------------------------------------------------------------------------------
// Service guides
// ---------------------------------------------------------------------------------------------

/** month: calendar months (民法典第二百零二条), e.g. 民办教育促进法's "三个月内". */
export const TIME_UNITS = ['workday', 'natural-day', 'month', 'on-the-spot'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

export const TimeLimitSchema = v.pipe(
  v.strictObject({
    /** Number of days (or months for unit month); null only for on-the-spot. */
    value: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
    unit: v.picklist(TIME_UNITS),
    /** The wording, e.g. "20个工作日", "即时办结". */
    text,
  }),
  v.check((limit) => (limit.unit === 'on-the-spot') === (limit.value === null), 'on-the-spot limits have no value; day and month limits need one'),
)
export type TimeLimit = v.InferOutput<typeof TimeLimitSchema>

export const MATERIAL_FORMS = ['original', 'copy', 'original-and-copy', 'electronic', 'form'] as const

export const MaterialSchema = v.pipe(
  v.strictObject({
    /** Stable within the guide; checklists store ticks by it. */
    id: slug,
    name: text,
    form: v.picklist(MATERIAL_FORMS),
    copies: v.pipe(v.number(), v.integer(), v.minValue(1)),
    required: v.boolean(),
    /** When a conditional material is needed. */
    condition: optionalText,
    /** Where it comes from: 申请人自备, 窗口领取, 公安机关 ... */
    source: text,
    note: optionalText,
  }),
  v.check((m) => m.required || m.condition !== undefined, 'a conditional material must say when it is needed (condition)'),
)
export type Material = v.InferOutput<typeof MaterialSchema>

export const StepSchema = v.strictObject({ title: text, detail: text })

export const LegalBasisSchema = v.strictObject({
  title: text,
  /** The article or clause, where one applies and is confirmed to say what the guide says. */
  provision: optionalText,
  /** Why no article is given (the number could not be confirmed); not shown to citizens. */
  provisionNote: optionalText,
  /** True when the document is listed in the item's 公开依据 in the seed. */
  fromSeed: v.boolean(),
})

export const ContactSchema = v.strictObject({
  /** Hotline ids of the region's catalogue. */
  consult: v.pipe(v.array(slug), v.nonEmpty('must name a consultation hotline')),
  complaint: v.pipe(v.array(slug), v.nonEmpty('must name a complaint hotline')),
  note: optionalText,
})

/** Section contents; every section is optional in the shape, required per item by its 公开内容. */
export const GuideSectionsSchema = v.strictObject({
  audience: v.optional(v.strictObject({ text })),
  conditions: v.optional(v.strictObject({ items: v.pipe(v.array(text), v.nonEmpty()) })),
  materials: v.optional(v.strictObject({ items: v.pipe(v.array(MaterialSchema), v.nonEmpty()), note: optionalText })),
  flow: v.optional(v.strictObject({ steps: v.pipe(v.array(StepSchema), v.nonEmpty()) })),
  timeLimit: v.optional(
    v.pipe(
      v.strictObject({ statutory: v.nullable(TimeLimitSchema), promised: v.nullable(TimeLimitSchema), note: optionalText }),
      v.check((t) => t.statutory !== null || t.promised !== null, 'needs a statutory or a promised limit'),
    ),
  ),
  fees: v.optional(v.strictObject({ free: v.boolean(), text })),
  location: v.optional(v.strictObject({ venueId: slug, window: text, note: optionalText })),
  legalBasis: v.optional(v.strictObject({ items: v.pipe(v.array(LegalBasisSchema), v.nonEmpty()) })),
  contact: v.optional(ContactSchema),
  online: v.optional(v.strictObject({ available: v.boolean(), channels: v.array(v.strictObject({ name: text, note: optionalText })), note: optionalText })),
  handlingMethod: v.optional(v.strictObject({ modes: v.pipe(v.array(text), v.nonEmpty()), text })),
  basicInfo: v.optional(v.strictObject({ facts: v.pipe(v.array(v.strictObject({ label: text, value: text })), v.nonEmpty()) })),
  specialSteps: v.optional(v.strictObject({ items: v.pipe(v.array(text), v.nonEmpty()) })),
  evaluation: v.optional(v.strictObject({ text })),
  result: v.optional(v.strictObject({ text })),
  organizer: v.optional(v.strictObject({ text })),
  schedule: v.optional(v.strictObject({ items: v.pipe(v.array(v.strictObject({ when: text, what: text })), v.nonEmpty()) })),
})
export type GuideSections = v.InferOutput<typeof GuideSectionsSchema>
export type SectionKey = keyof GuideSections

export const GuideFileSchema = v.strictObject({
  itemId,
  /** One line on what the item does for the citizen. */
  summary: text,
  /** Who applies or acts: a person (个人), an employer or organisation (单位), or both. */
  applicants: v.optional(v.pipe(v.array(v.picklist(['个人', '单位'])), v.nonEmpty())),
  /** Who the item is for, citing the guide's own lines (我能办什么); see types/life-events.ts. */
  eligibility: v.optional(EligibilitySchema),
  /** True when any guide text is not from the seed; sampleFields narrows it where only part is sample. */
  sample: v.boolean(),
  /** Sections whose text is sample content. Omitted: every section is sample when sample is true. */
  sampleFields: v.optional(v.array(text)),
  sections: GuideSectionsSchema,
})
export type GuideFile = v.InferOutput<typeof GuideFileSchema>

// ---------------------------------------------------------------------------------------------
// Search aliases and themes
// ---------------------------------------------------------------------------------------------

export const AliasesFileSchema = v.strictObject({
  aliases: v.pipe(v.array(v.strictObject({ term: text, itemIds: v.pipe(v.array(itemId), v.nonEmpty()) })), v.nonEmpty()),
})
export type AliasesFile = v.InferOutput<typeof AliasesFileSchema>

export const ThemesFileSchema = v.strictObject({
  /** A theme is a list of topics, each with the items that answer it (src/domain/catalogue/themes.ts). */
  themes: v.pipe(
    v.array(
      v.strictObject({
        id: slug,
        name: text,
        topics: v.pipe(v.array(v.strictObject({ words: text, itemIds: v.pipe(v.array(itemId), v.nonEmpty()) })), v.nonEmpty()),
      }),
    ),
    v.nonEmpty(),
  ),
  /** 常用服务 per region: an editorial pick, not usage statistics. */
  featured: v.record(slug, v.pipe(v.array(itemId), v.nonEmpty())),
})
export type ThemesFile = v.InferOutput<typeof ThemesFileSchema>
