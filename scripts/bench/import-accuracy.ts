/**
 * Per-field accuracy of an import against a transcription (npm run bench:import). Items are matched by
 * row, then by name; a field is right when it equals the expected value exactly (arrays in order, text
 * after whitespace normalisation; audience as {public, specificGroup}; methods by type only).
 */
import type { CatalogueItem } from '../../types/catalogue'

export const FIELDS = ['category', 'name', 'contents', 'legalBases', 'unit', 'publicationLimit', 'channels', 'audience', 'methods', 'levels'] as const
export type Field = (typeof FIELDS)[number]

/** The fields of one expected item, as held-out expected.json writes them. */
export interface ExpectedItem {
  row: number
  category: string
  name: string
  contents: string[]
  legalBases: string[]
  unit: string
  publicationLimit: string
  channels: string[]
  audience: { public: boolean; specificGroup: string | null }
  methods: { type: string }[]
  levels: string[]
}

export interface Tally {
  right: Record<Field, number>
  total: number
  /**
   * Misses where the source has nothing (the expected value is empty) and the importer filled the field
   * with a value it marks as inferred (a sourceNote of kind 'inferred' on that field, flagged for review).
   * The project's rule allows that ("what the source lacks stays empty or is marked inferred"), so the
   * bench prints the figure both ways.
   */
  markedInferred: Record<Field, number>
  /** Field misses, for --misses. */
  misses: { row: number; field: Field; expected: unknown; got: unknown; markedInferred: boolean }[]
}

const norm = (s: unknown) => (typeof s === 'string' ? s.replace(/[\s\u3000]+/g, ' ').trim() : s)

function value(item: Pick<CatalogueItem, Field> | ExpectedItem, field: Field): unknown {
  const v = item[field]
  if (field === 'methods') return (v as { type: string }[]).map((m) => m.type)
  if (field === 'audience') {
    const a = v as { public: boolean; specificGroup: string | null }
    return { public: a.public, specificGroup: norm(a.specificGroup ?? null) }
  }
  return Array.isArray(v) ? v.map(norm) : norm(v)
}

export function emptyTally(): Tally {
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>
  return { right: zero(), markedInferred: zero(), total: 0, misses: [] }
}

export function tallyItems(expected: readonly ExpectedItem[], got: readonly Pick<CatalogueItem, Field | 'row' | 'sourceNotes'>[], into = emptyTally()): Tally {
  for (const e of expected) {
    into.total++
    const match =
      got.find((g) => g.row === e.row && norm(g.name) === norm(e.name)) ?? got.find((g) => g.row === e.row) ?? got.find((g) => norm(g.name) === norm(e.name))
    for (const field of FIELDS) {
      const want = value(e, field)
      const have = match ? value(match, field) : undefined
      if (JSON.stringify(want) === JSON.stringify(have)) into.right[field]++
      else {
        const sourceLacks = Array.isArray(want) ? want.length === 0 : want === null || want === ''
        const markedInferred = sourceLacks && !!match?.sourceNotes.some((n) => n.kind === 'inferred' && n.field === field)
        if (markedInferred) into.markedInferred[field]++
        into.misses.push({ row: e.row, field, expected: want, got: have, markedInferred })
      }
    }
  }
  return into
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)

export function formatTally(label: string, t: Tally): string {
  const all = FIELDS.reduce((n, f) => n + t.right[f], 0)
  const inferred = FIELDS.reduce((n, f) => n + t.markedInferred[f], 0)
  const lines = [
    `${label}: ${t.total} items, ${pct(all, t.total * FIELDS.length)} of fields right (${all}/${t.total * FIELDS.length})`,
    `  ${FIELDS.map((f) => `${f} ${pct(t.right[f], t.total).trim()}`).join(', ')}`,
  ]
  if (inferred > 0)
    lines.push(
      `  counting as right the ${inferred} fields the source lacks and the importer filled with a value marked inferred: ${pct(all + inferred, t.total * FIELDS.length).trim()}`,
    )
  return lines.join('\n')
}
