/**
 * A citizen-facing theme (mock-data/themes.json) as one region shows it. A theme is a list of topics, each
 * with the items that answer it; a region shows the theme only when it has items for at least one topic,
 * and the description names only the topics the region has items for. So no region's theme promises what
 * that region lacks (哈密 has no 失业保险金申领, so it has no 失业保险 theme).
 */
export interface ThemeTopic {
  /** What the topic covers, in citizens' words: "失业保险金申领". */
  words: string
  itemIds: readonly string[]
}

export interface ThemeSource {
  id: string
  name: string
  topics: readonly ThemeTopic[]
}

export interface RegionTheme {
  id: string
  name: string
  /** The region's own topics, joined: "档案查阅、政审、依据档案出具证明". */
  description: string
  /** The region's items, in topic order, each once. */
  itemIds: string[]
}

/** The theme as the region with these items shows it, or null when the region has no item for any topic. */
export function themeInRegion(theme: ThemeSource, hasItem: (id: string) => boolean): RegionTheme | null {
  const topics = theme.topics.map((t) => ({ words: t.words, itemIds: t.itemIds.filter(hasItem) })).filter((t) => t.itemIds.length > 0)
  if (topics.length === 0) return null
  return {
    id: theme.id,
    name: theme.name,
    description: topics.map((t) => t.words).join('、'),
    itemIds: [...new Set(([] as string[]).concat(...topics.map((t) => t.itemIds)))],
  }
}

/** Every item id a theme names, each once. */
export function themeItemIds(theme: ThemeSource): string[] {
  return [...new Set(([] as string[]).concat(...theme.topics.map((t) => t.itemIds)))]
}

/**
 * The 按办事对象 footer: penalty rows have no applicant, so it says where they are: the region's theme that
 * holds them, if any. null when the region has no penalty rows (哈密), so no theme it lacks is named.
 */
export function penaltiesNote(region: {
  items: readonly { id: string; kind: string }[]
  themes: readonly { name: string; itemIds: readonly string[] }[]
}): string | null {
  const penalties = new Set(region.items.filter((i) => i.kind === 'penalty').map((i) => i.id))
  if (penalties.size === 0) return null
  const home = region.themes.find((t) => t.itemIds.some((id) => penalties.has(id)))
  return home ? `行政处罚类公开事项不按对象划分，见“${home.name}”主题。` : '行政处罚类公开事项不按对象划分，见下方按目录分类。'
}
