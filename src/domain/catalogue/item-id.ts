/**
 * What an item id says (types/policy.ts ITEM_ID_PATTERN): its region prefix and its seed row. Used by
 * the app's lookups, the data check, the region files' grouping and the importer.
 */
import { ITEM_ID_PATTERN } from '../../../types/policy'

/** The region prefix of a well-formed item id (hm of hm-006), or null for anything else. */
export function itemIdPrefix(id: string): string | null {
  return ITEM_ID_PATTERN.test(id) ? id.slice(0, id.indexOf('-')) : null
}

/** The seed row an item id carries (73 of bj-073), or null for anything that is not an item id. */
export function itemRow(id: string): number | null {
  return ITEM_ID_PATTERN.test(id) ? Number(id.slice(id.indexOf('-') + 1)) : null
}
