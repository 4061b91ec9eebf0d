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

/**
 * A name typeset with its characters spread and then wrapped ("机 关 事业单 位社 会保险 登 记"): every
 * space-separated piece is Chinese and most are one or two characters, so the spaces are layout, not
 * words. Text with any other piece (a number, a Latin word, a long phrase) keeps its spaces.
 */
export function unspaceSpreadName(s: string): { text: string; changed: boolean } {
  const pieces = s.split(' ')
  if (pieces.length < 3) return { text: s, changed: false }
  const cjkOnly = new RegExp(`^[${CJK}]+$`)
  if (!pieces.every((p) => cjkOnly.test(p))) return { text: s, changed: false }
  const short = pieces.filter((p) => [...p].length <= 2).length
  return short * 2 >= pieces.length ? { text: pieces.join(''), changed: true } : { text: s, changed: false }
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const OPENING = '（(《〈［[【'
const CLOSING = '）)》〉］]】'
const FULL_DIGITS = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))

/**
 * Where list entry n's marker stands at position i ("2." "2、" "２．", or "2《" right after a closed
 * title or bracket, as PDF text prints "…令第711号） 2《…》"): the index after the marker, or -1.
 */
function markerEnd(s: string, i: number, n: number): number {
  if (i > 0 && /[\d.０-９]/.test(s[i - 1])) return -1
  for (const digits of [String(n), FULL_DIGITS(n)]) {
    if (!s.startsWith(digits, i)) continue
    let k = i + digits.length
    while (s[k] === ' ') k++
    if (/[.、．]/.test(s[k] ?? '') && !/[\d０-９]/.test(s[k + 1] ?? '')) {
      k++
      while (s[k] === ' ') k++
      return k
    }
    const before = s.slice(0, i).trimEnd()
    if (n >= 2 && s[k] === '《' && /[》）);；。]$/.test(before)) return k
  }
  return -1
}

/**
 * A numbered list (1. 1、 1． ① …, glued together, run on one line or on separate lines) as its
 * entries, numbering and the separators between entries (; ；) removed. Only a run numbered 1, 2, 3 …
 * from the start of the cell counts, and only outside brackets and titles, so "2.5万元" or a number
 * inside "（国务院令第711号）" stays. A cell without such numbering is one entry.
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
    let depth = 0
    for (let i = 0, n = 1; i < s.length; i++) {
      if (depth === 0) {
        const end = markerEnd(s, i, n)
        if (end >= 0 && (n > 1 || i === 0)) {
          marks.push({ at: i, end })
          n++
          i = end - 1
          continue
        }
        if (n === 1) break
      }
      if (OPENING.includes(s[i])) depth++
      else if (CLOSING.includes(s[i]) && depth > 0) depth--
    }
  }
  if (marks.length === 0) return [s]
  return marks
    .map((m, i) =>
      s
        .slice(m.end, i + 1 < marks.length ? marks[i + 1].at : undefined)
        .trim()
        .replace(/[;；,，、]+$/, '')
        .trim(),
    )
    .filter(Boolean)
}

/**
 * 公开内容 printed as a 、-separated list of the standard's element names ("事项名称、事项简述、办理材料…"):
 * its entries, when there are at least three, each a short name (at most 12 characters) outside any
 * bracket, and the cell is no sentence (no ，。；). Otherwise null: "申报、验收、管理等相关信息" is one entry.
 */
export function splitEnumeration(raw: string): string[] | null {
  const s = raw.trim()
  if (/[，。；;,]/.test(s)) return null
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    if (OPENING.includes(s[i])) depth++
    else if (CLOSING.includes(s[i]) && depth > 0) depth--
    else if (s[i] === '、' && depth === 0) {
      parts.push(s.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(s.slice(start).trim())
  if (parts.length < 3 || parts.some((p) => !p || [...p].length > 12)) return null
  return parts
}

/** Law names printed without 《》 and separated by 、 ("政府信息公开条例、社会保险法"): each a name ending as laws end. */
const LAW_END = /(法|条例|办法|规定|决定|意见|通知|规则|细则|规范|方案|暂行规定)$/

/**
 * 公开依据 as one entry per document. Numbered lists split by their numbers; otherwise a cell naming
 * several documents is split before each top-level 《. A title inside another title's parenthesis
 * (《关于修改〈…〉的决定》, or 《…》 inside （…）) stays with the outer one.
 */
export function splitLegalBases(raw: string): string[] {
  const numbered = splitNumbered(raw)
  if (numbered.length > 1 || (numbered.length === 1 && /^\s*[1１]\s*[.、．]/.test(raw))) return numbered
  const s = raw.trim()
  if (!s.includes('《')) {
    const parts = s.split('、').map((p) => p.trim())
    if (parts.length > 1 && parts.every((p) => LAW_END.test(p))) return parts
  }
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

/**
 * The channel names of the 基层政务公开 standard and those bureaus commonly add: the vocabulary a
 * run of names printed without separators ("政府网站政务服务中心") is split by.
 */
export const CHANNEL_NAMES = [
  '政府网站',
  '政府公报',
  '两微一端',
  '政务新媒体',
  '发布会/听证会',
  '广播电视',
  '纸质媒体',
  '公开查阅点',
  '政务服务中心',
  '政务服务大厅',
  '便民服务站',
  '便民服务中心',
  '入户/现场',
  '社区/企事业单位/村公示栏(电子屏)',
  '精准推送',
  '政务公开栏',
  '档案馆',
  '基层公共服务平台',
] as const

/**
 * A channel label that is several known channel names run together, as those names; null when it is
 * one name, or when its text is not exactly a sequence of known names (then it is kept as printed).
 * "其他…" is the source's own wording for an extra channel and is never split.
 */
export function splitChannelRun(label: string): string[] | null {
  if (label.startsWith('其他')) return null
  const found: string[][] = []
  const walk = (at: number, acc: string[]) => {
    if (found.length > 1) return
    if (at === label.length) {
      found.push(acc)
      return
    }
    for (const name of CHANNEL_NAMES) if (label.startsWith(name, at)) walk(at + name.length, [...acc, name])
  }
  walk(0, [])
  return found.length === 1 && found[0].length > 1 ? found[0] : null
}
