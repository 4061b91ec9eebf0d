/** Which parts of a guide are sample content: the one home of the sample / sampleFields rule. */
import type { GuideFile, SectionKey } from '../../../types/catalogue'

/** A section is sample when the guide is, unless sampleFields narrows the sample to other sections. */
export function isSampleSection(guide: Pick<GuideFile, 'sample' | 'sampleFields'>, key: SectionKey): boolean {
  return guide.sample && (!guide.sampleFields || guide.sampleFields.includes(key))
}
