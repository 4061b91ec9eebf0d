/**
 * Phone numbers: a well-formed number from the app's own data is dialled. Which numbers may enter the data
 * is the data build's rule (types/policy.ts NATIONAL_PHONE_NUMBERS, or printed verbatim in the region's own
 * source file); data from an origin is trusted only under a verified manifest. Anything else (a garbled
 * link, script text) is never turned into a call.
 */
import { PHONE_PATTERN } from '../../../types/policy'

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
