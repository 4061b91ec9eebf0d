/**
 * Which door to knock on when the need is not in the region's 人社 catalogue:
 * - another department's business (医保 -> 医疗保障局, 公积金 -> 住房公积金管理中心 ...): named, with
 *   the national government-service hotline 12345;
 * - a 人社 need the catalogue lacks (社保卡挂失, 劳动仲裁 where the region has no such item): said so,
 *   with the national 人社 hotline 12333.
 * Both tables live in mock-data/departments.json. No local number or address is ever made up: the
 * only numbers here are the two national hotlines.
 */
import { GOVERNMENT_HOTLINE, HRSS_HOTLINE } from '../phone'
import { typedWhole, type ParsedQuery } from './segment'
import type { SearchHit, SearchLanguage } from './types'

/** The national hotlines search offers (their home is domain/phone). */
export { GOVERNMENT_HOTLINE, HRSS_HOTLINE }

export interface DepartmentAnswer {
  id: string
  /** 医疗保障局 */
  name: string
  /** What it handles, one line. */
  handles: string
  /** The word of the query that routed here. */
  word: string
}

export interface GapAnswer {
  id: string
  /** 社保卡申领、挂失、补换 */
  need: string
  word: string
}

export interface RouteAnswer {
  department?: DepartmentAnswer
  gap?: GapAnswer
}

/**
 * The answer for a query as the engine reads it (segment.ts): the first department one of whose words
 * the query contains (or types whole in pinyin: yibao), and the first gap the region's catalogue does not
 * cover (an item name containing a coveredBy word covers it). Words a synonym took as 人社's own
 * (没营业执照 -> 不具备合法经营资格) do not route.
 */
export function routeQuery(
  parsed: ParsedQuery,
  lang: SearchLanguage | undefined,
  nameContains: (word: string) => boolean,
  spell: (word: string) => string[] | undefined = () => undefined,
): RouteAnswer {
  const answer: RouteAnswer = {}
  if (!lang) return answer
  let text = parsed.text
  for (const t of parsed.terms) if (t.synonym && !t.latin) text = text.split(t.text).join('|')
  const gapText = parsed.text
  const latin = parsed.terms.filter((t) => t.latin).map((t) => t.text)
  for (const d of lang.departments) {
    const at = d.words.findIndex((w) => {
      if (text.includes(w)) return true
      const syllables = latin.length > 0 ? spell(w) : undefined
      return !!syllables && latin.some((term) => term.length >= 2 && typedWhole({ text: w, syllables }, term))
    })
    if (at >= 0) {
      answer.department = { id: d.id, name: d.name, handles: d.handles, word: d.words[at] }
      break
    }
  }
  for (const g of lang.gaps) {
    const word = g.words.find((w) => gapText.includes(w))
    if (!word) continue
    if (g.coveredBy?.some((w) => nameContains(w))) continue
    answer.gap = { id: g.id, need: g.need, word }
    break
  }
  return answer
}

/**
 * Whether the region's own results answer the need only from afar: no item of the region whose name (or
 * everyday name, or synonym) matched, just categories, 公开内容 or guide text, or nothing. The page then
 * says this catalogue has no such item and offers 12333 (tiers: engine.ts TIER, 3 is a name containing a term).
 */
export function lacksLocally(localHits: readonly SearchHit[]): boolean {
  return !localHits.some((h) => h.tier <= 3)
}
