/**
 * Text normalisation shared by the index builder and the runtime matcher, so both sides agree on
 * what a "character" is: full-width folded to half-width, lower case, and only CJK ideographs,
 * ASCII letters and digits kept. Everything else (punctuation, emoji, control characters) separates.
 */

/** The longest query the engine looks at; anything beyond is ignored, never an error. */
export const MAX_QUERY_LENGTH = 50

/**
 * CJK ideographs (the ranges pinyin covers: URO, Extension A, compatibility ideographs); by char code,
 * with no regular expression, as this runs in the search hot path. The one home of these ranges.
 */
export function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

export function isCjk(ch: string): boolean {
  return isCjkCode(ch.charCodeAt(0))
}

/** The longest run of CJK ideographs in text (the first of equal length); '' when there is none. */
export function longestCjkRun(text: string): string {
  let best = ''
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isCjkCode(text.charCodeAt(i))) {
      if (start < 0) start = i
    } else if (start >= 0) {
      if (i - start > best.length) best = text.slice(start, i)
      start = -1
    }
  }
  return best
}

export function isLatin(ch: string): boolean {
  return ch >= 'a' && ch <= 'z'
}

function isKept(ch: string): boolean {
  return isCjk(ch) || isLatin(ch) || (ch >= '0' && ch <= '9')
}

/** Full-width ASCII (ＡＢＣ１２３) and the ideographic space to half-width, then lower case. */
export function foldWidth(s: string): string {
  let out = ''
  for (const ch of s) {
    const code = ch.codePointAt(0)!
    if (code === 0x3000) out += ' '
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else out += ch
  }
  return out.toLowerCase()
}

/**
 * Normalises indexed text (a name, an alias). positions[i] is the index in the original string of
 * the i-th kept character, so match ranges can be mapped back for highlighting.
 */
export function normalizeText(original: string): { text: string; positions: number[] } {
  const folded = foldWidth(original)
  let text = ''
  const positions: number[] = []
  // Index by UTF-16 unit: folding keeps lengths for the BMP text the catalogue holds.
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]
    if (isKept(ch)) {
      text += ch
      positions.push(i)
    }
  }
  return { text, positions }
}

/** Splits a raw query into normalised terms. Never throws; hostile input yields [] or short terms. */
export function parseQuery(raw: unknown): string[] {
  if (typeof raw !== 'string') return []
  const folded = foldWidth(raw.slice(0, MAX_QUERY_LENGTH * 4))
  const terms: string[] = []
  let current = ''
  let budget = MAX_QUERY_LENGTH
  for (const ch of folded) {
    if (budget === 0) break
    if (isKept(ch)) {
      current += ch
      budget--
    } else if (current) {
      terms.push(current)
      current = ''
    }
  }
  if (current) terms.push(current)
  return terms
}
