/**
 * The search engine: precomputed keys, literal scans over joined haystacks (native indexOf), and
 * the pinyin matcher only on candidates. Ranking: exact name > name prefix > alias > name contains
 * > category > guide text; the current region's items first; stable among equals (catalogue order).
 *
 * Per-keystroke cost matters (the budget is p95 <= 2 ms on 10,000 items), so the hot path avoids
 * per-hit objects: each term fills reusable typed arrays, and only the top results get sorted.
 */
import { canStartAt, matchAnywhere, matchFrom, type Target } from './match'
import { isCjkCode, isLatin, longestCjkRun, parseQuery } from './normalize'
import type { MatchField, SearchHit, SearchIndexFile } from './types'

export const TIER = { exact: 0, prefix: 1, alias: 2, contains: 3, category: 4, guide: 5 } as const
const TIERS = 6
const NONE = 255

const FIELDS: MatchField[] = ['name', 'alias', 'category', 'guide']
const F_NAME = 0
const F_ALIAS = 1
const F_CATEGORY = 2
const F_GUIDE = 3

const SEP = '\u0001'
/** Caps on pinyin segmentations of one term, so a hostile "anananan…" stays cheap. */
const MAX_SEGMENTATIONS = 24

interface Haystack {
  text: string
  /** starts[i] is the offset of doc i in text. */
  starts: Int32Array
}

