/** Phone numbers: only well-formed numbers on the allowed list are ever dialled. */
import { ALLOWED_PHONE_NUMBERS, GOVERNMENT_HOTLINE_NUMBER, PHONE_PATTERN } from '../../../types/policy'

/** The data's numbers, and 12345 for another department's business. */
export function isDiallable(number: unknown): number is string {
  return typeof number === 'string' && PHONE_PATTERN.test(number) && (ALLOWED_PHONE_NUMBERS.includes(number) || number === GOVERNMENT_HOTLINE_NUMBER)
}

/** Digits only, as the dialler wants them: "0902-2321695" -> "09022321695". */
export function dialString(number: string): string {
  return number.replace(/\D/g, '')
}

/** "tel:09022321695", or null for a number that must not be dialled. */
export function telHref(number: unknown): string | null {
  return isDiallable(number) ? `tel:${dialString(number)}` : null
}
