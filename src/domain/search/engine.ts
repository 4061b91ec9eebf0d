/**
 * The search engine: the query is cut into terms (segment.ts), each term is looked up in every field
 * with precomputed keys and literal scans over joined haystacks (native indexOf), the pinyin matcher
 * only on candidates. Ranking:
 * - the current region's items first;
 * - then by how many terms match and where: a term in the name (or an everyday name, or a synonym's
 *   catalogue word in the name) weighs 8, in the category 4, in the 公开内容 2, in the guide text 1;
 * - then the whole query as a phrase in the name (exact, prefix, inside), then the best term's tier
 *   (exact name > name prefix > everyday name > name contains > category > 公开内容 > guide text),
 *   earlier and shorter names first; stable among equals (catalogue order).
 * Items whose score is under a quarter of the best are left out (a stray 材料 in guide text).
 *
 * Per-keystroke cost matters (the budget is p95 <= 2 ms on 10,000 items), so the hot path avoids
 * per-hit objects: each term fills reusable typed arrays, and one numeric sort orders the results.
 */
import { canStartAt, matchAnywhere, matchFrom, type Target } from './match'
import { isCjkCode, isLatin, longestCjkRun } from './normalize'
import { createSegmenter, type ParsedQuery, type QueryTerm, type Segmenter } from './segment'
import type { MatchField, SearchHit, SearchIndexFile, SearchLanguage } from './types'

export const TIER = { exact: 0, prefix: 1, alias: 2, contains: 3, category: 4, contents: 5, guide: 6 } as const
/** What a term weighs by where it matched (indexed by tier). */
export const WEIGHT = [8, 8, 8, 8, 4, 2, 1] as const
const NONE = 255

const FIELDS: MatchField[] = ['name', 'alias', 'synonym', 'category', 'contents', 'guide']
const F_NAME = 0
const F_ALIAS = 1
const F_SYNONYM = 2
const F_CATEGORY = 3
const F_CONTENTS = 4
const F_GUIDE = 5

const SEP = '\u0001'
/** Caps on pinyin segmentations of one term, so a hostile "anananan…" stays cheap. */
const MAX_SEGMENTATIONS = 24

interface Haystack {
  text: string
  /** Where each two-character piece of text occurs (names and initials, scanned on every term). */
  grams?: Map<string, Int32Array>
  /** ownerAt[offset] is the doc owning that character of text. */
  ownerAt: Int32Array
  /** starts[i] is the offset of doc i in text. */
  starts: Int32Array
}

function haystack(parts: string[], withGrams = false): Haystack {
  const starts = new Int32Array(parts.length)
  const text = parts.join(SEP)
  const ownerAt = new Int32Array(text.length)
  let offset = 0
  parts.forEach((p, i) => {
    starts[i] = offset
    ownerAt.fill(i, offset, offset + p.length + 1)
    offset += p.length + 1
  })
  if (!withGrams) return { text, ownerAt, starts }
  const lists = new Map<string, number[]>()
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.slice(i, i + 2)
    const list = lists.get(gram)
    if (list) list.push(i)
    else lists.set(gram, [i])
  }
  const grams = new Map<string, Int32Array>()
  for (const [gram, list] of lists) grams.set(gram, Int32Array.from(list))
  return { text, ownerAt, starts, grams }
}

/**
 * Guide and 公开内容 phrases, each once however many items share it (居民身份证 is in most guides):
 * a scan reads the distinct phrases, then each match expands to the items that have the phrase.
 */
interface PhraseTable {
  phrases: Haystack
  docsOf: Int32Array[]
}

function phraseTable(fields: readonly string[]): PhraseTable {
  const index = new Map<string, number[]>()
  fields.forEach((field, doc) => {
    if (!field) return
    for (const phrase of field.split(SEP)) {
      const list = index.get(phrase)
      if (!list) index.set(phrase, [doc])
      else if (list[list.length - 1] !== doc) list.push(doc)
    }
  })
  return { phrases: haystack([...index.keys()]), docsOf: [...index.values()].map((docs) => Int32Array.from(docs)) }
}

