/**
 * Validation of life events (mock-data/<region>/life-events.json) and of the `eligibility` data on
 * guides, called from validate.ts once catalogues and guides are read. Every problem names the file,
 * the item id where there is one, and the field.
 *
 * Rules:
 * - every step's item exists in that region and has a service guide with a time limit and a venue,
 *   and carries eligibility data (the finder and the timeline need both);
 * - steps of an event name different items; stages start at 1 and go up by at most 1;
 * - shared documents name real materials of the region's guides, each material in one document at
 *   most, and two materials of one guide never in one document; materials of an event with the very
 *   same name must be one shared document (or the combined checklist would list it twice);
 * - no phone number other than the allowed ones appears;
 * - eligibility tags agree with the guide's applicants, cite condition lines that exist or exact
 *   quotes of the guide's own text, and the cited lines name the tag (TAG_WORDS).
 */
import type { CatalogueFile, GuideFile } from '../../types/catalogue'
import { TAG_WORDS } from '../../types/eligibility'
import { LifeEventsFileSchema, MATERIAL_REF_PATTERN, type LifeEventsFile } from '../../types/life-events'
import { resolveBasis } from '../../src/domain/life-events/eligibility'
import { isLookupItem } from '../../src/domain/life-events'
import { phoneLikeNumbers, type PhoneRule } from './phones'
import type { DataProblem } from './validate'

export const LIFE_EVENTS_FILE = /^mock-data\/([a-z0-9-]+)\/life-events\.json$/

export { LifeEventsFileSchema }

/** The texts of a guide that eligibility may quote. */
function quotableTexts(guide: GuideFile): string[] {
  const s = guide.sections
  return [guide.summary, s.audience?.text, ...(s.conditions?.items ?? []), ...(s.basicInfo?.facts.map((f) => f.value) ?? [])].filter(
    (t): t is string => typeof t === 'string',
  )
}

export function eligibilityProblems(guide: GuideFile, file: string, problems: DataProblem[]): void {
  const e = guide.eligibility
  if (!e) return
  const itemId = guide.itemId
  const add = (field: string, message: string) => problems.push({ file, itemId, field: `eligibility.${field}`, message })
  const conditions = guide.sections.conditions?.items ?? []
  const texts = quotableTexts(guide)
  const applicants = guide.applicants ?? []
  const dimensions = { applicants: e.applicants, situations: e.situations, groups: e.groups, family: e.family }
  for (const [dimension, list] of Object.entries(dimensions)) {
    list?.forEach((t, i) => {
      if (list.findIndex((x) => x.tag === t.tag) !== i) add(`${dimension}.${i}.tag`, `"${t.tag}" is listed twice`)
      let cited = true
      t.basis.forEach((b, j) => {
        if (typeof b === 'number') {
          if (b >= conditions.length) cited = false
          if (b >= conditions.length)
            add(
              `${dimension}.${i}.basis.${j}`,
              `cites condition line ${b}, but the guide has ${conditions.length === 0 ? 'no conditions section' : `only lines 0-${conditions.length - 1}`}`,
            )
        } else if (!texts.some((x) => x.includes(b))) {
          cited = false
          add(`${dimension}.${i}.basis.${j}`, `"${b}" is not a quote of the guide's summary, audience, conditions or basic facts`)
        }
      })
      const words = TAG_WORDS[t.tag]
      const quotes = resolveBasis(guide, t.basis)
      if (cited && words && !quotes.some((q) => words.some((w) => q.includes(w)))) {
        add(`${dimension}.${i}`, `"${t.tag}" is not named by the cited lines (one of them should mention ${words.join(' / ')})`)
      }
    })
  }
  const tags = e.applicants.map((t) => t.tag)
  const same = tags.length === applicants.length && tags.every((t) => applicants.includes(t))
  if (!same) add('applicants', `lists ${tags.join('、')}, but the guide's applicants are ${applicants.length ? applicants.join('、') : 'not given'}`)
  if ((e.situations || e.family) && !tags.includes('个人'))
    add(e.situations ? 'situations' : 'family', 'only applies to individuals, but the item is not for 个人')
}

