/**
 * Cell text repair: what PDF extraction, Word and web editors do to a catalogue cell, undone.
 * Each function returns the repaired value and, where it changed something a reader should know
 * about, a short Chinese note for the item's sourceNotes.
 */

/** Full-width letters, digits and the punctuation that carries meaning here, read as ASCII. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => {
    const ascii = String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
    // Brackets and commas stay as printed: the seeds keep （） and ， in names and bases.
    return /[0-9A-Za-z.]/.test(ascii) ? ascii : ch
  })
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const CJK_OR_PUNCT = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’`

/** Checkbox markup inside a cell (HTML pages, seed 000) as glyphs: checked ■, unchecked □. */
export function checkboxGlyphs(s: string): string {
  return s.replace(/<input\b[^>]*>/gi, (tag) => (/\bchecked\b/i.test(tag) ? '■' : '□'))
}

/**
 * Whitespace as a cell means it: line breaks inside a word (PDF wrapping, Word soft breaks) are
 * removed between Chinese characters; other runs of whitespace become one space.
 * Returns the text and whether a word was rejoined.
 */
export function rejoinLines(s: string): { text: string; rejoined: boolean } {
  const joinAcross = new RegExp(`([${CJK_OR_PUNCT}])[ \\t\\u3000]*[\\r\\n]+[ \\t\\u3000\\n\\r]*(?=[${CJK_OR_PUNCT}])`, 'g')
  let rejoined = false
  let text = s.replace(joinAcross, (_m, a: string) => {
    rejoined = true
    return a
  })
  // A number wrapped onto the next line ("之日起⏎20个工作日") joins too; a list marker ("1)") does not.
  const joinDigits = new RegExp(
    `(?:([${CJK_OR_PUNCT}])[ \\t\\u3000]*[\\r\\n]+\\s*(?=\\d+(?![\\d)）.、．])))|(?:(\\d)[ \\t\\u3000]*[\\r\\n]+\\s*(?=[${CJK}]))`,
    'g',
  )
  text = text.replace(joinDigits, (_m, a: string | undefined, b: string | undefined) => {
    rejoined = true
    return a ?? b ?? ''
  })
  text = text
    .replace(/\uf020/g, ' ')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
  return { text, rejoined }
}

/** "长 期 公 开": characters spread by justified typesetting, put back together. */
export function unspaceLetterSpacing(s: string): { text: string; changed: boolean } {
  const spread = new RegExp(`(?:[${CJK}] ){2,}[${CJK}]`, 'g')
  let changed = false
  const text = s.replace(spread, (m) => {
    changed = true
    return m.replace(/ /g, '')
  })
  return { text, changed }
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/**
 * A numbered list (1. 1、 1． ① …, glued together or on separate lines) as its entries, numbering
 * removed. Only a run numbered 1, 2, 3 … from the start of the cell counts, so "2.5万元" inside
 * an entry stays. A cell without such numbering is one entry.
 */
export function splitNumbered(raw: string): string[] {
  const s = raw.trim()
  if (!s) return []
  const marks: { at: number; end: number }[] = []
  if (s.startsWith('①')) {
    for (let n = 0; n < CIRCLED.length; n++) {
      const at = s.indexOf(CIRCLED[n], n === 0 ? 0 : marks[n - 1].end)
      if (at < 0) break
      marks.push({ at, end: at + 1 })
    }
  } else {
    let from = 0
    for (let n = 1; ; n++) {
      // The number as printed in ASCII or full-width digits (１．).
      const digits = `(?:${n}|${String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))})`
      const re = new RegExp(`(?:^|(?<=[^\\d.０-９]))${digits}\\s*[.、．](?![\\d０-９])\\s*`, 'g')
      re.lastIndex = from
      const m = re.exec(s)
      if (!m || (n === 1 && m.index !== 0)) break
      marks.push({ at: m.index, end: m.index + m[0].length })
      from = m.index + m[0].length
    }
  }
  if (marks.length === 0) return [s]
  return marks.map((m, i) => s.slice(m.end, i + 1 < marks.length ? marks[i + 1].at : undefined).trim()).filter(Boolean)
}

/**
 * 公开依据 as one entry per document. Numbered lists split by their numbers; otherwise a cell naming
 * several documents is split before each top-level 《. A title inside another title's parenthesis
 * (《关于修改〈…〉的决定》, or 《…》 inside （…）) stays with the outer one.
 */
export function splitLegalBases(raw: string): string[] {
  const numbered = splitNumbered(raw)
  if (numbered.length > 1) return numbered
  const s = raw.trim()
  const out: string[] = []
  let depthParen = 0
  let depthTitle = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '（' || ch === '(') depthParen++
    else if ((ch === '）' || ch === ')') && depthParen > 0) depthParen--
    else if (ch === '《') {
      if (depthParen === 0 && depthTitle === 0 && i > start && s.slice(start, i).trim() && /》/.test(s.slice(start, i))) {
        out.push(
          s
            .slice(start, i)
            .trim()
            .replace(/[，,；;、]$/, ''),
        )
        start = i
      }
      depthTitle++
    } else if (ch === '》' && depthTitle > 0) depthTitle--
  }
  out.push(s.slice(start).trim())
  return out.filter(Boolean)
}

const CHECKED = '■☑✔√✓●▣☒'
const UNCHECKED = '□☐○'

/**
 * A cell that lists options with checkbox glyphs ("■政府网站□政府公报…") as the checked ones.
 * Returns null when the cell has no glyphs at all (a plain list is read by the caller).
 */
export function checkedOptions(raw: string): string[] | null {
  const s = checkboxGlyphs(raw)
  if (!new RegExp(`[${CHECKED}${UNCHECKED}]`).test(s)) return null
  const re = new RegExp(`([${CHECKED}${UNCHECKED}])([^${CHECKED}${UNCHECKED}]*)`, 'g')
  const out: string[] = []
  for (const m of s.matchAll(re)) {
    const label = m[2].replace(/[\s\uf020]+/g, '').replace(/[，,、；;]+$/, '')
    if (CHECKED.includes(m[1]) && label) out.push(label)
  }
  return out
}

/** A tick cell (全社会, 主动 …): ticked or not, and any words written beside the tick. */
export function tick(raw: string): { ticked: boolean; words: string | null } {
  const s = checkboxGlyphs(raw).trim()
  if (!s) return { ticked: false, words: null }
  if (new RegExp(`^[${UNCHECKED}×✗否无/-]+$`).test(s)) return { ticked: false, words: null }
  const words = s
    .replace(new RegExp(`[${CHECKED}]`, 'g'), '')
    .replace(/^[\s（(]+|[\s）)]+$/g, '')
    .trim()
  return { ticked: true, words: words && !/^(是|有)$/.test(words) ? words : null }
}

/** A cell listing several units on separate lines, as one 、-joined text. */
export function joinLines(raw: string): string {
  return raw
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('、')
}
