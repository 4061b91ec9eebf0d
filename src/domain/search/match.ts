/**
 * Matches one query term against one indexed text, where each character may be typed as itself,
 * its full pinyin, its initial (or zh/ch/sh), and the last one as a prefix of its pinyin:
 * "失业金" ~ "shiyejin" ~ "syj" ~ "shiyj" ~ "失业j" ~ "shiye金".
 */
import { isCjk } from './normalize'

export interface Target {
  /** Normalised text (see normalizeText). */
  text: string
  /** Pinyin of each character of text; a non-CJK character is its own "syllable". */
  syllables: readonly string[]
}

/** Returns the end (exclusive) of a match of term starting at character start, or -1. */
export function matchFrom(target: Target, term: string, start: number): number {
  const { text, syllables } = target
  const memo = new Map<number, number>()
  const step = (ti: number, ci: number): number => {
    if (ti === term.length) return ci
    if (ci === text.length) return -1
    const key = ti * (text.length + 1) + ci
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    let end = -1
    const ch = text[ci]
    if (term[ti] === ch) end = step(ti + 1, ci + 1)
    if (end < 0 && isCjk(ch) && !isCjk(term[ti])) {
      const s = syllables[ci]
      if (term.startsWith(s, ti)) end = step(ti + s.length, ci + 1)
      if (end < 0 && s.length > 2 && (s[1] === 'h') && term.startsWith(s.slice(0, 2), ti)) end = step(ti + 2, ci + 1)
      if (end < 0 && term[ti] === s[0]) end = step(ti + 1, ci + 1)
      // The user is still typing the last syllable: "shiy" for 失业.
      if (end < 0 && ti < term.length && s.startsWith(term.slice(ti))) end = ci + 1
    }
    memo.set(key, end)
    return end
  }
  return step(0, start)
}

/** First match of term anywhere in target: [start, end) or null. */
export function matchAnywhere(target: Target, term: string): [number, number] | null {
  for (let start = 0; start < target.text.length; start++) {
    const end = matchFrom(target, term, start)
    if (end >= 0) return [start, end]
  }
  return null
}
