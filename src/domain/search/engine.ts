/**
 * The search engine: the query is cut into terms (segment.ts), each term is looked up in every field of
 * the in-memory index (index.ts) with precomputed keys and literal scans over joined haystacks (native
 * indexOf), the pinyin matcher only on candidates. Ranking follows scoring.ts:
 * - the current region's items first;
 * - then by how many terms match and where (the WEIGHT table: name, everyday name or same-need synonym 8,
 *   a synonym's related word 4, category 4, 公开内容 2, guide text 1), services weighing twice what
 *   公开目录 and 行政处罚 rows weigh unless the query is a complaint or about a rule;
 * - then the whole query as a phrase in the name, then the best term's tier, earlier and shorter names
 *   first; stable among equals (catalogue order).
 * The relevance floor (passesFloor) leaves out items far below the best.
 *
 * Per-keystroke cost matters (the budget is p95 <= 2 ms on 10,000 items), so the hot path avoids
 * per-hit objects: each term fills reusable typed arrays, and one numeric sort orders the results.
 */
import { eachOccurrence, eachPhraseDoc, buildMemoryIndex } from './index'
import { canStartAt, matchAnywhere, matchFrom } from './match'
import { isCjkCode, isLatin, longestCjkRun } from './normalize'
import {
  ANSWERS_UP_TO,
  KIND,
  kindFactor,
  LEAD_VALUES,
  nameTier,
  passesFloor,
  positionRank,
  retroflexAt,
  sortLead,
  TIER,
  WEIGHT,
  type QueryIntent,
} from './scoring'
import type { ParsedQuery, QueryTerm } from './segment'
import type { MatchField, SearchHit, SearchIndexFile, SearchLanguage } from './types'

export { TIER, WEIGHT } from './scoring'

const NONE = 255

const FIELDS: MatchField[] = ['name', 'alias', 'synonym', 'related', 'category', 'contents', 'guide']
const F_NAME = 0
const F_ALIAS = 1
const F_SYNONYM = 2
const F_RELATED = 3
const F_CATEGORY = 4
const F_CONTENTS = 5
const F_GUIDE = 6

/** Caps on pinyin segmentations of one term, so a hostile "anananan…" stays cheap. */
const MAX_SEGMENTATIONS = 24

export interface SearchOptions {
  /** The region whose items come first. */
  regionId?: string
  limit?: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** All matching items, of which hits are the first `limit`. */
  total: number
}

export interface SearchEngine {
  search(query: unknown, options?: SearchOptions): SearchResult
  /** Items whose names share a word with the query (filler aside), most shared words first, shorter names first: 你可能要找. */
  nearby(query: unknown, options?: SearchOptions): SearchHit[]
  /** Whether an item name (of the region, when given; services only, when asked) contains the word. */
  nameContains(word: string, regionId?: string, servicesOnly?: boolean): boolean
  /** The query as the engine reads it (terms, phrase, routing text). */
  parse(query: unknown): ParsedQuery
  /** A word's syllables as the engine knows them (names, everyday names, homophone table). */
  spell(word: string): string[] | undefined
  /** Whether the query holds a word that can carry a need: not filler, two characters or more, or Latin. */
  hasContent(query: unknown): boolean
  readonly size: number
}

/** Whether the query is a complaint or about a rule (synonyms.json complaint and rule words, in the text as typed). */
export function queryIntent(text: string, lang: SearchLanguage | undefined): QueryIntent {
  return {
    complaint: !!lang?.complaint?.some((w) => text.includes(w)),
    rule: !!lang?.rule?.some((w) => text.includes(w)),
  }
}

