/**
 * Data policy constants shared by the catalogue schema (build time) and the app (run time).
 * Kept apart from catalogue.ts so the app never bundles the validation schemas. Constants only: the
 * functions that apply them live in src/domain (catalogue/item-id.ts, phone).
 */

/**
 * A region's item-id prefix: two letters, then up to four letters or digits (hm, bj, or a synthetic
 * province's sx01k03). The one home of this rule: schemas, storage and routes import it.
 */
export const REGION_PREFIX_PATTERN = /^[a-z]{2}[a-z0-9]{0,4}$/

/** Item ids carry their region prefix and seed row (three digits, four for long catalogues): hm-006, bj-073. */
export const ITEM_ID_PATTERN = /^[a-z]{2}[a-z0-9]{0,4}-\d{3,4}$/

/** Region ids as they appear in links and storage: hami, bijie, c01-k03. */
export const REGION_ID_PATTERN = /^[a-z][a-z0-9-]{0,30}$/

/** A landline with area code (0902-2321695) or a short service number (12333). */
export const PHONE_PATTERN = /^(0\d{2,3}-\d{7,8}|\d{5})$/

/**
 * A phone-like number in running text: a landline with or without its hyphen, a mobile number or a
 * five-digit service line, not part of a longer number or an amount (10000元, 12345人). What the importer
 * reads from a source's phone columns (then holds to PHONE_PATTERN) and what the data check finds in
 * every text (then holds to the phone rule). Global: use with matchAll.
 */
export const PHONE_IN_TEXT = /(?<![\d-])(0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|\d{5})(?![\d元人年万个户名%-])/g

/** The national 人社 hotline (12333); its catalogue entry is src/domain/phone HRSS_HOTLINE. */
export const HRSS_HOTLINE_NUMBER = '12333'

/** The national government-service hotline (12345), which search offers when another department handles a need. */
export const GOVERNMENT_HOTLINE_NUMBER = '12345'

/**
 * The data rule (scripts/data/validate.ts phoneRule): a number in a region's data is one of these national
 * lines (12333 人社服务热线, 12345 政务服务便民热线), or printed verbatim in that region's own source
 * file under mock-data/<region>/source/. Nothing else is verifiable, so nothing else is shown.
 */
export const NATIONAL_PHONE_NUMBERS: readonly string[] = [HRSS_HOTLINE_NUMBER, GOVERNMENT_HOTLINE_NUMBER]

/** Life-event (一件事) ids as they appear in data, links and storage: shiye, tuixiu-shenhoushi. */
export const LIFE_EVENT_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/
