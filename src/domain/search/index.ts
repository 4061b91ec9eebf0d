/**
 * The search index as the engine holds it in memory, built once from a SearchIndexFile: joined
 * haystacks with two-character postings for names and initials, phrase tables for guide words and
 * 公开内容, alias and category targets, the syllable table and the query segmenter. No per-query state.
 */
import { type Target } from './match'
import { isCjkCode, isLatin } from './normalize'
import { KIND } from './scoring'
import { createSegmenter, type Segmenter } from './segment'
import type { SearchIndexFile, SearchLanguage } from './types'

const SEP = '\u0001'

export interface Haystack {
  text: string
  /** Where each two-character piece of text occurs (names and initials, scanned on every term). */
  grams?: Map<string, Int32Array>
  /** ownerAt[offset] is the doc owning that character of text. */
  ownerAt: Int32Array
  /** starts[i] is the offset of doc i in text. */
  starts: Int32Array
}

export function haystack(parts: string[], withGrams = false): Haystack {
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
export interface PhraseTable {
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
export function eachPhraseDoc(table: PhraseTable, needle: string, visit: (doc: number) => void): void {
  let last = -1
  eachOccurrence(table.phrases, needle, (phrase) => {
    if (phrase === last) return
    last = phrase
    for (const doc of table.docsOf[phrase]) visit(doc)
  })
}

/** Calls visit(doc, position) for every literal occurrence of needle. */
export function eachOccurrence(h: Haystack, needle: string, visit: (doc: number, pos: number) => void): void {
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

export interface MemoryIndex {
  file: SearchIndexFile
  size: number
  targets: Target[]
  nameLength: Int32Array
  docRegion: Int32Array
  /** KIND of each doc (service, 公开目录, 行政处罚). */
  docKind: Uint8Array
  names: Haystack
  initials: Haystack
  guideWords: PhraseTable
  contents: PhraseTable
  aliasTargets: Target[]
  categoryTargets: Target[]
  docsByCategory: Map<number, number[]>
  segmenter: Segmenter
  /** Syllables that occur in the data (the pinyin segmentation vocabulary), and their prefixes. */
  syllables: Set<string>
  prefixes: Set<string>
}

export function buildMemoryIndex(index: SearchIndexFile, lang: SearchLanguage | undefined): MemoryIndex {
  const docs = index.docs
  const targets: Target[] = docs.map((d) => ({ text: d.n, syllables: d.p ? d.p.split(' ') : [] }))
  const aliasTargets: Target[] = index.aliases.map((a) => ({ text: a.t, syllables: a.p.split(' ') }))
  const categoryTargets: Target[] = index.categories.map((c) => ({ text: c.t, syllables: c.p.split(' ') }))
  const docsByCategory = new Map<number, number[]>()
  docs.forEach((d, i) => {
    const list = docsByCategory.get(d.c)
    if (list) list.push(i)
    else docsByCategory.set(d.c, [i])
  })
  const sounds = syllableTable([...targets, ...aliasTargets, ...categoryTargets], lang)
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
  return {
    file: index,
    size: docs.length,
    targets,
    nameLength: Int32Array.from(docs, (d) => d.n.length),
    docRegion: Int32Array.from(docs, (d) => d.r),
    docKind: Uint8Array.from(docs, (d) => d.x ?? KIND.service),
    names: haystack(
      docs.map((d) => d.n),
      true,
    ),
    initials: haystack(
      targets.map((t) => t.syllables.map((s) => s[0]).join('')),
      true,
    ),
    guideWords: phraseTable(docs.map((d) => d.k)),
    contents: phraseTable(docs.map((d) => d.o ?? '')),
    aliasTargets,
    categoryTargets,
    docsByCategory,
    segmenter: createSegmenter(lang, (ch) => sounds.get(ch)),
    syllables,
    prefixes,
  }
}
