/**
 * Splits a query in everyday words into the terms the index knows (失业了怎么办 -> 失业; 领失业金要什么材料
 * -> 失业金, 材料), against the vocabulary the data build made with jieba (SearchLanguage.words):
 * - a Chinese run is cut into known words, fewest characters left unknown, then fewest pieces;
 * - filler (了, 怎么办, 要什么 ...) is dropped, unless nothing else is left;
 * - an everyday word brings the catalogue's words along (社保 -> 社会保险, 养老保险);
 * - characters no word covers are tried by sound with their neighbours (失业今 -> shi ye jin), for
 *   typos typed by pinyin input;
 * - Latin letters and digits stay one term, as typed (pinyin, initials).
 * No Taro, no segmenter library at run time: a set lookup per candidate piece.
 */
import { flatMap } from '../collections'
import { matchFrom, type Target } from './match'
import { isCjkCode, parseQuery } from './normalize'
import type { SearchLanguage } from './types'

export interface QueryTerm {
  /** The piece of the query, normalised. */
  text: string
  /** What it is matched as, literally: itself (unless unknown), then the catalogue's words of a synonym. */
  forms: string[]
  /** Syllable sequences the piece may stand for by sound (a typo with its neighbours), each as syllables. */
  sounds: string[][]
  /** For each of sounds, how many known neighbour words it spans (失业今 -> 1): a match counts for them too. */
  soundSpans?: number[]
  /** Latin letters (and digits) typed as such: matched through pinyin and initials. */
  latin: boolean
  /** The catalogue words forms[1..] came from a synonym. */
  synonym: boolean
  /** A synonym's related words (help, not the answer: 失业 -> 职业介绍), matched below the forms. */
  related?: string[]
}

export interface ParsedQuery {
  terms: QueryTerm[]
  /** The query's Chinese and Latin text without filler, for a whole-phrase match in names. */
  phrase: string
  /** The normalised query, filler included, for routing (医保 ...). */
  text: string
}

/** The longest piece looked up; longer vocabulary words are never offered. */
const MAX_WORD = 8
/** Unknown runs tried by sound per query, and runs longer than this are not a typo. */
const MAX_SOUND_RUNS = 3
const MAX_SOUND_RUN_LENGTH = 3

/** Whether the whole of a word is typed as term, in pinyin or initials ("qianxin", "ldzc"). */
export function typedWhole(target: Target, term: string): boolean {
  return target.text.length > 0 && matchFrom(target, term, 0) === target.text.length
}

/** Chinese characters from which a chunk is a sentence, its Latin words apart (个税APP上的收入……), not mixed pinyin (创业bt). */
const SENTENCE_CJK = 4

/**
 * Splits digit runs from the rest, so 12333能问社保吗 reads 12333 + 能问社保吗; letters stay with Chinese
 * (创业bt) unless the chunk is a sentence, whose Latin words are split off (个税APP上的收入能证明拖欠工资吗).
 */
function splitDigits(chunk: string): string[] {
  const out: string[] = []
  let current = ''
  let kind = -1
  let cjk = 0
  for (let i = 0; i < chunk.length; i++) if (isCjkCode(chunk.charCodeAt(i))) cjk++
  const sentence = cjk >= SENTENCE_CJK
  for (const ch of chunk) {
    const k = ch >= '0' && ch <= '9' ? 0 : sentence && !isCjkCode(ch.charCodeAt(0)) ? 1 : 2
    if (current && k !== kind) {
      out.push(current)
      current = ''
    }
    kind = k
    current += ch
  }
  if (current) out.push(current)
  return out
}

export interface Segmenter {
  parse(query: unknown): ParsedQuery
  /** A word's syllables, from the index's names and the homophone table (for words typed in pinyin). */
  spell(word: string): string[] | undefined
  /** A known word cut into its smaller known words, filler dropped (失业了 -> 失业): for a word the index does not hold whole. */
  split(word: string): QueryTerm[]
  /** Whether a piece is a filler word. */
  isFiller(word: string): boolean
  /** Whether a word names a 人社 need the catalogues may lack (a gap word: 社保卡, 工伤住院): its parts are read literally. */
  isGapWord(word: string): boolean
}

/** The syllables of a word from a character table; undefined when a character has none. */
export function speller(syllableOf: (ch: string) => string | undefined): (word: string) => string[] | undefined {
  return (word) => {
    const out: string[] = []
    for (const ch of word) {
      const s = syllableOf(ch)
      if (!s) return undefined
      out.push(s)
    }
    return out
  }
}

