/**
 * Data policy constants shared by the catalogue schema (build time) and the app (run time).
 * Kept apart from catalogue.ts so the app never bundles the validation schemas.
 */

/**
 * A region's item-id prefix: two letters, then up to four letters or digits (hm, bj, or a synthetic
 * province's sx01k03). The one home of this rule: schemas, storage and routes import it.
 */
export const REGION_PREFIX_PATTERN = /^[a-z]{2}[a-z0-9]{0,4}$/

/** Item ids carry their region prefix and seed row (three digits, four for long catalogues): hm-006, bj-073. */
export const ITEM_ID_PATTERN = /^[a-z]{2}[a-z0-9]{0,4}-\d{3,4}$/

/** The region prefix of a well-formed item id (hm of hm-006), or null for anything else. */
export function itemIdPrefix(id: string): string | null {
  return ITEM_ID_PATTERN.test(id) ? id.slice(0, id.indexOf('-')) : null
}

/** Region ids as they appear in links and storage: hami, bijie, c01-k03. */
export const REGION_ID_PATTERN = /^[a-z][a-z0-9-]{0,30}$/

/** A landline with area code (0902-2321695) or a short service number (12333). */
export const PHONE_PATTERN = /^(0\d{2,3}-\d{7,8}|\d{5})$/

/**
 * The data rule (scripts/data/validate.ts phoneRule): a number in a region's data is one of these national
 * lines (12333 人社服务热线, 12345 政务服务便民热线), or printed verbatim in that region's own source
 * file under mock-data/<region>/source/. Nothing else is verifiable, so nothing else is shown.
 */
export const NATIONAL_PHONE_NUMBERS: readonly string[] = ['12333', '12345']

/** The national government-service hotline (12345), which search offers when another department handles a need. */
export const GOVERNMENT_HOTLINE_NUMBER = '12345'

/** Life-event (一件事) ids as they appear in data, links and storage: shiye, tuixiu-shenhoushi. */
export const LIFE_EVENT_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/

/** How many hex digits of a file's SHA-256 (64 in all) its name carries (dataFilePath). */
export const FILE_NAME_DIGITS = 16
export const SHA256_HEX_DIGITS = 64

/**
 * Where a region-data file lives, relative to manifest.json: its directory (a region id, or none) and
 * its SHA-256's first 16 hex digits (types/region-data.ts). Here, not there, so the app can name files
 * without bundling the region-data schemas.
 */
export function dataFilePath(dir: string | null, sha256: string): string {
  return `${dir ? `${dir}/` : ''}${sha256.slice(0, FILE_NAME_DIGITS)}.json`
}

/** The seed row an item id carries (73 of bj-073), or null for anything that is not an item id. */
export function itemRow(id: string): number | null {
  return ITEM_ID_PATTERN.test(id) ? Number(id.slice(id.indexOf('-') + 1)) : null
}

/**
 * Which guide group of its region holds an item: groups are runs of `rowsPerGroup` seed rows (rows 1
 * to rowsPerGroup are group 0). The data build groups by this rule, so the app can tell an item's
 * group from its id before the region's index arrives.
 */
export function guideGroupNumber(row: number, rowsPerGroup: number): number {
  return Math.floor((row - 1) / rowsPerGroup)
}

/**
 * A remote region's guide group under a second name that follows from the region's index name and
 * the group's number: a shared guide asks for it beside the index instead of after it. The file is a
 * copy of the group (whose own name is its digest, as the index lists it) and is verified against the
 * index before use.
 */
export function groupLinkPath(regionId: string, indexPath: string, group: number): string {
  return `${regionId}/${indexPath.slice(indexPath.lastIndexOf('/') + 1, -'.json'.length)}-g${group}.json`
}
