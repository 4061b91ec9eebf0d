/**
 * Which door to knock on when the need is not in the region's 人社 catalogue:
 * - another department's business (医保 -> 医疗保障局, 公积金 -> 住房公积金管理中心 ...): named, with
 *   the national government-service hotline 12345;
 * - a 人社 need the catalogue lacks (社保卡挂失, 劳动仲裁 where the region has no such item): said so,
 *   with the national 人社 hotline 12333.
 * Both tables live in mock-data/departments.json. No local number or address is ever made up: the
 * only numbers here are the two national hotlines.
 */
import type { SearchLanguage } from './types'

/** The national government-service hotline (政务服务便民热线), for another department's business. */
export const GOVERNMENT_HOTLINE = { id: 'national-12345', number: '12345', label: '12345 政务服务便民热线', source: 'national' as const, note: '全国统一号码，可问清当地哪个部门办理、在哪里办。' }
/** The national 人社 hotline. */
export const HRSS_HOTLINE_NUMBER = '12333'

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
 * The answer for a normalised query (segment.ts ParsedQuery.text): the first department, and the
 * first gap the region's catalogue does not cover (an item name containing a coveredBy word covers it).
 */
export function routeQuery(text: string, lang: SearchLanguage | undefined, nameContains: (word: string) => boolean): RouteAnswer {
  const answer: RouteAnswer = {}
  if (!lang || !text) return answer
  for (const d of lang.departments) {
    const word = d.words.find((w) => text.includes(w))
    if (word) {
      answer.department = { id: d.id, name: d.name, handles: d.handles, word }
      break
    }
  }
  for (const g of lang.gaps) {
    const word = g.words.find((w) => text.includes(w))
    if (!word) continue
    if (g.coveredBy?.some((w) => nameContains(w))) continue
    answer.gap = { id: g.id, need: g.need, word }
    break
  }
  return answer
}
