import { normalizeText } from './normalize'

export interface Segment {
  text: string
  hit: boolean
}

/** Splits an original name into plain and highlighted segments, given ranges in its normalised form. */
export function highlightSegments(name: string, ranges: readonly [number, number][]): Segment[] {
  const { positions } = normalizeText(name)
  const marked = new Array<boolean>(name.length).fill(false)
  for (const [start, end] of ranges) {
    if (start >= positions.length || end <= start) continue
    // One contiguous highlight, punctuation inside the match included: "查询/提供".
    const last = positions[Math.min(end, positions.length) - 1]
    for (let i = positions[start]; i <= last; i++) marked[i] = true
  }
  const out: Segment[] = []
  for (let i = 0; i < name.length; i++) {
    const last = out[out.length - 1]
    if (last && last.hit === marked[i]) last.text += name[i]
    else out.push({ text: name[i], hit: marked[i] })
  }
  return out
}
