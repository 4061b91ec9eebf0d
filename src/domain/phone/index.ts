/**
 * Phone numbers: a well-formed number from the app's own data is dialled. Which numbers may enter the data
 * is the data build's rule (types/policy.ts NATIONAL_PHONE_NUMBERS, or printed verbatim in the region's own
 * source file); data from an origin is trusted only under a verified manifest. Anything else (a garbled
 * link, script text) is never turned into a call.
 */
import type { Hotline } from '../../../types/catalogue'
import { GOVERNMENT_HOTLINE_NUMBER, HRSS_HOTLINE_NUMBER, PHONE_PATTERN } from '../../../types/policy'

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
