/**
 * Phone numbers: a well-formed number from the app's own data is dialled. Which numbers may enter the data
 * is the data build's rule (types/policy.ts NATIONAL_PHONE_NUMBERS, or printed verbatim in the region's own
 * source file); data from an origin is trusted only under a verified manifest. Anything else (a garbled
 * link, script text) is never turned into a call.
 */
import type { Hotline } from '../../../types/catalogue'
import { GOVERNMENT_HOTLINE_NUMBER, HRSS_HOTLINE_NUMBER, NATIONAL_PHONE_NUMBERS, PHONE_PATTERN } from '../../../types/policy'

/**
 * The national 人社 hotline as a catalogue's hotline entry: what a catalogue without a local number
 * lists (importer, synthetic regions) and what search offers for a 人社 need the catalogue lacks.
 */
export const HRSS_HOTLINE = {
  id: HRSS_HOTLINE_NUMBER,
  number: HRSS_HOTLINE_NUMBER,
  label: '人力资源社会保障服务热线',
  source: 'national',
  note: '全国统一号码，按来电所在地接入当地人社部门。',
} as const satisfies Hotline

/** The national government-service hotline (政务服务便民热线), which search offers for another department's business. */
export const GOVERNMENT_HOTLINE = {
  id: GOVERNMENT_HOTLINE_NUMBER,
  number: GOVERNMENT_HOTLINE_NUMBER,
  label: '政务服务便民热线',
  source: 'national',
  note: '全国统一号码，可问清当地由哪个部门办理、在哪里办。',
} as const satisfies Hotline

export function isDiallable(number: unknown): number is string {
  return typeof number === 'string' && PHONE_PATTERN.test(number)
}

/** Digits only, as the dialler wants them: "0902-2321695" -> "09022321695". */
export function dialString(number: string): string {
  return number.replace(/\D/g, '')
}

/** "tel:09022321695", or null for a number that must not be dialled. */
export function telHref(number: unknown): string | null {
  return isDiallable(number) ? `tel:${dialString(number)}` : null
}

/**
 * A phone number inside running text: a landline with area code, or one of the national lines. Five-digit
 * amounts (20000元) are not numbers to dial, so only the national lines count as short numbers.
 */
const NUMBER_IN_TEXT = new RegExp(`(0\\d{2,3}-\\d{7,8}|\\b(?:${NATIONAL_PHONE_NUMBERS.join('|')})\\b)`) // no lookbehind: iOS 10.3

/** "拨打 12333 咨询" -> ["拨打 ", {number: "12333"}, " 咨询"]: the pieces of a text, numbers apart. */
export function splitPhoneNumbers(text: string): (string | { number: string })[] {
  return text
    .split(NUMBER_IN_TEXT)
    .map((part, i) => (i % 2 === 1 ? { number: part } : part))
    .filter((part) => part !== '')
}

/** The national lines' names, as 我的 and the pages say them. */
export const NATIONAL_HOTLINE_NAMES: Readonly<Record<string, string>> = {
  [HRSS_HOTLINE.number]: HRSS_HOTLINE.label,
  [GOVERNMENT_HOTLINE.number]: GOVERNMENT_HOTLINE.label,
}

/**
 * The numbers the app may show, from the data rule (types/policy.ts): each region's own numbers (printed in
 * its source file) and the national lines. For 我的's 关于数据, so it never lists a number the app does not use
 * or leaves one out (12345 included, which search offers for another department's business).
 */
export function numbersInUse(regions: readonly { name: string; hotlines: readonly { number: string; label: string; source: string }[] }[]): {
  number: string
  label: string
}[] {
  // No flatMap: the weapp build runs on iOS 10.3 (npm run check:weapp).
  const own = ([] as { number: string; label: string }[]).concat(
    ...regions.map((r) => r.hotlines.filter((h) => h.source === 'seed').map((h) => ({ number: h.number, label: `${r.name}源目录所列的${h.label}` }))),
  )
  const national = NATIONAL_PHONE_NUMBERS.map((number) => ({ number, label: NATIONAL_HOTLINE_NAMES[number] }))
  return [...own.filter((o, i) => own.findIndex((x) => x.number === o.number) === i), ...national]
}
