/**
 * Life events (一件事一次办) and the eligibility data on guides: valibot schemas and the types
 * inferred from them, the one source of truth like types/catalogue.ts.
 *
 * mock-data/<region>/life-events.json -> LifeEventsFileSchema
 * guides' optional `eligibility` key   -> EligibilitySchema (used by GuideFileSchema)
 *
 * Cross-file rules (every step's item exists in the region and has a guide, document references
 * name real materials, eligibility lines exist in the guide) live in scripts/data/life-events.ts.
 */
import * as v from 'valibot'
import { APPLICANT_TAGS, FAMILY_TAGS, GROUP_TAGS, SITUATION_TAGS } from './eligibility'
import { ITEM_ID_PATTERN, LIFE_EVENT_ID_PATTERN } from './policy'

export { APPLICANT_TAGS, FAMILY_TAGS, GROUP_TAGS, LIFE_EVENT_ID_PATTERN, SITUATION_TAGS }

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
const itemId = v.pipe(v.string(), v.regex(ITEM_ID_PATTERN, 'must look like hm-006 or bj-073'))
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'))

// ---------------------------------------------------------------------------------------------
// Eligibility on guides
// ---------------------------------------------------------------------------------------------

/**
 * The guide's own lines that justify a tag: a number is an index into sections.conditions.items;
 * a string is an exact quote of the guide's summary, audience, conditions or basicInfo values.
 */
export const EligibilityBasisSchema = v.pipe(
  v.array(v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), text])),
  v.nonEmpty('must cite at least one line of the guide'),
)

const tagged = <const T extends readonly [string, ...string[]]>(tags: T) =>
  v.pipe(v.array(v.strictObject({ tag: v.picklist(tags), basis: EligibilityBasisSchema })), v.nonEmpty('must list at least one tag, or be left out'))

/**
 * Who an item is for, in the fixed vocabularies of types/eligibility.ts. A dimension left out (or a
 * situation for a 单位-only item) means the item does not restrict it.
 */
export const EligibilitySchema = v.strictObject({
  /** 个人 / 单位: must agree with the guide's `applicants`. */
  applicants: tagged(APPLICANT_TAGS),
  /** The individual's current situation the item is for (在职, 失业 ...). */
  situations: v.optional(tagged(SITUATION_TAGS)),
  /** Special groups the item is for, only those its own text names. */
  groups: v.optional(tagged(GROUP_TAGS)),
  /** A family event the item exists for (家人去世). */
  family: v.optional(tagged(FAMILY_TAGS)),
})
export type Eligibility = v.InferOutput<typeof EligibilitySchema>
export type EligibilityBasis = v.InferOutput<typeof EligibilityBasisSchema>

// ---------------------------------------------------------------------------------------------
// Life events
// ---------------------------------------------------------------------------------------------

export const STEP_NEEDS = ['always', 'conditional'] as const
export type StepNeed = (typeof STEP_NEEDS)[number]

export const LifeEventStepSchema = v.pipe(
  v.strictObject({
    /** An item of the same region that has a service guide. */
    itemId,
    /** Why this step is part of the event, in one plain sentence. */
    why: text,
    need: v.picklist(STEP_NEEDS),
    /** When a conditional step is needed ("重新就业后"); only on conditional steps. */
    condition: v.optional(text),
    /**
     * Stages run in order, 1, 2, 3 ...; steps sharing a stage can be done in parallel. Non-decreasing
     * in the order of the steps.
     */
    stage: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /**
     * Why the step gets no predicted date: it happens later, at a time the app cannot know ("开业正常经营
     * 满6个月后才能申请"). The timeline lists it with this reason instead of a date.
     */
    outsideTimeline: v.optional(text),
  }),
  v.check(
    (s) => (s.need === 'conditional') === (s.condition !== undefined),
    'a conditional step must say when it is needed (condition); an always-needed step has none',
  ),
)
export type LifeEventStep = v.InferOutput<typeof LifeEventStepSchema>