export function createSearchEngine(index: SearchIndexFile, lang: SearchLanguage | undefined = index.lang): SearchEngine {
  const mem = buildMemoryIndex(index, lang)
  const { targets, nameLength, docRegion, docKind, names, initials, guideWords, contents, aliasTargets, categoryTargets, docsByCategory, segmenter } = mem
  const docs = index.docs
  const n = mem.size
  const actions = new Set(lang?.actions ?? [])

  // One term's best hit per doc, reset after each term through its touched list.
  const termTier = new Uint8Array(n).fill(NONE)
  const termSub = new Float64Array(n)
  const termField = new Uint8Array(n)
  const termVia = new Int32Array(n)
  /** Extra words a term's match stands for (a typo by sound spanning its neighbours). */
  const termSpan = new Uint8Array(n)
  const termTouched = new Int32Array(n)
  let termCount = 0
  // The query's totals per doc, reset after each query through its touched list.
  const score = new Int32Array(n)
  const bestTier = new Uint8Array(n).fill(NONE)
  const bestSub = new Float64Array(n)
  const bestField = new Uint8Array(n)
  const bestVia = new Int32Array(n)
  const phraseTier = new Uint8Array(n).fill(3)
  /**
   * The best tier at which the query's need (not its action words, not a part of a longer word) matched
   * a row of the kind that answers this query (services; 行政处罚 rows for a complaint, 公开目录 rows for
   * a rule): what says whether the region answers the need (answers()), not how results rank.
   */
  const needTier = new Uint8Array(n).fill(NONE)
  /** How many parts of a split word (就业困难人员 -> 就业, 困难, 人员) matched a row's name, to require all of them. */
  const partHits = new Uint8Array(n)
  const partTouched: number[] = []
  const sortKeys = new Float64Array(n)
  const touched = new Int32Array(n)
  let touchedCount = 0
  /** How many results have each sort lead, to sort only the first `limit`. */
  const leadCounts = new Int32Array(LEAD_VALUES)
  // Words a synonym brought, by their index in this query (for the hit's "按…找到").
  let viaWords: string[] = []
  // Kind factor per kind for this query (services 2; 公开目录 and 行政处罚 1 unless the intent says otherwise).
  const factor = new Uint8Array(3)

  const offer = (doc: number, tier: number, sub: number, field: number, via = -1, span = 0) => {
    const cur = termTier[doc]
    if (cur === NONE) termTouched[termCount++] = doc
    if (span > termSpan[doc]) termSpan[doc] = span
    if (tier < cur || (tier === cur && sub < termSub[doc])) {
      termTier[doc] = tier
      termSub[doc] = sub
      termField[doc] = field
      termVia[doc] = via
    }
  }

  /** A name match: tiered by position, earlier and shorter names first within a tier. */
  const offerName = (doc: number, start: number, end: number, span = 0) => {
    offer(doc, nameTier(start, end, nameLength[doc]), start * 1000 + nameLength[doc], F_NAME, -1, span)
  }

  /** An everyday name matched at position `how` (positionRank): all its items, in its priority order. */
  const offerAlias = (a: number, how: number, span = 0) => {
    index.aliases[a].ids.forEach((doc, priority) => offer(doc, TIER.alias, how * 100 + priority, F_ALIAS, a, span))
  }

  /** The initials a latin term may stand for: "shiye" -> ["sy", "sye"]; "cybt" -> ["cybt"]. */
  function initialStrings(term: string): string[] {
    const out = new Set<string>()
    const walk = (i: number, acc: string) => {
      if (out.size >= MAX_SEGMENTATIONS) return
      if (i === term.length) {
        out.add(acc)
        return
      }
      const ch = term[i]
      if (!isLatin(ch)) return walk(i + 1, acc + ch)
      for (let len = Math.min(6, term.length - i); len >= 2; len--) {
        const piece = term.slice(i, i + len)
        if (mem.syllables.has(piece) || (i + len === term.length && mem.prefixes.has(piece))) walk(i + len, acc + ch)
      }
      if (retroflexAt(term, i)) walk(i + 2, acc + ch)
      walk(i + 1, acc + ch)
    }
    walk(0, '')
    return [...out]
  }

  /**
   * Chinese text, literally, in every field. via >= 0 when it is a synonym's word: a catalogue word in a
   * name ranks as an everyday name (after the aliases file's own, its first catalogue word first); a
   * related word ranks as related, and only names are searched for it.
   */
  function matchWord(word: string, via: number, rank = 0, related = false): void {
    if (related) {
      eachOccurrence(names, word, (doc, pos) => offer(doc, TIER.related, rank * 100 + Math.min(99, pos), F_RELATED, via))
      return
    }
    if (via >= 0) eachOccurrence(names, word, (doc, pos) => offer(doc, TIER.alias, 300 + rank * 100 + Math.min(99, pos), F_SYNONYM, via))
    else eachOccurrence(names, word, (doc, pos) => offerName(doc, pos, pos + word.length))
    aliasTargets.forEach((target, a) => {
      const at = target.text.indexOf(word)
      if (at >= 0) offerAlias(a, positionRank(at, word.length, target.text.length))
    })
    categoryTargets.forEach((target, c) => {
      if (!target.text.includes(word)) return
      for (const doc of docsByCategory.get(c) ?? []) offer(doc, TIER.category, 0, F_CATEGORY)
    })
    eachPhraseDoc(contents, word, (doc) => offer(doc, TIER.contents, 0, F_CONTENTS))
    eachPhraseDoc(guideWords, word, (doc) => offer(doc, TIER.guide, 0, F_GUIDE))
  }

  /** Latin (pinyin, initials) or mixed text: names through pinyin, everyday names and categories. */
  function matchLatin(term: string): void {
    let hasCjk = false
    for (let i = 0; i < term.length; i++) if (isCjkCode(term.charCodeAt(i))) hasCjk = true
    eachOccurrence(names, term, (doc, pos) => offerName(doc, pos, pos + term.length))
    if (hasCjk) {
      const run = longestCjkRun(term)
      const runAt = term.indexOf(run)
      eachOccurrence(names, run, (doc, pos) => {
        // The match starts where the run starts when the term opens with it, otherwise earlier.
        const first = runAt === 0 ? pos : 0
        const last = runAt === 0 ? pos : pos - 1
        for (let s = first; s <= last; s++) {
          if (!canStartAt(targets[doc], term, s)) continue
          const end = matchFrom(targets[doc], term, s)
          if (end >= 0) offerName(doc, s, end)
        }
      })
    } else {
      for (const ini of initialStrings(term)) {
        eachOccurrence(initials, ini, (doc, pos) => {
          const end = matchFrom(targets[doc], term, pos)
          if (end >= 0) offerName(doc, pos, end)
        })
      }
    }
    aliasTargets.forEach((target, a) => {
      const at = target.text.indexOf(term)
      const range = at >= 0 ? ([at, at + term.length] as [number, number]) : matchAnywhere(target, term)
      if (range) offerAlias(a, positionRank(range[0], range[1] - range[0], target.text.length))
    })
    categoryTargets.forEach((target, c) => {
      if (!target.text.includes(term) && !matchAnywhere(target, term)) return
      for (const doc of docsByCategory.get(c) ?? []) offer(doc, TIER.category, 0, F_CATEGORY)
    })
  }

  const sameSyllables = (have: readonly string[], at: number, want: readonly string[]) => {
    for (let k = 0; k < want.length; k++) if (have[at + k] !== want[k]) return false
    return true
  }

  /** A sequence of syllables (a typo by sound): names and everyday names spelling exactly those. */
  function matchSound(want: string[], span: number): void {
    const ini = want.map((s) => s[0]).join('')
    eachOccurrence(initials, ini, (doc, pos) => {
      if (sameSyllables(targets[doc].syllables, pos, want)) offerName(doc, pos, pos + want.length, span)
    })
    aliasTargets.forEach((target, a) => {
      for (let at = 0; at + want.length <= target.syllables.length; at++) {
        if (!sameSyllables(target.syllables, at, want)) continue
        offerAlias(a, positionRank(at, want.length, target.text.length), span)
        return
      }
    })
  }

  /**
   * Adds one term's best hit per doc to the query's totals, then clears the term's scratch. `need`: the
   * term is the need itself (1) or a part of a split word (2), whose name matches are counted.
   */
  function fold(need = 0): void {
    for (let k = 0; k < termCount; k++) {
      const doc = termTouched[k]
      const tier = termTier[doc]
      if (bestTier[doc] === NONE) touched[touchedCount++] = doc
      if (need === 1 && tier < needTier[doc] && factor[docKind[doc]] === 2) needTier[doc] = tier
      if (need === 2 && tier <= ANSWERS_UP_TO && partHits[doc]++ === 0) partTouched.push(doc)
      score[doc] += WEIGHT[tier] * (1 + termSpan[doc]) * factor[docKind[doc]]
      termSpan[doc] = 0
      if (tier < bestTier[doc] || (tier === bestTier[doc] && termSub[doc] < bestSub[doc])) {
        bestTier[doc] = tier
        bestSub[doc] = termSub[doc]
        bestField[doc] = termField[doc]
        bestVia[doc] = termVia[doc]
      }
      termTier[doc] = NONE
    }
    termCount = 0
  }

  function matchTerm(term: QueryTerm, depth = 0): void {
    if (term.latin) {
      matchLatin(term.text)
      for (let k = 1; k < term.forms.length; k++) matchWord(term.forms[k], viaWords.push(term.forms[k]) - 1, k - 1)
    } else {
      term.forms.forEach((form, k) => {
        if (k > 0 && term.synonym) matchWord(form, viaWords.push(form) - 1, k - 1)
        else matchWord(form, -1)
      })
      term.sounds.forEach((s, k) => matchSound(s, term.soundSpans?.[k] ?? 0))
    }
    term.related?.forEach((form, k) => matchWord(form, viaWords.push(form) - 1, k, true))
    // A word the index does not hold whole (失业了, an 一件事 name) is tried by its parts, unless it names a
    // 人社 need the catalogues may lack (社保卡 is not every 社会保险 item: the page says the catalogue lacks it).
    // Parts that only say what to do (资格 of 资格证, 申请) are not tried: they are not the need.
    // A row answers the word only when its name holds every part (就业见习服务 holds 就业 of 就业困难人员: not
    // the need); a single part is the word less its filler (失业了 -> 失业).
    if (termCount === 0 && !term.latin && depth === 0 && term.text.length > 2 && !segmenter.isGapWord(term.text)) {
      const parts = segmenter.split(term.text).filter((part) => !actions.has(part.text))
      const needed = parts.filter((part) => part.text.length >= 2).length
      for (const part of parts) matchTerm(part, part.text.length >= 2 ? 2 : 3)
      for (const doc of partTouched) {
        if (partHits[doc] >= needed && factor[docKind[doc]] === 2 && bestTier[doc] < needTier[doc]) needTier[doc] = Math.max(bestTier[doc], TIER.contains)
        partHits[doc] = 0
      }
      partTouched.length = 0
      return
    }
    fold(depth === 2 ? 2 : depth === 0 && !actions.has(term.text) ? 1 : 0)
  }

  function reset(): void {
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k]
      score[doc] = 0
      bestTier[doc] = NONE
      needTier[doc] = NONE
      phraseTier[doc] = 3
    }
    touchedCount = 0
    viaWords = []
  }

  const docBits = Math.max(1, Math.ceil(Math.log2(n + 1)))
  const docScale = 2 ** docBits
  const subScale = 2 ** Math.max(8, 37 - docBits)

  function search(query: unknown, options: SearchOptions = {}): SearchResult {
    const parsed = segmenter.parse(query)
    if (parsed.terms.length === 0) return { hits: [], total: 0 }
    reset()
    const intent = queryIntent(parsed.text, lang)
    for (let kind = 0; kind < factor.length; kind++) factor[kind] = kindFactor(kind, intent)
    for (const term of parsed.terms) matchTerm(term)
    // "shi ye jin" typed with spaces is also tried as one term.
    const latin = parsed.terms.filter((t) => t.latin)
    if (latin.length > 1 && latin.length === parsed.terms.length) {
      matchLatin(latin.map((t) => t.text).join(''))
      fold(1)
    }
    // The whole query in a name or an everyday name, as typed (filler aside): 养老保险参保证明, 社保 证明.
    const phrase = parsed.phrase
    if (parsed.terms.length > 1 && phrase) {
      eachOccurrence(names, phrase, (doc, pos) => {
        const tier = positionRank(pos, phrase.length, nameLength[doc])
        if (tier < phraseTier[doc]) phraseTier[doc] = tier
      })
      aliasTargets.forEach((target, a) => {
        const at = target.text.indexOf(phrase)
        if (at < 0) return
        const tier = positionRank(at, phrase.length, target.text.length)
        for (const doc of index.aliases[a].ids) if (bestTier[doc] !== NONE && tier < phraseTier[doc]) phraseTier[doc] = tier
      })
    }

    let best = 0
    for (let k = 0; k < touchedCount; k++) if (score[touched[k]] > best) best = score[touched[k]]
    const home = options.regionId === undefined ? -1 : index.regions.indexOf(options.regionId)
    const limit = options.limit ?? 50
    let count = 0
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k]
      if (!passesFloor(score[doc], best, parsed.terms.length)) continue
      const lead = sortLead(docRegion[doc] === home, score[doc], phraseTier[doc], bestTier[doc])
      leadCounts[lead]++
      sortKeys[count++] = (lead * subScale + Math.min(subScale - 1, bestSub[doc])) * docScale + doc
    }
    // Only results whose lead is among the first `limit` need sorting: find that lead, keep those keys.
    let cutoff = leadCounts.length
    for (let lead = 0, seen = 0; lead < leadCounts.length; lead++) {
      seen += leadCounts[lead]
      if (seen >= limit) {
        cutoff = lead + 1
        break
      }
    }
    leadCounts.fill(0)
    const below = cutoff * subScale * docScale
    let kept = 0
    for (let k = 0; k < count; k++) if (sortKeys[k] < below) sortKeys[kept++] = sortKeys[k]
    const sorted = sortKeys.subarray(0, kept).sort()
    const hits: SearchHit[] = []
    for (let k = 0; k < sorted.length && hits.length < limit; k++) {
      const doc = sorted[k] % docScale
      const field = bestField[doc]
      const via = bestVia[doc]
      hits.push({
        id: docs[doc].id,
        regionId: index.regions[docs[doc].r],
        // A row matched only by action words or part of a word is reported as related: it does not answer.
        tier: bestTier[doc] <= ANSWERS_UP_TO && needTier[doc] > ANSWERS_UP_TO ? TIER.related : bestTier[doc],
        field: FIELDS[field],
        ...(field === F_ALIAS && via >= 0
          ? { alias: index.aliases[via].t }
          : (field === F_SYNONYM || field === F_RELATED) && via >= 0
            ? { alias: viaWords[via] }
            : {}),
        nameRanges: nameRanges(doc, parsed.terms),
      })
    }
    return { hits, total: count }
  }

  /** Where the query's terms sit in a result's name, for highlighting (found again for the few results shown). */
  function nameRanges(doc: number, terms: readonly QueryTerm[]): [number, number][] {
    const target = targets[doc]
    const found: [number, number][] = []
    for (const term of terms) {
      if (term.latin) {
        const r = matchAnywhere(target, term.text)
        if (r) found.push(r)
        continue
      }
      for (const form of [...term.forms, ...(term.related ?? [])]) {
        for (let at = target.text.indexOf(form); at >= 0; at = target.text.indexOf(form, at + 1)) found.push([at, at + form.length])
      }
      for (const want of term.sounds) {
        for (let at = 0; at + want.length <= target.syllables.length; at++) if (sameSyllables(target.syllables, at, want)) found.push([at, at + want.length])
      }
    }
    return mergeRanges(found)
  }

  function nearby(query: unknown, options: SearchOptions = {}): SearchHit[] {
    const parsed = segmenter.parse(query)
    const home = options.regionId === undefined ? -1 : index.regions.indexOf(options.regionId)
    // The query's words: its known terms of two characters or more, and the known words inside longer ones.
    const words = new Set<string>()
    for (const term of parsed.terms) {
      if (term.latin) continue
      for (const form of term.forms) if (form.length >= 2) words.add(form)
      if (term.text.length > 2) for (const part of segmenter.split(term.text)) if (part.text.length >= 2) words.add(part.text)
    }
    const shared = new Map<number, number>()
    for (const word of words) {
      const seen = new Set<number>()
      eachOccurrence(names, word, (doc) => {
        if ((home >= 0 && docRegion[doc] !== home) || seen.has(doc)) return
        seen.add(doc)
        shared.set(doc, (shared.get(doc) ?? 0) + 1)
      })
    }
    return [...shared]
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          (docKind[a[0]] === KIND.service ? 0 : 1) - (docKind[b[0]] === KIND.service ? 0 : 1) ||
          nameLength[a[0]] - nameLength[b[0]] ||
          a[0] - b[0],
      )
      .slice(0, options.limit ?? 5)
      .map(([doc]) => ({ id: docs[doc].id, regionId: index.regions[docs[doc].r], tier: TIER.contains, field: 'name' as const, nameRanges: [] }))
  }

  function nameContains(word: string, regionId?: string, servicesOnly = false): boolean {
    const region = regionId === undefined ? -1 : index.regions.indexOf(regionId)
    let found = false
    eachOccurrence(names, word, (doc) => {
      if ((region < 0 || docRegion[doc] === region) && (!servicesOnly || docKind[doc] === KIND.service)) found = true
    })
    return found
  }

  const hasContent = (query: unknown) => segmenter.parse(query).terms.some((t) => t.latin || (t.text.length >= 2 && !segmenter.isFiller(t.text)))

  return { search, nearby, nameContains, parse: segmenter.parse, spell: segmenter.spell, hasContent, size: n }
}

/** Whether a hit answers the need (name, everyday name, same-need synonym), not only related help or text. */
export const answers = (hit: SearchHit) => hit.tier <= ANSWERS_UP_TO

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}
