/**
 * The search engine: precomputed keys, literal scans over joined haystacks (fast native indexOf),
 * and the pinyin matcher only on candidates. Ranking: exact name > name prefix > alias > name
 * contains > category > guide text; the current region's items first; stable among equals.
 */
import { matchAnywhere, matchFrom, type Target } from './match'
import { isCjk, isLatin, parseQuery } from './normalize'
import type { MatchField, SearchHit, SearchIndexFile } from './types'

export const TIER = { exact: 0, prefix: 1, alias: 2, contains: 3, category: 4, guide: 5 } as const

const SEP = '\u0001'
/** Caps on pinyin segmentations of one term, so a hostile "anananan…" stays cheap. */
const MAX_SEGMENTATIONS = 24

interface TermHit {
  tier: number
  sub: number
  field: MatchField
  alias?: string
  range?: [number, number]
}

interface Haystack {
  text: string
  /** starts[i] is the offset of doc i in text. */
  starts: number[]
}

function haystack(parts: string[]): Haystack {
  const starts: number[] = []
  let offset = 0
  for (const p of parts) {
    starts.push(offset)
    offset += p.length + 1
  }
  return { text: parts.join(SEP), starts }
}

/** Doc index owning offset (binary search). */
function owner(h: Haystack, offset: number): number {
  let lo = 0
  let hi = h.starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (h.starts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Every (doc, position) where needle occurs literally. */
function* occurrences(h: Haystack, needle: string): Generator<[number, number]> {
  if (!needle) return
  let at = h.text.indexOf(needle)
  while (at >= 0) {
    const doc = owner(h, at)
    yield [doc, at - h.starts[doc]]
    at = h.text.indexOf(needle, at + 1)
  }
}

export interface SearchOptions {
  /** The region whose items come first. */
  regionId?: string
  limit?: number
}

export interface SearchEngine {
  search(query: unknown, options?: SearchOptions): SearchHit[]
  readonly size: number
}

export function createSearchEngine(index: SearchIndexFile): SearchEngine {
  const docs = index.docs
  const targets: Target[] = docs.map((d) => ({ text: d.n, syllables: d.p ? d.p.split(' ') : [] }))
  const names = haystack(docs.map((d) => d.n))
  const initials = haystack(targets.map((t) => t.syllables.map((s) => s[0]).join('')))
  const guideWords = haystack(docs.map((d) => d.k))
  const aliasTargets: Target[] = index.aliases.map((a) => ({ text: a.t, syllables: a.p.split(' ') }))
  const categoryTargets: Target[] = index.categories.map((c) => ({ text: c.t, syllables: c.p.split(' ') }))
  const docsByCategory = new Map<number, number[]>()
  docs.forEach((d, i) => docsByCategory.set(d.c, [...(docsByCategory.get(d.c) ?? []), i]))

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
        if (syllables.has(piece)) walk(i + len, acc + ch)
        else if (i + len === term.length && prefixes.has(piece)) walk(i + len, acc + ch)
      }
      if ((ch === 'z' || ch === 'c' || ch === 's') && term[i + 1] === 'h') walk(i + 2, acc + ch)
      walk(i + 1, acc + ch)
    }
    walk(0, '')
    return [...out]
  }

  /** Within a tier: earlier matches first, then shorter names (closer to what was typed). */
  function nameSub(doc: number, start: number): number {
    return start * 1000 + docs[doc].n.length
  }

  function nameTier(doc: number, range: [number, number]): number {
    if (range[0] > 0) return TIER.contains
    return range[1] === docs[doc].n.length ? TIER.exact : TIER.prefix
  }

  /** Best hit per doc for one term; range is where the term sits in the name, whatever field won. */
  function matchTerm(term: string): Map<number, TermHit> {
    const best = new Map<number, TermHit>()
    const ranges = new Map<number, [number, number]>()
    const offer = (doc: number, hit: TermHit) => {
      if (hit.range && !ranges.has(doc)) ranges.set(doc, hit.range)
      const cur = best.get(doc)
      if (!cur || hit.tier < cur.tier || (hit.tier === cur.tier && hit.sub < cur.sub)) best.set(doc, hit)
    }
    const hasLatin = [...term].some(isLatin)
    const cjkRuns = term.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []

    // Names, literally.
    for (const [doc, pos] of occurrences(names, term)) {
      const range: [number, number] = [pos, pos + term.length]
      offer(doc, { tier: nameTier(doc, range), sub: nameSub(doc, pos), field: 'name', range })
    }
    // Names, through pinyin: candidates from the longest Chinese run, or from initials.
    if (hasLatin) {
      const candidates = new Map<number, number[]>()
      const note = (doc: number, start: number) => candidates.set(doc, [...(candidates.get(doc) ?? []), start])
      if (cjkRuns.length > 0) {
        const run = cjkRuns.reduce((a, b) => (b.length > a.length ? b : a))
        for (const [doc] of occurrences(names, run)) if (!candidates.has(doc)) for (let s = 0; s < docs[doc].n.length; s++) note(doc, s)
      } else {
        for (const ini of initialStrings(term)) for (const [doc, pos] of occurrences(initials, ini)) note(doc, pos)
      }
      for (const [doc, starts] of candidates) {
        for (const start of starts) {
          const end = matchFrom(targets[doc], term, start)
          if (end >= 0) offer(doc, { tier: nameTier(doc, [start, end]), sub: nameSub(doc, start), field: 'name', range: [start, end] })
        }
      }
    }
    // Everyday names (few, so scanned directly).
    aliasTargets.forEach((target, a) => {
      const range = target.text.includes(term) ? ([target.text.indexOf(term), target.text.indexOf(term) + term.length] as [number, number]) : hasLatin ? matchAnywhere(target, term) : null
      if (!range) return
      const how = range[0] > 0 ? 2 : range[1] === target.text.length ? 0 : 1
      index.aliases[a].ids.forEach((doc, priority) => offer(doc, { tier: TIER.alias, sub: how * 100 + priority, field: 'alias', alias: index.aliases[a].t }))
    })
    // Categories.
    categoryTargets.forEach((target, c) => {
      if (!target.text.includes(term) && !(hasLatin && matchAnywhere(target, term))) return
      for (const doc of docsByCategory.get(c) ?? []) offer(doc, { tier: TIER.category, sub: 0, field: 'category' })
    })
    // Guide words: Chinese only, literally.
    if (!hasLatin) for (const [doc] of occurrences(guideWords, term)) offer(doc, { tier: TIER.guide, sub: 0, field: 'guide' })
    for (const [doc, hit] of best) if (!hit.range && ranges.has(doc)) best.set(doc, { ...hit, range: ranges.get(doc) })
    return best
  }

  function combine(terms: string[]): Map<number, { tier: number; sub: number; hits: TermHit[] }> {
    const out = new Map<number, { tier: number; sub: number; hits: TermHit[] }>()
    const perTerm = terms.map(matchTerm)
    for (const doc of perTerm[0].keys()) {
      const hits = perTerm.map((m) => m.get(doc)).filter((h): h is TermHit => h !== undefined)
      if (hits.length !== terms.length) continue
      // Worst term decides the tier; then how well the other terms did; then where they matched.
      const tierSum = hits.reduce((n, h) => n + h.tier, 0)
      const subSum = hits.reduce((n, h) => n + h.sub, 0)
      out.set(doc, { tier: Math.max(...hits.map((h) => h.tier)), sub: tierSum * 100000 + subSum, hits })
    }
    return out
  }

  function search(query: unknown, options: SearchOptions = {}): SearchHit[] {
    const terms = parseQuery(query)
    if (terms.length === 0) return []
    const found = combine(terms)
    // "shi ye jin" typed with spaces is also tried as one term.
    if (terms.length > 1 && terms.every((t) => [...t].every((ch) => !isCjk(ch)))) {
      for (const [doc, hit] of combine([terms.join('')])) {
        const cur = found.get(doc)
        if (!cur || hit.tier < cur.tier) found.set(doc, hit)
      }
    }
    const home = options.regionId === undefined ? -1 : index.regions.indexOf(options.regionId)
    const ranked = [...found.entries()].sort(
      ([a, x], [b, y]) => Number(docs[b].r === home) - Number(docs[a].r === home) || x.tier - y.tier || x.sub - y.sub || a - b,
    )
    return ranked.slice(0, options.limit ?? 50).map(([doc, { tier, hits }]) => {
      const lead = hits.reduce((a, b) => (b.tier < a.tier ? b : a))
      return {
        id: docs[doc].id,
        regionId: index.regions[docs[doc].r],
        tier,
        field: lead.field,
        alias: lead.alias,
        nameRanges: mergeRanges(hits.flatMap((h) => (h.range ? [h.range] : []))),
      }
    })
  }

  return { search, size: docs.length }
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