export function createSegmenter(lang: SearchLanguage | undefined, syllableOf: (ch: string) => string | undefined): Segmenter {
  const spell = speller(syllableOf)
  const vocab = new Set<string>()
  const filler = new Set<string>(lang?.filler ?? [])
  const synonyms = new Map<string, { c: string[]; r?: string[] }>()
  /** Everyday words with their syllables, for a query typed in pinyin. */
  const spoken: { target: Target; catalogue: string[]; related?: string[] }[] = []
  for (const w of (lang?.words ?? '').split(' ')) if (w) vocab.add(w)
  for (const s of lang?.synonyms ?? []) {
    for (const e of s.e) {
      synonyms.set(e, s)
      const sounds = spell(e)
      if (sounds) spoken.push({ target: { text: e, syllables: sounds }, catalogue: s.c, related: s.r })
    }
  }
  for (const e of synonyms.keys()) vocab.add(e)
  for (const d of [...(lang?.departments ?? []), ...(lang?.gaps ?? [])]) for (const w of d.words) vocab.add(w)
  const gapWords = new Set(flatMap(lang?.gaps ?? [], (g) => g.words))
  let longest = 1
  for (const w of [...vocab, ...filler]) if (w.length > longest) longest = Math.min(MAX_WORD, w.length)

  /** Cuts a Chinese run: fewest unknown characters, then fewest pieces (never the whole run when `whole` is false). */
  function cut(run: string, whole = true): { piece: string; known: boolean }[] {
    const n = run.length
    const unknown = new Int32Array(n + 1).fill(1 << 20)
    const pieces = new Int32Array(n + 1)
    const from = new Int32Array(n + 1)
    unknown[0] = 0
    for (let i = 0; i < n; i++) {
      if (unknown[i] === 1 << 20) continue
      for (let len = 1; len <= longest && i + len <= n; len++) {
        const piece = run.slice(i, i + len)
        const known = (whole || len < n) && (vocab.has(piece) || filler.has(piece))
        if (!known && len > 1) continue
        const u = unknown[i] + (known ? 0 : 1)
        const p = pieces[i] + 1
        const j = i + len
        if (u < unknown[j] || (u === unknown[j] && p < pieces[j])) {
          unknown[j] = u
          pieces[j] = p
          from[j] = i
        }
      }
    }
    const out: { piece: string; known: boolean }[] = []
    for (let j = n; j > 0; j = from[j]) {
      const piece = run.slice(from[j], j)
      out.push({ piece, known: vocab.has(piece) || filler.has(piece) })
    }
    return out.reverse()
  }

  const word = (text: string): QueryTerm => {
    const extra = synonyms.get(text)
    if (!extra) return { text, forms: [text], sounds: [], latin: false, synonym: false }
    return { text, forms: [text, ...extra.c], sounds: [], latin: false, synonym: true, ...(extra.r ? { related: extra.r } : {}) }
  }

  const isKnown = (piece: string) => vocab.has(piece) || filler.has(piece)

  type Part = { piece: string; known: boolean }

  /** The run of unknown parts that starts at k: where it ends, and its text. */
  function unknownRun(parts: Part[], k: number): { end: number; run: string } {
    let end = k
    while (end + 1 < parts.length && !parts[end + 1].known) end++
    return {
      end,
      run: parts
        .slice(k, end + 1)
        .map((p) => p.piece)
        .join(''),
    }
  }

  /**
   * A character between two parts of a known word is dropped (找份工作 -> 找工作, 招个人 -> 招人):
   * unknown runs of one or two characters next to a known word are tried without one of their characters,
   * and a filler word between two parts of a known word is left out (没给我交社保 -> 没给交社保).
   */
  function rejoin(parts: Part[]): Part[] {
    const out: Part[] = []
    for (let k = 0; k < parts.length; k++) {
      if (parts[k].known) {
        // A filler word inside a known word is dropped (没给我交社保 -> 没给交社保).
        const prev = out.length > 0 ? out[out.length - 1].piece : ''
        const next = k + 1 < parts.length && parts[k + 1].known ? parts[k + 1].piece : ''
        if (filler.has(parts[k].piece) && prev && next && !filler.has(prev) && !filler.has(next) && vocab.has(prev + next)) {
          out[out.length - 1] = { piece: prev + next, known: true }
          k++
          continue
        }
        out.push(parts[k])
        continue
      }
      const unknown = unknownRun(parts, k)
      const run = unknown.run
      let end = unknown.end
      const left = out.length > 0 && !filler.has(out[out.length - 1].piece) ? out[out.length - 1].piece : ''
      const right = end + 1 < parts.length && !filler.has(parts[end + 1].piece) ? parts[end + 1].piece : ''
      let joined = false
      if (run.length <= 3) {
        // The run without one character (or, of three, with one kept): 找不到 + 工作 -> 找工作.
        const shorter = run.length === 1 ? [''] : run.length === 2 ? [run[1], run[0]] : [run.slice(1), run[0] + run[2], run.slice(0, 2), run[0], run[1], run[2]]
        for (const rest of shorter) {
          if (right && rest + right !== right && isKnown(rest + right)) {
            out.push({ piece: rest + right, known: true })
            end++
            joined = true
            break
          }
          if (left && left + rest !== left && isKnown(left + rest)) {
            out[out.length - 1] = { piece: left + rest, known: true }
            joined = true
            break
          }
          if (run.length === 1 && left && right && isKnown(left + right)) {
            out[out.length - 1] = { piece: left + right, known: true }
            end++
            joined = true
            break
          }
        }
      }
      if (!joined) for (let j = k; j <= end; j++) out.push(parts[j])
      k = end
    }
    return out
  }

  function parse(query: unknown): ParsedQuery {
    const chunks = flatMap(parseQuery(query), (chunk) => splitDigits(chunk))
    const terms: QueryTerm[] = []
    let phrase = ''
    let soundRuns = 0
    for (const chunk of chunks) {
      let cjk = 0
      for (let i = 0; i < chunk.length; i++) if (isCjkCode(chunk.charCodeAt(i))) cjk++
      // A single letter is a query only on its own (typing has just begun); among other words it is noise.
      if (cjk === 0 && chunk.length === 1 && chunks.length > 1 && chunk >= 'a' && chunk <= 'z') continue
      if (cjk < chunk.length) {
        // Latin, digits, or mixed ("创业bt"): one term, matched through pinyin as typed; an everyday word
        // typed in pinyin ("qianxin" 欠薪) brings its catalogue words along.
        const term: QueryTerm = { text: chunk, forms: [chunk], sounds: [], latin: true, synonym: false }
        if (cjk === 0 && chunk.length >= 2) {
          for (const s of spoken) {
            if (!typedWhole(s.target, chunk)) continue
            for (const c of s.catalogue) if (!term.forms.includes(c)) term.forms.push(c)
            if (s.related) term.related = [...(term.related ?? []), ...s.related]
            term.synonym = true
          }
        }
        terms.push(term)
        phrase += chunk
        continue
      }
      const parts = rejoin(cut(chunk))
      const kept: QueryTerm[] = []
      parts.forEach(({ piece, known }, k) => {
        if (known) {
          if (!filler.has(piece)) {
            kept.push(word(piece))
            phrase += piece
          }
          return
        }
        // An unknown piece: a run of characters no word covers. Join the run first.
        if (k > 0 && !parts[k - 1].known) return
        const { end, run } = unknownRun(parts, k)
        const term: QueryTerm = { text: run, forms: run.length > 1 ? [run] : [], sounds: [], latin: false, synonym: false }
        if (run.length > 1) phrase += run
        if (run.length <= MAX_SOUND_RUN_LENGTH && soundRuns < MAX_SOUND_RUNS) {
          // By sound with a known neighbour: 失业 + 今 -> shi ye jin.
          const left = k > 0 && !filler.has(parts[k - 1].piece) ? parts[k - 1].piece : ''
          const right = end + 1 < parts.length && !filler.has(parts[end + 1].piece) ? parts[end + 1].piece : ''
          const spans: number[] = []
          for (const [window, span] of [
            [run, 0],
            [left + run, left ? 1 : 0],
            [run + right, right ? 1 : 0],
            [left + run + right, (left ? 1 : 0) + (right ? 1 : 0)],
          ] as const) {
            if (window.length < 2) continue
            const s = spell(window)
            if (s && !term.sounds.some((t) => t.join(' ') === s.join(' '))) {
              term.sounds.push(s)
              spans.push(span)
            }
          }
          term.soundSpans = spans
          if (term.sounds.length > 0) soundRuns++
        }
        if (term.forms.length > 0 || term.sounds.length > 0) kept.push(term)
      })
      if (kept.length === 0 && chunks.length === 1 && parts.every((p) => filler.has(p.piece) || !p.known)) {
        // Only filler (or one unknown character): search the text as typed.
        terms.push(word(chunk))
        phrase += chunk
        continue
      }
      terms.push(...kept)
    }
    return { terms, phrase, text: chunks.join('') }
  }

  function split(text: string): QueryTerm[] {
    return cut(text, false)
      .filter((p) => p.known && !filler.has(p.piece))
      .map((p) => word(p.piece))
  }

  return { parse, split, spell, isFiller: (w) => filler.has(w), isGapWord: (w) => gapWords.has(w) }
}
