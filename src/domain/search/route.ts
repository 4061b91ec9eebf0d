/**
 * Which door to knock on when the need is not in the region's 人社 catalogue, read for intent, not substrings:
 * - another department's business (医保报销 -> 医疗保障局, 低保 -> 民政局 ...): named, with the national
 *   government-service hotline 12345, only when no 人社 reading of the query matches as well (an item by
 *   name or everyday name, a same-need synonym, a 一件事, a 人社 gap), once the department's words and
 *   the action words (申请, 补贴, 证明 ...) are set aside. When both readings match, the 人社 answer
 *   comes first and the department is an aside that never says the need is not 人社's;
 * - a 人社 need the catalogue lacks (社保卡挂失, 劳动仲裁 where the region has no such service): said so,
 *   with the national 人社 hotline 12333;
 * - lines that qualify a word 人社 shares with another department (医保卡 is the 社会保障卡; 工伤 medical
 *   costs are the 工伤保险基金's; 户口 as a condition), shown with a 人社 answer.
 * The tables live in mock-data/departments.json. No local number or address is ever made up: the only
 * numbers here are the two national hotlines.
 */
import { GOVERNMENT_HOTLINE, HRSS_HOTLINE } from '../phone'
import { flatMap } from '../collections'
import { typedWhole, type ParsedQuery } from './segment'
import type { SearchLanguage } from './types'

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
  /** The need is this department's (no 人社 reading matched). */
  department?: DepartmentAnswer
  /** A 人社 reading matched too: the department is named under the 人社 answer, as an aside. */
  aside?: DepartmentAnswer
  gap?: GapAnswer
  /** Lines qualifying a shared word (shown with a 人社 answer only). */
  notes: { id: string; note: string }[]
}

export interface RouteProbe {
  /** Whether an item name of the region that is a service (any row, with anyRow) contains the word (a gap's coveredBy). */
  serviceNameContains(word: string, anyRow?: boolean): boolean
  /** A word's syllables (for a department word typed in pinyin: yibao). */
  spell?(word: string): string[] | undefined
  /** Whether what is left of the query is 人社's: an item by name or everyday name, a same-need synonym, a 一件事. */
  rensheReading(rest: string): boolean
}

/** The text with every listed word blanked out (longest first), so what is left can be read on its own. */
export function without(text: string, words: readonly string[]): string {
  let out = text
  for (const w of [...words].sort((a, b) => b.length - a.length)) if (w) out = out.split(w).join(' ')
  return out
}

/** Department words this long or longer are recognised by sound too (营业直照 -> 营业执照); shorter ones only as written. */
const SOUND_WORD = 3

/** Whether a typo typed by sound spells the whole word (营业直照: ying ye zhi zhao). */
function typedBySound(parsed: ParsedQuery, word: string, spell: RouteProbe['spell']): boolean {
  if (word.length < SOUND_WORD || !spell) return false
  const target = parsed.terms.some((t) => t.sounds.length > 0) ? spell(word)?.join(' ') : undefined
  return !!target && parsed.terms.some((t) => t.sounds.some((s) => ` ${s.join(' ')} `.includes(` ${target} `)))
}

export function routeQuery(parsed: ParsedQuery, lang: SearchLanguage | undefined, probe: RouteProbe): RouteAnswer {
  const answer: RouteAnswer = { notes: [] }
  if (!lang) return answer
  // Words a synonym or a 人社 gap took as 人社's own (没营业执照 -> 不具备合法经营资格; 医保卡 is the 社保卡) do not route.
  let text = without(
    parsed.text,
    flatMap(lang.gaps, (g) => g.words),
  )
  for (const t of parsed.terms) if (t.synonym && !t.latin) text = text.split(t.text).join('|')
  const latin = parsed.terms.filter((t) => t.latin).map((t) => t.text)
  // The department of the longest word found (宅基地确权 is 自然资源's, 宅基地 alone 农业农村's); ties go to the table's order.
  let department: DepartmentAnswer | undefined
  for (const d of lang.departments) {
    for (const w of d.words) {
      if (department && w.length <= department.word.length) continue
      const syllables = latin.length > 0 ? probe.spell?.(w) : undefined
      if (
        text.includes(w) ||
        typedBySound(parsed, w, probe.spell) ||
        (!!syllables && latin.some((term) => term.length >= 2 && typedWhole({ text: w, syllables }, term)))
      )
        department = { id: d.id, name: d.name, handles: d.handles, word: w }
    }
  }
  // A gap word is found in the text as typed or with its filler left out (社保怎么转过来 -> 社保转过来).
  const said = (w: string) => parsed.text.includes(w) || parsed.phrase.includes(w)
  for (const g of lang.gaps) {
    const word = g.words.find(said)
    if (!word) continue
    if (g.coveredBy?.some((w) => probe.serviceNameContains(w, g.anyRow))) continue
    answer.gap = { id: g.id, need: g.need, word }
    break
  }
  // A 人社 reading: a gap word that is 人社's alone (医保卡 is shared: its card is 人社's, its money 医保's), or
  // what is left once the department's words, action words and shared words are set aside.
  const shared = flatMap(lang.notes ?? [], (n) => n.words)
  const gapWord = lang.gaps.some((g) => g.words.some((w) => said(w) && !shared.includes(w)))
  const renshe =
    gapWord ||
    (!!department &&
      probe.rensheReading(
        without(parsed.text, [...flatMap(lang.departments, (d) => d.words), ...(lang.actions ?? []), ...lang.departments.map((d) => d.name), ...shared]),
      ))
  if (department && !renshe) {
    answer.department = department
    return answer
  }
  for (const n of lang.notes ?? []) {
    if (n.words.some((w) => parsed.text.includes(w)) && (!n.with || n.with.some((w) => parsed.text.includes(w)))) answer.notes.push({ id: n.id, note: n.note })
  }
  // An aside names the department for a word no note already qualifies.
  if (
    department &&
    !(lang.notes ?? []).some(
      (n) => answer.notes.some((a) => a.id === n.id) && n.words.some((w) => w.includes(department!.word) || department!.word.includes(w)),
    )
  )
    answer.aside = department
  return answer
}