export interface LifeEventsInput {
  /** Parsed life-event files by path (schema already checked). */
  files: readonly { file: string; data: LifeEventsFile }[]
  catalogues: readonly CatalogueFile[]
  guides: ReadonlyMap<string, GuideFile>
  /** Regions whose catalogue could not be read: their events are not checked further. */
  unreadable: ReadonlySet<string>
  /** Item ids with a guide file, readable or not (an unreadable one is reported on its own file). */
  guideFiles: ReadonlySet<string>
  /** Which numbers each region's data may hold (validate.ts phoneRule). */
  phones: PhoneRule
}

export function lifeEventsProblems(input: LifeEventsInput, problems: DataProblem[]): Map<string, LifeEventsFile> {
  const byRegion = new Map<string, LifeEventsFile>()
  for (const { file, data } of input.files) {
    const region = LIFE_EVENTS_FILE.exec(file)![1]
    if (input.unreadable.has(region)) continue
    const catalogue = input.catalogues.find((c) => c.region.id === region)
    if (!catalogue) {
      problems.push({ file, message: `"${region}" has no catalogue (mock-data/${region}/catalogue.json)` })
      continue
    }
    const before = problems.length
    const add = (field: string, message: string, itemId?: string) => problems.push({ file, ...(itemId ? { itemId } : {}), field, message })
    const guideFor = (itemId: string): GuideFile | undefined => {
      const item = catalogue.items.find((i) => i.id === itemId)
      return item ? input.guides.get(item.duplicateOf ?? item.id) : undefined
    }
    // An item without a guide: a 公开目录 entry never has one; another may not have one yet (no file);
    // an unreadable guide is reported on the guide file itself, so it is not reported again here.
    const noGuide = (itemId: string): string | null => {
      const item = catalogue.items.find((i) => i.id === itemId)!
      if (item.kind === 'disclosure') return `"${item.name}" is a 公开目录 entry, which has no service guide`
      const guideId = item.duplicateOf ?? item.id
      return input.guideFiles.has(guideId) ? null : `"${item.name}" has no 办事指南 yet (${region}/guides/${guideId}.json)`
    }

    // Shared documents.
    const docOf = new Map<string, string>()
    data.documents.forEach((doc, i) => {
      if (data.documents.findIndex((d) => d.key === doc.key) !== i) add(`documents.${i}.key`, `"${doc.key}" is used by two documents`)
      const guidesSeen = new Set<string>()
      doc.materials.forEach((ref, j) => {
        const [, itemId, materialId] = MATERIAL_REF_PATTERN.exec(ref)!
        const field = `documents.${i}.materials.${j}`
        const guide = guideFor(itemId)
        if (!catalogue.items.some((it) => it.id === itemId)) return add(field, `"${itemId}" is not an item of ${region}`, itemId)
        if (!guide) {
          const problem = noGuide(itemId)
          return problem ? add(field, problem, itemId) : undefined
        }
        if (!guide.sections.materials?.items.some((m) => m.id === materialId))
          return add(field, `${guide.itemId}'s guide has no material "${materialId}"`, itemId)
        const key = `${guide.itemId}/${materialId}`
        if (docOf.has(key)) add(field, `${key} is already part of the document "${docOf.get(key)}"`, itemId)
        else docOf.set(key, doc.key)
        if (guidesSeen.has(guide.itemId)) add(field, `names two materials of ${guide.itemId}; a document is one material per guide`, itemId)
        guidesSeen.add(guide.itemId)
      })
    })

    // Events.
    data.events.forEach((event, i) => {
      if (data.events.findIndex((e) => e.id === event.id) !== i) add(`events.${i}.id`, `"${event.id}" is used by two events`)
      if (data.events.findIndex((e) => e.name === event.name) !== i) add(`events.${i}.name`, `"${event.name}" is used by two events`)
      const stepApplicants = new Set(event.steps.flatMap((st) => guideFor(st.itemId)?.applicants ?? []))
      event.applicants.forEach((a, k) => {
        if (!stepApplicants.has(a))
          add(`events.${i}.applicants.${k}`, `"${a}" applies to none of the event's steps (their guides are for ${[...stepApplicants].join('、') || 'nobody'})`)
      })
      event.groups?.forEach((g, k) => {
        if (!event.steps.some((st) => guideFor(st.itemId)?.eligibility?.groups?.some((t) => t.tag === g))) {
          add(`events.${i}.groups.${k}`, `"${g}" is not a group of any step's eligibility`)
        }
      })
      let lastStage = 0
      event.steps.forEach((step, j) => {
        const field = `events.${i}.steps.${j}`
        if (event.steps.findIndex((s) => s.itemId === step.itemId) !== j)
          add(`${field}.itemId`, `is already step ${event.steps.findIndex((s) => s.itemId === step.itemId) + 1} of "${event.name}"`, step.itemId)
        if (j === 0 ? step.stage !== 1 : step.stage !== lastStage && step.stage !== lastStage + 1) {
          add(
            `${field}.stage`,
            j === 0 ? 'the first step must be stage 1' : `is ${step.stage} after stage ${lastStage}; stages go up by 1 in the order of the steps`,
            step.itemId,
          )
        }
        lastStage = Math.max(lastStage, step.stage)
        const item = catalogue.items.find((it) => it.id === step.itemId)
        if (!item) return add(`${field}.itemId`, `is not an item of ${region}`, step.itemId)
        if (isLookupItem(item.name)) {
          if (step.need === 'always') add(`${field}.need`, `"${item.name}" is a lookup: never 都要办 (make it conditional and say when)`, step.itemId)
          if (!step.outsideTimeline)
            add(`${field}.outsideTimeline`, `"${item.name}" is a lookup, which never counts towards the finish date: say so in outsideTimeline`, step.itemId)
        }
        const guide = guideFor(step.itemId)
        if (!guide) {
          const problem = noGuide(step.itemId)
          return problem ? add(`${field}.itemId`, problem, step.itemId) : undefined
        }
        if (!guide.sections.timeLimit) add(`${field}.itemId`, `${guide.itemId}'s guide has no time limit, which the timeline needs`, step.itemId)
        if (!guide.sections.location) add(`${field}.itemId`, `${guide.itemId}'s guide has no location, which the timeline needs`, step.itemId)
        if (!guide.eligibility) add(`${field}.itemId`, `${guide.itemId}'s guide has no eligibility data, which 我能办什么 needs`, step.itemId)
      })
      // The same name in two steps' guides is one document for the citizen.
      const byName = new Map<string, string[]>()
      for (const step of event.steps) {
        const guide = guideFor(step.itemId)
        for (const m of guide?.sections.materials?.items ?? []) {
          const refs = byName.get(m.name) ?? []
          refs.push(`${guide!.itemId}/${m.id}`)
          byName.set(m.name, refs)
        }
      }
      for (const [name, refs] of byName) {
        const keys = new Set(refs.map((r) => docOf.get(r) ?? r))
        if (refs.length > 1 && keys.size > 1)
          add(`events.${i}`, `"${name}" is listed by ${refs.join(' and ')}, which are not one shared document; add them to documents`)
      }
    })
    const phones = new Set<string>()
    phoneLikeNumbers(data, phones)
    for (const number of phones) {
      if (!input.phones.allows(region, number)) add('', `contains the number ${number}: ${input.phones.refusal(region, number)}`)
    }
    if (problems.length === before) byRegion.set(region, data)
  }
  return byRegion
}
