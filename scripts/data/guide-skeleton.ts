/**
 * Guide skeletons (npm run guide:new) and what is still empty in one: the one home of both rules.
 *
 * A skeleton has exactly the sections the item's 公开内容 requires (src/domain/catalogue/guide-sections.ts), plus the
 * two every guide has (contact, timeLimit). Only the contact is filled in, with the region's default
 * hotline (the number its catalogue prints, or 12333); everything a maintainer has to write or decide
 * is "". It is sample content like every other guide (sample: true), until a maintainer narrows that
 * with sampleFields.
 * Validation reports a guide that still has any "" as unfinished, listing each field (a guide never
 * has "" otherwise: the schema's text is non-empty).
 */
import type { CatalogueFile, CatalogueItem, SectionKey } from '../../types/catalogue'
import { ALWAYS_REQUIRED, requiredSections, SECTION_TITLES } from '../../src/domain/catalogue/guide-sections'

/** A skeleton is not a valid guide yet: "" stands where text, a choice or a number is still to come. */
export type GuideSkeleton = Record<string, unknown>

function sectionSkeleton(key: SectionKey, catalogue: CatalogueFile): unknown {
  switch (key) {
    case 'audience':
    case 'evaluation':
    case 'result':
    case 'organizer':
      return { text: '' }
    case 'conditions':
    case 'specialSteps':
      return { items: [''] }
    case 'materials':
      return { items: [{ id: '', name: '', form: '', copies: '', required: '', source: '' }] }
    case 'flow':
      return { steps: [{ title: '', detail: '' }] }
    case 'timeLimit':
      return { statutory: { value: '', unit: '', text: '' }, promised: null }
    case 'fees':
      return { free: '', text: '' }
    case 'location':
      return { venueId: '', window: '' }
    case 'legalBasis':
      // Not prefilled from the row's 公开依据: those are the grounds for publishing (政府信息公开条例 ...),
      // not always for the service itself. fromSeed says whether the title is one of them.
      return { items: [{ title: '', fromSeed: '' }] }
    case 'contact':
      return { consult: [catalogue.defaultHotlineId], complaint: [catalogue.defaultHotlineId] }
    case 'online':
      return { available: '', channels: [{ name: '' }] }
    case 'handlingMethod':
      return { modes: [''], text: '' }
    case 'basicInfo':
      return { facts: [{ label: '', value: '' }] }
    case 'schedule':
      return { items: [{ when: '', what: '' }] }
  }
}

/** The sections a guide for this item must have, in the order of its 公开内容, then contact and timeLimit. */
export function skeletonSections(item: CatalogueItem): SectionKey[] {
  const keys = requiredSections(item.contents).map((r) => r.key)
  for (const key of ALWAYS_REQUIRED) if (!keys.includes(key)) keys.push(key)
  return keys
}

export function guideSkeleton(item: CatalogueItem, catalogue: CatalogueFile): GuideSkeleton {
  const sections: Record<string, unknown> = {}
  for (const key of skeletonSections(item)) sections[key] = sectionSkeleton(key, catalogue)
  return {
    itemId: item.id,
    summary: '',
    // Penalties disclosed are nobody's application: they name no applicant.
    ...(item.kind === 'penalty' ? {} : { applicants: [''] }),
    sample: true,
    sections,
  }
}

/** Dot paths of every "" in a parsed guide file, in file order: what is still to write. */
export function stillEmpty(value: unknown, at = ''): string[] {
  if (value === '') return [at]
  if (Array.isArray(value)) return value.flatMap((v, i) => stillEmpty(v, at ? `${at}.${i}` : String(i)))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stillEmpty(v, at ? `${at}.${k}` : k))
  return []
}

/**
 * One line for a guide with empty fields, grouped by section with the section's title:
 * "summary; applicants; 受理条件 conditions: items.0; 申请材料 materials: items.0.id, items.0.name".
 */
export function describeEmpty(paths: readonly string[]): string {
  const groups = new Map<string, string[]>()
  for (const p of paths) {
    const m = /^sections\.([^.]+)(?:\.(.*))?$/.exec(p)
    const group = m ? m[1] : p
    if (!groups.has(group)) groups.set(group, [])
    if (m?.[2]) groups.get(group)!.push(m[2])
  }
  return [...groups.entries()]
    .map(([group, rest]) => {
      const title = (SECTION_TITLES as Record<string, string>)[group]
      const name = title ? `${title} ${group}` : group
      return rest.length ? `${name}: ${rest.join(', ')}` : name
    })
    .join('; ')
}
