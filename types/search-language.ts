/**
 * The words search understands beyond the catalogue's own, kept by maintainers in mock-data/:
 *
 * mock-data/synonyms.json    -> SynonymsFileSchema    (everyday words -> the catalogue's words; filler words)
 * mock-data/departments.json -> DepartmentsFileSchema (needs another department handles; 人社 needs the catalogues lack)
 *
 * Cross-file rules (a catalogue word must occur in the catalogue, a department word must not name an
 * item ...) are in scripts/data/search-language.ts. No entry carries a phone number: the page offers
 * only 12345 (another department) and 12333 (人社), see src/domain/search/route.ts.
 */
import * as v from 'valibot'

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'))
/** A word as typed: Chinese characters (and letters or digits), no spaces or punctuation. */
const word = v.pipe(
  v.string(),
  v.regex(/^[\u4e00-\u9fffA-Za-z0-9]{1,20}$/, 'must be 1-20 Chinese characters, letters or digits, without spaces or punctuation'),
)
const words = v.pipe(v.array(word), v.nonEmpty('must list at least one word'))

export const SynonymsFileSchema = v.strictObject({
  /** Words a query loses before matching: 了, 的, 吗, 怎么, 怎么办, 我, 要什么, 在哪里, 多久 ... */
  filler: words,
  synonyms: v.pipe(
    v.array(
      v.pipe(
        v.strictObject({
          /** What citizens type: 社保, 工资不发, 被辞退. */
          everyday: words,
          /** What the catalogue says for the same need: 社会保险, 拖欠, 失业. Each must occur in the catalogue. */
          catalogue: v.optional(words),
          /**
           * What else helps, without answering the need (失业 -> 职业介绍; 辞职 -> 职业介绍, 停保): ranked below
           * the catalogue's own words, and never counted as the region having the service.
           */
          related: v.optional(words),
          note: v.optional(text),
        }),
        v.check((s) => !!s.catalogue || !!s.related, 'must list catalogue or related words'),
      ),
    ),
    v.nonEmpty(),
  ),
  /** Words that say what to do, not what about (申请, 查询, 证明, 补贴 ...): they never make a query 人社's on their own. */
  actions: words,
  /** A query containing one of these is a complaint (投诉, 不给, 拖欠): 行政处罚 rows rank as services do. */
  complaint: words,
  /** A query containing one of these asks about a rule (规定, 政策, 条例): 公开目录 rows rank as services do. */
  rule: words,
})
export type SynonymsFile = v.InferOutput<typeof SynonymsFileSchema>

export const DepartmentsFileSchema = v.strictObject({
  /** Needs that another department handles: the answer names it, with the 12345 hotline. */
  departments: v.pipe(
    v.array(
      v.strictObject({
        id: slug,
        /** The department as a citizen would ask for it: 医疗保障局. */
        name: text,
        /** What it handles, one line: 医保参保、报销、生育保险待遇. */
        handles: text,
        /** Words in a query that mean this department's business. None may occur in an item name. */
        words,
      }),
    ),
    v.nonEmpty(),
  ),
  /**
   * Words 人社 shares with another department, qualified in a line under the 人社 answer (医保卡 is the
   * 社会保障卡; 工伤 medical costs are 工伤保险基金's). Shown when a word (and, when given, a with-word) is in the query.
   */
  notes: v.array(
    v.strictObject({
      id: slug,
      words,
      with: v.optional(words),
      /** The line, in citizens' words; it never says the need is not 人社's. */
      note: text,
    }),
  ),
  /** 人社 needs that the catalogues lack: the answer says so and offers 12333. */
  gaps: v.pipe(
    v.array(
      v.strictObject({
        id: slug,
        /** The need, as the answer names it: 社保卡申领、挂失、补换. */
        need: text,
        words,
        /** Words in an item name that mean the region's catalogue does have it (劳动仲裁: 仲裁). */
        coveredBy: v.optional(words),
        /** coveredBy counts every row's name, not only services' (a complaint is answered by the 行政处罚 row). */
        anyRow: v.optional(v.literal(true)),
      }),
    ),
    v.nonEmpty(),
  ),
})
export type DepartmentsFile = v.InferOutput<typeof DepartmentsFileSchema>

/** What the app receives: the schema lives with the other shipped files' (region-data.ts). */
export type { SearchLanguage } from './region-data'
