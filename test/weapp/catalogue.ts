/**
 * What the scenarios expect, read from the catalogue the build bundles (src/generated, made by
 * `npm run data`): names, lists and hotlines. Data only; no app code.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

const GENERATED = path.resolve(__dirname, '../../src/generated')

export interface RegionData {
  id: string
  name: string
  hotlines: { id: string; number: string; label: string }[]
  defaultHotlineId: string
  themes: { id: string; name: string; itemIds: string[] }[]
  categories: { name: string; itemIds: string[] }[]
  items: { id: string; name: string; kind: string; guideId: string | null; applicants: string[] }[]
}

export interface GuideData {
  itemId: string
  sections: { materials?: { items: { id: string; name: string }[] } }
}

export const regions = (JSON.parse(readFileSync(path.join(GENERATED, 'catalogue.json'), 'utf8')) as { regions: RegionData[] }).regions
export const guides = JSON.parse(readFileSync(path.join(GENERATED, 'guides.json'), 'utf8')) as Record<string, GuideData>

export const region = (id: string): RegionData => {
  const r = regions.find((x) => x.id === id)
  if (!r) throw new Error(`no region ${id}`)
  return r
}

export const PAGES = {
  home: 'pages/home/index',
  browse: 'pages/browse/index',
  list: 'pages/list/index',
  mine: 'pages/mine/index',
  item: 'packages/guide/pages/item/index',
  disclosure: 'packages/guide/pages/disclosure/index',
  search: 'packages/search/pages/search/index',
} as const

export const guidePath = (regionId: string, id: string): string => `${PAGES.item}?region=${regionId}&id=${id}`
export const listPath = (kind: 'theme' | 'category' | 'audience', key: string, regionId: string): string =>
  `${PAGES.list}?kind=${kind}&key=${encodeURIComponent(key)}&region=${regionId}`
export const disclosurePath = (regionId: string): string => `${PAGES.disclosure}?region=${regionId}`

/** Every list page the app offers for a region: themes, the catalogue's own categories, 个人/单位. */
export function listPaths(r: RegionData): string[] {
  return [
    ...r.themes.map((t) => listPath('theme', t.id, r.id)),
    ...r.categories.map((c) => listPath('category', c.name, r.id)),
    ...['个人', '单位'].map((a) => listPath('audience', a, r.id)),
  ]
}

/** The digits WeChat dials for a written number (0902-2321695 -> 09022321695). */
export const digits = (n: string): string => n.replace(/\D/g, '')