function haystack(parts: string[]): Haystack {
  const starts = new Int32Array(parts.length)
  let offset = 0
  parts.forEach((p, i) => {
    starts[i] = offset
    offset += p.length + 1
  })
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

/** Calls visit(doc, position) for every literal occurrence of needle. */
function eachOccurrence(h: Haystack, needle: string, visit: (doc: number, pos: number) => void): void {
  if (!needle) return
  let at = h.text.indexOf(needle)
  while (at >= 0) {
    const doc = owner(h, at)
    visit(doc, at - h.starts[doc])
    at = h.text.indexOf(needle, at + 1)
  }
}

/** One term's best hit per doc, as parallel arrays. */
interface TermResult {
  docs: number[]
  tier: number[]
  sub: number[]
  field: number[]
  alias: number[]
  /** Where the term sits in the name, whatever field won; -1 when it is not in the name. */
  rangeStart: number[]
  rangeEnd: number[]
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
  readonly size: number
}

export function createSearchEngine(index: SearchIndexFile): SearchEngine {
  const docs = index.docs
  const n = docs.length
  const targets: Target[] = docs.map((d) => ({ text: d.n, syllables: d.p ? d.p.split(' ') : [] }))
  const nameLength = Int32Array.from(docs, (d) => d.n.length)
  const docRegion = Int32Array.from(docs, (d) => d.r)
  const names = haystack(docs.map((d) => d.n))
  const initials = haystack(targets.map((t) => t.syllables.map((s) => s[0]).join('')))
  const guideWords = haystack(docs.map((d) => d.k))
  const aliasTargets: Target[] = index.aliases.map((a) => ({ text: a.t, syllables: a.p.split(' ') }))
  const categoryTargets: Target[] = index.categories.map((c) => ({ text: c.t, syllables: c.p.split(' ') }))
  const docsByCategory = new Map<number, number[]>()
  docs.forEach((d, i) => {
    const list = docsByCategory.get(d.c)
    if (list) list.push(i)
    else docsByCategory.set(d.c, [i])
  })

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

  // Scratch for one term: best hit per doc, reset after each term through the touched list.
  const bestTier = new Uint8Array(n).fill(NONE)
  const bestSub = new Float64Array(n)
  const bestField = new Uint8Array(n)
  const bestAlias = new Int32Array(n)
  const rangeStart = new Int32Array(n).fill(-1)
  const rangeEnd = new Int32Array(n)
  let touched: number[] = []

  const offer = (doc: number, tier: number, sub: number, field: number, alias = -1) => {
    const cur = bestTier[doc]
    if (cur === NONE) touched.push(doc)
    if (tier < cur || (tier === cur && sub < bestSub[doc])) {
      bestTier[doc] = tier
      bestSub[doc] = sub
      bestField[doc] = field
      bestAlias[doc] = alias
    }
  }

  /** A name match: tiered by position, earlier and shorter names first within a tier. */
  const offerName = (doc: number, start: number, end: number) => {
    if (rangeStart[doc] < 0) {
      rangeStart[doc] = start
      rangeEnd[doc] = end
    }
    const tier = start > 0 ? TIER.contains : end === nameLength[doc] ? TIER.exact : TIER.prefix
    offer(doc, tier, start * 1000 + nameLength[doc], F_NAME)
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

  function matchTerm(term: string): TermResult {
    let hasLatin = false
    let hasCjk = false
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i)
      if (c >= 97 && c <= 122) hasLatin = true
      else if (isCjkCode(c)) hasCjk = true
    }

    // Names, literally.
    eachOccurrence(names, term, (doc, pos) => offerName(doc, pos, pos + term.length))

    // Names, through pinyin, on candidates only: from the longest Chinese run, or from initials.
    if (hasLatin) {
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
    }

    // Everyday names (few, so scanned directly); the first target of an alias is the best answer.
    aliasTargets.forEach((target, a) => {
      const at = target.text.indexOf(term)
      const range = at >= 0 ? ([at, at + term.length] as [number, number]) : hasLatin ? matchAnywhere(target, term) : null
      if (!range) return
      const how = range[0] > 0 ? 2 : range[1] === target.text.length ? 0 : 1
      index.aliases[a].ids.forEach((doc, priority) => offer(doc, TIER.alias, how * 100 + priority, F_ALIAS, a))
    })

    // Categories.
    categoryTargets.forEach((target, c) => {
      if (!target.text.includes(term) && !(hasLatin && matchAnywhere(target, term))) return
      for (const doc of docsByCategory.get(c) ?? []) offer(doc, TIER.category, 0, F_CATEGORY)
    })

    // Guide words: Chinese only, literally.
    if (!hasLatin) eachOccurrence(guideWords, term, (doc) => offer(doc, TIER.guide, 0, F_GUIDE))

    // Copy out and reset the scratch.
    const result: TermResult = { docs: touched, tier: [], sub: [], field: [], alias: [], rangeStart: [], rangeEnd: [] }
    for (const doc of touched) {
      result.tier.push(bestTier[doc])
      result.sub.push(bestSub[doc])
      result.field.push(bestField[doc])
      result.alias.push(bestAlias[doc])
      result.rangeStart.push(rangeStart[doc])
      result.rangeEnd.push(rangeEnd[doc])
      bestTier[doc] = NONE
      rangeStart[doc] = -1
    }
    touched = []
    return result
  }

  interface Found {
    doc: number
    tier: number
    sub: number
    field: number
    alias: number
    ranges: [number, number][]
  }

  /** Docs that match every term: the worst term decides the tier; then the others; then where. */
  function combine(terms: string[]): Found[] {
    const per = terms.map(matchTerm)
    if (per.length === 1) {
      const r = per[0]
      return r.docs.map((doc, i) => ({
        doc,
        tier: r.tier[i],
        sub: r.sub[i],
        field: r.field[i],
        alias: r.alias[i],
        ranges: r.rangeStart[i] >= 0 ? [[r.rangeStart[i], r.rangeEnd[i]]] : [],
      }))
    }
    const lookups = per.map((r) => new Map(r.docs.map((doc, i) => [doc, i])))
    const out: Found[] = []
    for (const doc of per[0].docs) {
      if (!lookups.every((m) => m.has(doc))) continue
      let worst = 0
      let tierSum = 0
      let subSum = 0
      let lead = 0
      const ranges: [number, number][] = []
      per.forEach((r, t) => {
        const i = lookups[t].get(doc)!
        if (r.tier[i] > worst) worst = r.tier[i]
        if (r.tier[i] < per[lead].tier[lookups[lead].get(doc)!]) lead = t
        tierSum += r.tier[i]
        subSum += r.sub[i]
        if (r.rangeStart[i] >= 0) ranges.push([r.rangeStart[i], r.rangeEnd[i]])
      })
      const li = lookups[lead].get(doc)!
      out.push({ doc, tier: worst, sub: tierSum * 1e7 + subSum, field: per[lead].field[li], alias: per[lead].alias[li], ranges })
    }
    return out
  }

  function search(query: unknown, options: SearchOptions = {}): SearchResult {
    const terms = parseQuery(query)
    if (terms.length === 0) return { hits: [], total: 0 }
    let found = combine(terms)
    // "shi ye jin" typed with spaces is also tried as one term; each doc keeps its better result.
    if (terms.length > 1 && terms.every((t) => ![...t].some((ch) => isCjkCode(ch.charCodeAt(0))))) {
      const joined = new Map(combine([terms.join('')]).map((f) => [f.doc, f]))
      found = found.map((f) => (joined.has(f.doc) && joined.get(f.doc)!.tier < f.tier ? joined.get(f.doc)! : f))
      const have = new Set(found.map((f) => f.doc))
      for (const [doc, f] of joined) if (!have.has(doc)) found.push(f)
    }

    // Bucket by (other region?, tier); sort only the buckets the top results come from.
    const home = options.regionId === undefined ? -1 : index.regions.indexOf(options.regionId)
    const buckets: Found[][] = Array.from({ length: 2 * TIERS }, () => [])
    for (const f of found) buckets[(docRegion[f.doc] === home ? 0 : TIERS) + f.tier].push(f)
    const limit = options.limit ?? 50
    const top: Found[] = []
    for (const bucket of buckets) {
      if (top.length >= limit) break
      bucket.sort((a, b) => a.sub - b.sub || a.doc - b.doc)
      top.push(...bucket.slice(0, limit - top.length))
    }
    const hits = top.map((f) => ({
      id: docs[f.doc].id,
      regionId: index.regions[docs[f.doc].r],
      tier: f.tier,
      field: FIELDS[f.field],
      ...(f.alias >= 0 && f.field === F_ALIAS ? { alias: index.aliases[f.alias].t } : {}),
      nameRanges: mergeRanges(f.ranges),
    }))
    return { hits, total: found.length }
  }

  return { search, size: n }
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
