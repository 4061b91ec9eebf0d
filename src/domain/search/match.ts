/**
 * Matches one query term against one indexed text, where each character may be typed as itself,
 * its full pinyin, its initial (or zh/ch/sh), and the last one as a prefix of its pinyin:
 * "失业金" ~ "shiyejin" ~ "syj" ~ "shiyj" ~ "失业j" ~ "shiye金".
 *
 * A memoised search over (term position, text position). The memo lives in typed arrays reused
 * across calls (stamped per call), because this runs thousands of times per keystroke.
 */
import { isCjkCode } from './normalize'
import { retroflexAt } from './scoring'

export interface Target {
  /** Normalised text (see normalizeText). */
  text: string
  /** Pinyin of each character of text; a non-CJK character is its own "syllable". */
  syllables: readonly string[]
}

let memoStamp = new Int32Array(4096)
let memoValue = new Int32Array(4096)
let stamp = 0

function step(target: Target, term: string, ti: number, ci: number, width: number): number {
  if (ti === term.length) return ci
  const text = target.text
  if (ci === text.length) return -1
  const key = ti * width + ci
  if (memoStamp[key] === stamp) return memoValue[key]
  let end = -1
  const ch = text.charCodeAt(ci)
  const want = term.charCodeAt(ti)
  if (want === ch) end = step(target, term, ti + 1, ci + 1, width)
  if (end < 0 && isCjkCode(ch) && !isCjkCode(want)) {
    const s = target.syllables[ci]
    if (term.startsWith(s, ti)) end = step(target, term, ti + s.length, ci + 1, width)
    if (end < 0 && s.length > 2 && want === s.charCodeAt(0) && retroflexAt(s, 0) && retroflexAt(term, ti)) {
      end = step(target, term, ti + 2, ci + 1, width)
    }
    if (end < 0 && want === s.charCodeAt(0)) end = step(target, term, ti + 1, ci + 1, width)
    // The citizen is still typing the last syllable: "shiy" for 失业.
    if (end < 0 && s.startsWith(term.slice(ti))) end = ci + 1
  }
  memoStamp[key] = stamp
  memoValue[key] = end
  return end
}

/** Returns the end (exclusive) of a match of term starting at character start, or -1. */
export function matchFrom(target: Target, term: string, start: number): number {
  const width = target.text.length + 1
  const size = (term.length + 1) * width
  if (size > memoStamp.length) {
    memoStamp = new Int32Array(size * 2)
    memoValue = new Int32Array(size * 2)
    stamp = 0
  }
  stamp = (stamp + 1) | 0
  if (stamp === 0) {
    memoStamp.fill(0)
    stamp = 1
  }
  return step(target, term, 0, start, width)
}

/** Whether a match of term could begin at character index (cheap pre-check before matchFrom). */
export function canStartAt(target: Target, term: string, index: number): boolean {
  const first = term.charCodeAt(0)
  return target.text.charCodeAt(index) === first || target.syllables[index].charCodeAt(0) === first
}

/** First match of term anywhere in target: [start, end) or null. */
export function matchAnywhere(target: Target, term: string): [number, number] | null {
  for (let start = 0; start < target.text.length; start++) {
    if (!canStartAt(target, term, start)) continue
    const end = matchFrom(target, term, start)
    if (end >= 0) return [start, end]
  }
  return null
}
