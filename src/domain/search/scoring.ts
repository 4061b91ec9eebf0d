/**
 * How search ranks, in one place: the tiers a term can match at, what each weighs, the position rule for
 * a word inside a name or everyday name, the zh/ch/sh rule for pinyin initials, how 公开目录 and 行政处罚
 * rows are weighed against services, the relevance floor, and the sort key. engine.ts applies them.
 */

/** Where a term matched, best first. A hit's tier is the best of its terms'. */
export const TIER = {
  /** The whole name. */
  exact: 0,
  /** The start of the name. */
  prefix: 1,
  /** An everyday name (aliases.json), or a synonym's catalogue word in the name: the same need. */
  alias: 2,
  /** Inside the name. */
  contains: 3,
  /** A synonym's related word in the name (失业 -> 职业介绍): help, not the answer. */
  related: 4,
  category: 5,
  /** 公开内容 of an item without a guide. */
  contents: 6,
  guide: 7,
} as const
/** The tiers that count as the item answering the need (name, everyday name, same-need synonym). */
export const ANSWERS_UP_TO = TIER.contains

/** The ranking table: what a term weighs by where it matched (indexed by tier). */
export const WEIGHT = [8, 8, 8, 8, 4, 4, 2, 1] as const

/**
 * Where a word sits in a name or an everyday name: 0 the whole of it, 1 its start, 2 inside. One formula
 * for aliases, synonyms, sounds and the whole-query phrase.
 */
export function positionRank(at: number, length: number, total: number): 0 | 1 | 2 {
  return at > 0 ? 2 : length === total ? 0 : 1
}

/** A name match's tier by position: the whole name, its start, or inside. */
export function nameTier(start: number, end: number, nameLength: number): number {
  return start > 0 ? TIER.contains : end === nameLength ? TIER.exact : TIER.prefix
}

/**
 * The zh/ch/sh rule: pinyin initials of 知/吃/是 may be typed as z/c/s or as zh/ch/sh. True when text
 * has a two-letter initial at i ("zh", "ch", "sh").
 */
export function retroflexAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c === 122 /* z */ || c === 99 /* c */ || c === 115) /* s */ && text.charCodeAt(i + 1) === 104 /* h */
}

/** Kinds of rows, as the index stores them (docs[].x). */
export const KIND = { service: 0, disclosure: 1, penalty: 2 } as const

/** What the query is about, for weighing rows that are not services. */
export interface QueryIntent {
  /** A complaint (投诉, 不给, 拖欠): 行政处罚 rows are how complaints are answered. */
  complaint: boolean
  /** About a rule or policy (规定, 政策): 公开目录 rows answer it. */
  rule: boolean
}

/**
 * Each term's weight is doubled for services; 公开目录 and 行政处罚 rows get it once, unless the query is
 * a complaint (行政处罚) or about a rule (公开目录). So a service outranks a row matching as well.
 */
export function kindFactor(kind: number, intent: QueryIntent): number {
  if (kind === KIND.service) return 2
  if (kind === KIND.penalty) return intent.complaint ? 2 : 1
  return intent.rule || intent.complaint ? 2 : 1
}

/**
 * The relevance floor: a result must score at least a third of the best (half, for a question of three
 * terms or more), and, once the best matched by name and the query has several terms, more than guide
 * text alone gives (a long question does not list every item whose guide mentions 社保).
 */
export function passesFloor(score: number, best: number, terms: number): boolean {
  if (score * (terms >= 3 ? 2 : 3) < best) return false
  return !(terms >= 3 && best >= 2 * WEIGHT[TIER.contains] * 2 && score < WEIGHT[TIER.contains] * 2)
}

/**
 * The sort lead of a result: the current region first, then the score (higher first), then the whole
 * query in the name (0 whole, 1 start, 2 inside, 3 not), then the best tier. Fits 2 * 256 * 64 values.
 */
export const LEAD_VALUES = 2 * 256 * 64
export function sortLead(home: boolean, score: number, phraseTier: number, tier: number): number {
  return ((home ? 0 : 1) * 256 + (255 - Math.min(255, score))) * 64 + phraseTier * 16 + tier
}
