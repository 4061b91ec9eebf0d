/**
 * The search language the app ships (types/search-language.ts SearchLanguage), made at build time:
 * - words: the vocabulary the app's query segmenter cuts against. jieba (@node-rs/jieba, search mode)
 *   cuts every name, category, 公开内容, guide summary and material, everyday name and 一件事 word;
 *   every Chinese word of two characters or more is kept. Filler, synonyms' everyday words and routing
 *   words are shipped in their own lists, so they are left out here. jieba runs here only.
 * - homophones: the pinyin of the most common characters (by jieba's dictionary frequencies) whose
 *   syllable occurs in the index, and of every character of the maintainers' words, so a typo by sound
 *   (失业今) can still be read as what the citizen meant, and an everyday word typed in pinyin found.
 *   Characters the region's own names spell take their reading in context from the index.
 */
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { pinyin } from 'pinyin-pro'
import type { DepartmentsFile, SearchLanguage, SynonymsFile } from '../../types/search-language'
import { normalizeText } from '../../src/domain/search/normalize'

/** How many of the most common characters the homophone table considers. */
const COMMON_CHARACTERS = 2000
const CJK_WORD = /^[\u4e00-\u9fff]{2,}$/

let jieba: Jieba | undefined
let commonCharacters: string[] | undefined

/** Characters by how often jieba's dictionary words use them (word frequency summed), most common first. */
function mostCommonCharacters(): string[] {
  if (!commonCharacters) {
    const freq = new Map<string, number>()
    const text = Buffer.from(dict).toString('utf8')
    for (const line of text.split('\n')) {
      const [word, count] = line.split(' ')
      const f = Number(count)
      if (!word || !Number.isFinite(f)) continue
      for (const ch of word) if (/[\u4e00-\u9fff]/.test(ch)) freq.set(ch, (freq.get(ch) ?? 0) + f)
    }
    commonCharacters = [...freq].sort((a, b) => b[1] - a[1]).map(([ch]) => ch)
  }
  return commonCharacters
}

export interface LanguageSource {
  /** Every text the index holds: names, categories, contents, guide words, everyday names, event words. */
  texts: readonly string[]
  /** Words kept whole as well as cut (everyday names, 一件事 words): 失业金 is one word here, not 失业 + 金. */
  wholeWords: readonly string[]
  /** The syllables the index spells (names, everyday names, categories), and the characters every region's names spell. */
  indexed: { syllables: ReadonlySet<string>; characters: ReadonlySet<string> }
  synonyms: SynonymsFile
  departments: DepartmentsFile
}

export function buildSearchLanguage(source: LanguageSource): SearchLanguage {
  jieba ??= Jieba.withDict(dict)
  const shipped = new Set<string>([
    ...source.synonyms.filler,
    ...source.synonyms.synonyms.flatMap((s) => s.everyday),
    ...source.departments.departments.flatMap((d) => d.words),
    ...source.departments.gaps.flatMap((g) => g.words),
  ])
  const words = new Set<string>()
  const add = (w: string) => {
    if (CJK_WORD.test(w) && !shipped.has(w)) words.add(w)
  }
  for (const text of source.texts) {
    for (const run of normalizeText(text).text.split(/[^\u4e00-\u9fff]+/)) {
      if (run.length < 2) continue
      for (const w of jieba.cutForSearch(run, true)) add(w)
    }
  }
  for (const s of source.synonyms.synonyms) for (const c of [...(s.catalogue ?? []), ...(s.related ?? [])]) add(c)
  for (const w of source.wholeWords) add(normalizeText(w).text)
  // Words that qualify a shared word (医保卡, 生育假): the segmenter must read them whole.
  for (const n of source.departments.notes) for (const w of [...n.words, ...(n.with ?? [])]) add(w)

  // Common characters whose syllable the index spells, and every character of the maintainers' words (so
  // 个税 typed as geshui routes too). A region's engine sees only its own names, so only the characters
  // every region's names spell are left out.
  const bySyllable = new Map<string, string>()
  const listed = new Set<string>()
  const list = (ch: string, anySyllable: boolean) => {
    if (listed.has(ch) || source.indexed.characters.has(ch) || !/[\u4e00-\u9fff]/.test(ch)) return
    const s = (pinyin(ch, { toneType: 'none', v: true }) as string).toLowerCase()
    if (!anySyllable && !source.indexed.syllables.has(s)) return
    listed.add(ch)
    bySyllable.set(s, (bySyllable.get(s) ?? '') + ch)
  }
  for (const ch of mostCommonCharacters().slice(0, COMMON_CHARACTERS)) list(ch, false)
  for (const w of shipped) for (const ch of w) list(ch, true)

  return {
    words: [...words].sort().join(' '),
    filler: source.synonyms.filler,
    synonyms: source.synonyms.synonyms.map((s) => ({ e: s.everyday, c: s.catalogue ?? [], ...(s.related ? { r: s.related } : {}) })),
    actions: source.synonyms.actions,
    complaint: source.synonyms.complaint,
    rule: source.synonyms.rule,
    departments: source.departments.departments.map((d) => ({ id: d.id, name: d.name, handles: d.handles, words: d.words })),
    notes: source.departments.notes.map((n) => ({ id: n.id, words: n.words, ...(n.with ? { with: n.with } : {}), note: n.note })),
    gaps: source.departments.gaps.map((g) => ({
      id: g.id,
      need: g.need,
      words: g.words,
      ...(g.coveredBy ? { coveredBy: g.coveredBy } : {}),
      ...(g.anyRow ? { anyRow: g.anyRow } : {}),
    })),
    homophones: [...bySyllable]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([s, chars]) => s + chars)
      .join(' '),
  }
}