export const LifeEventSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(LIFE_EVENT_ID_PATTERN, 'must be lower-case letters, digits and dashes, starting with a letter')),
  /** 失业了, 我要创业 ... */
  name: text,
  /** One line "适用于": who this event is for. */
  appliesTo: text,
  /** Who goes through the event: 个人, 单位 or both (我能办什么 shows it to them). */
  applicants: v.pipe(v.array(v.picklist(APPLICANT_TAGS)), v.nonEmpty('must name 个人 and/or 单位')),
  /** The special groups the event is for (高校毕业生找工作: 高校毕业生); left out when it is for everyone. */
  groups: v.optional(v.pipe(v.array(v.picklist(GROUP_TAGS)), v.nonEmpty('must list at least one group, or be left out'))),
  /** The words people search with (失业, 创业, 毕业, 去世, 退休, 招人 ...). */
  everydayWords: v.pipe(v.array(text), v.nonEmpty('must list at least one everyday word')),
  /** Events are sample content, like the guides. */
  sample: v.literal(true),
  /** In the order a citizen does them. */
  steps: v.pipe(v.array(LifeEventStepSchema), v.minLength(2, 'an event bundles at least two items')),
})
export type LifeEvent = v.InferOutput<typeof LifeEventSchema>

/** "bj-073/social-security-card": a material of one guide. */
export const MATERIAL_REF_PATTERN = /^([a-z]{2}[a-z0-9]{0,4}-\d{3,4})\/([a-z0-9][a-z0-9-]*)$/

/**
 * "The same document" across guides: materials with per-guide ids (social-security-card in one guide,
 * id-card in another) that are one physical document for the citizen. A material not listed in any
 * document is a document of its own.
 */
export const DocumentSchema = v.strictObject({
  key: slug,
  /** The name the combined checklist shows. */
  name: text,
  materials: v.pipe(
    v.array(v.pipe(v.string(), v.regex(MATERIAL_REF_PATTERN, 'must look like bj-073/social-security-card'))),
    v.minLength(2, 'a shared document stands for at least two materials'),
  ),
})
export type SharedDocument = v.InferOutput<typeof DocumentSchema>

export const LifeEventsFileSchema = v.strictObject({
  schemaVersion: v.literal(1),
  documents: v.array(DocumentSchema),
  events: v.pipe(v.array(LifeEventSchema), v.nonEmpty('must list at least one event')),
})
export type LifeEventsFile = v.InferOutput<typeof LifeEventsFileSchema>

// ---------------------------------------------------------------------------------------------
// Derived shapes (scripts/data/build.ts writes them into src/generated/)
// ---------------------------------------------------------------------------------------------

/** One material of one guide; ticks are stored per guide id in rsbszn.checklists. */
export interface MaterialRef {
  guideId: string
  materialId: string
}

/**
 * What home, search and 我的 need of an event (src/generated/catalogue.json, RegionIndex.lifeEvents):
 * no guide text. `documents` are the combined checklist's entries, each the materials it ticks, so
 * 我的 can show "已备 x/y" from stored ticks without loading guides.
 */
export interface LifeEventSummary {
  id: string
  regionId: string
  name: string
  appliesTo: string
  applicants: (typeof APPLICANT_TAGS)[number][]
  groups?: (typeof GROUP_TAGS)[number][]
  everydayWords: string[]
  sample: true
  /** The items of the steps, in order. */
  stepItemIds: string[]
  documents: { key: string; refs: MaterialRef[] }[]
}

/** An eligibility tag with the guide's cited lines resolved to their text. */
export interface ResolvedTag<T extends string = string> {
  tag: T
  quotes: string[]
}

export interface ResolvedEligibility {
  applicants: ResolvedTag<(typeof APPLICANT_TAGS)[number]>[]
  situations: ResolvedTag<(typeof SITUATION_TAGS)[number]>[]
  groups: ResolvedTag<(typeof GROUP_TAGS)[number]>[]
  family: ResolvedTag<(typeof FAMILY_TAGS)[number]>[]
}

/** src/generated/life-events.json: the full events, shared documents and resolved eligibility per region. */
export interface LifeEventsBundle {
  regions: Record<
    string,
    {
      documents: SharedDocument[]
      events: LifeEvent[]
      /** By item id; items whose guide carries eligibility data. */
      eligibility: Record<string, ResolvedEligibility>
    }
  >
}
