/**
 * Data policy constants shared by the catalogue schema (build time) and the app (run time).
 * Kept apart from catalogue.ts so the app never bundles the validation schemas.
 */

/** Item ids carry their region prefix and seed row: hm-006, bj-073. */
export const ITEM_ID_PATTERN = /^(hm|bj)-\d{3}$/

/** A landline with area code (0902-2321695) or a short service number (12333). */
export const PHONE_PATTERN = /^(0\d{2,3}-\d{7,8}|\d{5})$/

/**
 * The only numbers the data may contain: the one printed in the Hami seed, and the national HRSS
 * hotline. Nothing else is verifiable, so nothing else is shown or dialled.
 */
export const ALLOWED_PHONE_NUMBERS: readonly string[] = ['0902-2321695', '12333']
