/**
 * The region picker for a province's bureaus: cities with their counties, searchable by Chinese,
 * full pinyin and initials (the province index carries each name's syllables, computed at build
 * time), the current region first and recently used ones next, and for each region whether it works
 * offline or how much it takes to download.
 */
import type { ProvinceRegion } from '../../../types/region-data'
import { matchAnywhere, type Target } from '../search/match'
import { normalizeText, parseQuery } from '../search/normalize'

export interface PickerRegion {
  id: string
  name: string
  /** The city of a county bureau; null for a city-level bureau. */
  parent: string | null
  bundled: boolean
  bytes: number
  synthetic: boolean
}

export interface PickerGroup {
  city: PickerRegion
  counties: PickerRegion[]
}

export interface PickerSections {
  current?: PickerRegion
  recent: PickerRegion[]
  groups: PickerGroup[]
  /** Regions matching the query, when there is one (flat, in province order). */
  matches: PickerRegion[] | null
}

function toPicker(r: ProvinceRegion): PickerRegion {
  return { id: r.id, name: r.name, parent: r.parent, bundled: r.bundled, bytes: r.bytes, synthetic: r.synthetic }
}

/** Cities in province order, each with its counties; a county whose city is missing stands alone. */
export function groupRegions(regions: readonly ProvinceRegion[]): PickerGroup[] {
  const groups = new Map<string, PickerGroup>()
  for (const r of regions) if (r.parent === null) groups.set(r.id, { city: toPicker(r), counties: [] })
  for (const r of regions) {
    if (r.parent === null) continue
    const group = groups.get(r.parent)
    if (group) group.counties.push(toPicker(r))
    else groups.set(r.id, { city: toPicker(r), counties: [] })
  }
  return [...groups.values()]
}

function target(r: ProvinceRegion): Target {
  return { text: normalizeText(r.name).text, syllables: r.p ? r.p.split(' ') : [] }
}

/** Every term of the query matches the name as Chinese, pinyin or initials: "毕节", "bijie", "bj". */
export function regionMatches(region: ProvinceRegion, query: string): boolean {
  const terms = parseQuery(query)
  if (terms.length === 0) return true
  const t = target(region)
  return terms.every((term) => t.text.includes(term) || matchAnywhere(t, term) !== null)
}

export function pickerSections(regions: readonly ProvinceRegion[], currentId: string | null, recentIds: readonly string[], query = ''): PickerSections {
  const byId = new Map(regions.map((r) => [r.id, r]))
  const current = currentId ? byId.get(currentId) : undefined
  const recent = recentIds
    .filter((id, i) => id !== currentId && recentIds.indexOf(id) === i)
    .map((id) => byId.get(id))
    .filter((r): r is ProvinceRegion => r !== undefined)
    .map(toPicker)
  const matches = parseQuery(query).length > 0 ? regions.filter((r) => regionMatches(r, query)).map(toPicker) : null
  return { current: current && toPicker(current), recent, groups: groupRegions(regions), matches }
}

/** "约 320 KB", "约 1.2 MB": the download a remote region costs, as a citizen reads it. */
export function formatDownloadSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `约 ${Math.max(1, Math.round(bytes / 1024))} KB`
  return `约 ${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** What the picker says of a region's data: on the phone already, or the download it needs. */
export function availabilityText(region: PickerRegion, offline: boolean): string {
  if (region.bundled) return '已内置，可离线使用'
  if (offline) return '已下载，可离线使用'
  return `需下载 ${formatDownloadSize(region.bytes)}`
}
