/**
 * The data build's phone rule (README "Data 数据说明"), a leaf module: the data check (validate.ts)
 * and the 一件事 check (life-events.ts) both import it, and it imports neither.
 */
import { NATIONAL_PHONE_NUMBERS, PHONE_IN_TEXT } from '../../types/policy'

/** Every phone-like number in a value's text (strings, arrays and objects, deeply). */
export function phoneLikeNumbers(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(PHONE_IN_TEXT)) found.add(m[1])
  } else if (Array.isArray(value)) {
    value.forEach((x) => phoneLikeNumbers(x, found))
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((x) => phoneLikeNumbers(x, found))
  }
}

/**
 * Which phone numbers a region's data may hold: 12333, 12345, or a number printed verbatim in one of
 * the region's source files (mock-data/<region>/source/, read as text by loadDataFiles).
 */
export interface PhoneRule {
  allows(region: string, number: string): boolean
  /** Why a number is refused, for the problem message. */
  refusal(region: string, number: string): string
}

const SOURCE_FILE = /^mock-data\/([a-z0-9-]+)\/source\/[^/]+$/

export function phoneRule(files: readonly { path: string; text: string }[]): PhoneRule {
  const sources = new Map<string, string[]>()
  for (const f of files) {
    const m = SOURCE_FILE.exec(f.path)
    if (m) sources.set(m[1], [...(sources.get(m[1]) ?? []), f.text])
  }
  return {
    allows: (region, number) => NATIONAL_PHONE_NUMBERS.includes(number) || (sources.get(region) ?? []).some((text) => text.includes(number)),
    refusal: (region, number) => `${number} is not ${NATIONAL_PHONE_NUMBERS.join(' or ')} and is not printed in mock-data/${region}/source/`,
  }
}