/** Calls visit(doc) for every item having a phrase that contains needle (an item once per phrase). */
function eachPhraseDoc(table: PhraseTable, needle: string, visit: (doc: number) => void): void {
  let last = -1
  eachOccurrence(table.phrases, needle, (phrase) => {
    if (phrase === last) return
    last = phrase
    for (const doc of table.docsOf[phrase]) visit(doc)
  })
}

/** Calls visit(doc, position) for every literal occurrence of needle. */
function eachOccurrence(h: Haystack, needle: string, visit: (doc: number, pos: number) => void): void {
  if (!needle) return
  if (h.grams && needle.length >= 2) {
    // Candidates from the needle's rarest two-character piece, each checked in place.
    let rarest: Int32Array | undefined
    let shift = 0
    for (let k = 0; k + 1 < needle.length; k++) {
      const list = h.grams.get(needle.slice(k, k + 2))
      if (!list) return
      if (!rarest || list.length < rarest.length) {
        rarest = list
        shift = k
      }
    }
    for (const pos of rarest!) {
      const at = pos - shift
      if (at >= 0 && h.text.startsWith(needle, at)) {
        const doc = h.ownerAt[at]
        visit(doc, at - h.starts[doc])
      }
    }
    return
  }
  let at = h.text.indexOf(needle)
  while (at >= 0) {
    const doc = h.ownerAt[at]
    visit(doc, at - h.starts[doc])
    at = h.text.indexOf(needle, at + 1)
  }
}

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
  /** Items whose names share the most characters with the query (filler aside), shorter names first: 你可能要找. */
  nearby(query: unknown, options?: SearchOptions): SearchHit[]
  /** Whether an item name (of the region, when given) contains the word. */
  nameContains(word: string, regionId?: string): boolean
  /** The query as the engine reads it (terms, phrase, routing text). */
  parse(query: unknown): ParsedQuery
  /** A word's syllables as the engine knows them (names, everyday names, homophone table). */
  spell(word: string): string[] | undefined
  readonly size: number
}

/** The syllable of each character the index spells (names, everyday names, categories), then common ones. */
function syllableTable(targets: readonly Target[], lang: SearchLanguage | undefined): Map<string, string> {
  const table = new Map<string, string>()
  for (const t of targets) {
    for (let i = 0; i < t.text.length; i++) {
      const s = t.syllables[i]
      if (s && isCjkCode(t.text.charCodeAt(i)) && !table.has(t.text[i])) table.set(t.text[i], s)
    }
  }
  for (const group of (lang?.homophones ?? '').split(' ')) {
    let k = 0
    while (k < group.length && isLatin(group[k])) k++
    const s = group.slice(0, k)
    for (const ch of group.slice(k)) if (!table.has(ch)) table.set(ch, s)
  }
  return table
}

export function createSearchEngine(index: SearchIndexFile, lang: SearchLanguage | undefined = index.lang): SearchEngine {
  const docs = index.docs
  const n = docs.length
  const targets: Target[] = docs.map((d) => ({ text: d.n, syllables: d.p ? d.p.split(' ') : [] }))
  const nameLength = Int32Array.from(docs, (d) => d.n.length)
  const docRegion = Int32Array.from(docs, (d) => d.r)
  const names = haystack(
    docs.map((d) => d.n),
    true,
  )
  const initials = haystack(
    targets.map((t) => t.syllables.map((s) => s[0]).join('')),
    true,
  )
  const guideWords = phraseTable(docs.map((d) => d.k))
  const contents = phraseTable(docs.map((d) => d.o ?? ''))
  const aliasTargets: Target[] = index.aliases.map((a) => ({ text: a.t, syllables: a.p.split(' ') }))
  const categoryTargets: Target[] = index.categories.map((c) => ({ text: c.t, syllables: c.p.split(' ') }))
  const docsByCategory = new Map<number, number[]>()
  docs.forEach((d, i) => {
    const list = docsByCategory.get(d.c)
    if (list) list.push(i)
    else docsByCategory.set(d.c, [i])
  })
  const sounds = syllableTable([...targets, ...aliasTargets, ...categoryTargets], lang)
  const segmenter: Segmenter = createSegmenter(lang, (ch) => sounds.get(ch))

  // Only syllables that occur in the data can ever match, so they are the segmentation vocabulary.
  const syllables = new Set<string>()
  const prefixes = new Set<string>()
  for (const t of [...targets, ...aliasTargets, ...categoryTargets]) {
    for (const s of t.syllables) {
      if (s.length > 1 && isLatin(s[0])) {
        syllables.add(s)
        for (let k = 1; k <= s.length; k++) prefixes.add(s.slice(0, k))
      }
    }
  }

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
  const sortKeys = new Float64Array(n)
  const touched = new Int32Array(n)
  let touchedCount = 0
  /** How many results have each sort lead (region, score, phrase, tier), to sort only the first `limit`. */
  const leadCounts = new Int32Array(2 * 256 * 32)
  // Words a synonym brought, by their index in this query (for the hit's "按…找到").
  let viaWords: string[] = []

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
    const tier = start > 0 ? TIER.contains : end === nameLength[doc] ? TIER.exact : TIER.prefix
    offer(doc, tier, start * 1000 + nameLength[doc], F_NAME, -1, span)
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
        if (syllables.has(piece) || (i + len === term.length && prefixes.has(piece))) walk(i + len, acc + ch)
      }
      if ((ch === 'z' || ch === 'c' || ch === 's') && term[i + 1] === 'h') walk(i + 2, acc + ch)
      walk(i + 1, acc + ch)
    }
    walk(0, '')
    return [...out]
  }

  /** Chinese text, literally, in every field; via >= 0 when it is a synonym's catalogue word. */
  function matchWord(word: string, via: number, rank = 0): void {
    if (via >= 0) {
      // A synonym's catalogue word in a name ranks as an everyday name (after the aliases file's own): its first catalogue word first.
      eachOccurrence(names, word, (doc, pos) => offer(doc, TIER.alias, 300 + rank * 100 + Math.min(99, pos), F_SYNONYM, via))
    } else {
      eachOccurrence(names, word, (doc, pos) => offerName(doc, pos, pos + word.length))
    }
    aliasTargets.forEach((target, a) => {
      const at = target.text.indexOf(word)
      if (at < 0) return
      const how = at > 0 ? 2 : word.length === target.text.length ? 0 : 1
      index.aliases[a].ids.forEach((doc, priority) => offer(doc, TIER.alias, how * 100 + priority, F_ALIAS, a))
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
      if (!range) return
      const how = range[0] > 0 ? 2 : range[1] === target.text.length ? 0 : 1
      index.aliases[a].ids.forEach((doc, priority) => offer(doc, TIER.alias, how * 100 + priority, F_ALIAS, a))
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
        const how = at > 0 ? 2 : want.length === target.text.length ? 0 : 1
        index.aliases[a].ids.forEach((doc, priority) => offer(doc, TIER.alias, how * 100 + priority, F_ALIAS, a, span))
        return
      }
    })
  }

  /** Adds one term's best hit per doc to the query's totals, then clears the term's scratch. */
  function fold(): void {
    for (let k = 0; k < termCount; k++) {
      const doc = termTouched[k]
      const tier = termTier[doc]
      if (bestTier[doc] === NONE) touched[touchedCount++] = doc
      score[doc] += WEIGHT[tier] * (1 + termSpan[doc])
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
    // A word the index does not hold whole (失业了, an 一件事 name) is tried by its parts.
    if (termCount === 0 && !term.latin && depth === 0 && term.text.length > 2) {
      for (const part of segmenter.split(term.text)) matchTerm(part, 1)
      return
    }
    fold()
  }

  function reset(): void {
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k]
      score[doc] = 0
      bestTier[doc] = NONE
      phraseTier[doc] = 3
    }
    touchedCount = 0
    viaWords = []
  }

  const docBits = Math.max(1, Math.ceil(Math.log2(n + 1)))
  const docScale = 2 ** docBits
  const subScale = 2 ** Math.max(8, 38 - docBits)

  function search(query: unknown, options: SearchOptions = {}): SearchResult {
    const parsed = segmenter.parse(query)
    if (parsed.terms.length === 0) return { hits: [], total: 0 }
    reset()
    for (const term of parsed.terms) matchTerm(term)
    // "shi ye jin" typed with spaces is also tried as one term.
    const latin = parsed.terms.filter((t) => t.latin)
    if (latin.length > 1 && latin.length === parsed.terms.length) {
      matchLatin(latin.map((t) => t.text).join(''))
      fold()
    }
    // The whole query in a name or an everyday name, as typed (filler aside): 养老保险参保证明, 社保 证明.
    const phrase = parsed.phrase
    if (parsed.terms.length > 1 && phrase) {
      eachOccurrence(names, phrase, (doc, pos) => {
        const tier = pos > 0 ? 2 : phrase.length === nameLength[doc] ? 0 : 1
        if (tier < phraseTier[doc]) phraseTier[doc] = tier
      })
      aliasTargets.forEach((target, a) => {
        const at = target.text.indexOf(phrase)
        if (at < 0) return
        const tier = at > 0 ? 2 : phrase.length === target.text.length ? 0 : 1
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
      if (score[doc] * 4 < best) continue
      const lead = ((docRegion[doc] === home ? 0 : 1) * 256 + (255 - Math.min(255, score[doc]))) * 32 + phraseTier[doc] * 8 + bestTier[doc]
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
        tier: bestTier[doc],
        field: FIELDS[field],
        ...(field === F_ALIAS && via >= 0 ? { alias: index.aliases[via].t } : field === F_SYNONYM && via >= 0 ? { alias: viaWords[via] } : {}),
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
      for (const form of term.forms) {
        for (let at = target.text.indexOf(form); at >= 0; at = target.text.indexOf(form, at + 1)) found.push([at, at + form.length])
      }
      for (const want of term.sounds) {
        for (let at = 0; at + want.length <= target.syllables.length; at++) if (sameSyllables(target.syllables, at, want)) found.push([at, at + want.length])
      }
    }
    return mergeRanges(found)
  }

  function nearby(query: unknown, options: SearchOptions = {}): SearchHit[] {
    const text = segmenter.parse(query).text
    const home = options.regionId === undefined ? -1 : index.regions.indexOf(options.regionId)
    const shared = new Map<number, number>()
    const count = (piece: string) => {
      const seen = new Set<number>()
      eachOccurrence(names, piece, (doc) => {
        if ((home >= 0 && docRegion[doc] !== home) || seen.has(doc)) return
        seen.add(doc)
        shared.set(doc, (shared.get(doc) ?? 0) + 1)
      })
    }
    for (const ch of new Set(text)) if (isCjkCode(ch.charCodeAt(0)) && !segmenter.isFiller(ch)) count(ch)
    return [...shared]
      .sort((a, b) => b[1] - a[1] || nameLength[a[0]] - nameLength[b[0]] || a[0] - b[0])
      .slice(0, options.limit ?? 5)
      .map(([doc]) => ({ id: docs[doc].id, regionId: index.regions[docs[doc].r], tier: TIER.contains, field: 'name' as const, nameRanges: [] }))
  }

  function nameContains(word: string, regionId?: string): boolean {
    const region = regionId === undefined ? -1 : index.regions.indexOf(regionId)
    let found = false
    eachOccurrence(names, word, (doc) => {
      if (region < 0 || docRegion[doc] === region) found = true
    })
    return found
  }

  return { search, nearby, nameContains, parse: segmenter.parse, spell: segmenter.spell, size: n }
}

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
