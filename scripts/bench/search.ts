/**
 * npm run bench:search — search quality and cost, from one run:
 * - quality, on the real catalogue and the evaluation set in test/search-eval/ (written from how citizens
 *   speak, judged from the catalogue): the share of in-scope queries with a right item in the first 5
 *   results (or, for a query answered by a 一件事, that event among the event results), the zero-result
 *   share, the share of other-department queries routed to the right department, the share of 人社 gaps
 *   answered with "not in this catalogue" (12333), and in-scope queries wrongly routed away;
 * - time: p50/p95 per query on a deterministic synthetic catalogue of 10,000 items (with the search
 *   language built from it as the data build does), over the fixed mix and every evaluation query, against
 *   a naive baseline that runs pinyin-pro's matcher on every item;
 * - bytes: the weapp search subpackage and the H5 search chunks (page + search-code) of the last builds in
 *   dist/, against the figures measured before issue 19 on the untouched tree.
 * Targets (issue 19): >= 90% top 5, <= 3% zero results, 100% routed, p95 <= 2 ms, bytes <= 1.3x before.
 * `--misses` lists the queries that missed, with their first three results; `--quality` prints only the quality lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { match } from 'pinyin-pro'
import { createSearchEngine, type SearchEngine } from '../../src/domain/search/engine'
import { buildSearchIndexFrom, type SearchSource } from '../data/search-index'
import { appSearch, type AppSearch } from '../data/search-answers'
import { loadDataFiles, ROOT } from '../data/load'
import { formatProblem, validateData } from '../data/validate'

const ITEMS = 10_000
const EVAL_DIR = path.join(ROOT, 'test', 'search-eval')

/**
 * Measured on the tree before issue 19 (commit 57cb729, `npm run build:weapp` and `npm run build:h5`,
 * 2026-12-03): the files under dist/weapp/packages/search/ (code and the bundled search data); H5 search page
 * chunk + search-code chunk (code), and with the search data chunks (province index, the two regions'
 * search files), which is what the weapp subpackage holds.
 */
const BEFORE = { weappSearchPackage: 106_592, h5SearchChunks: 5_376 + 12_686, h5SearchChunksGzip: 2_347 + 5_008, h5SearchData: 20_709 + 16_018 + 48_176 }

/** mulberry32: a small seeded PRNG, so every run builds the same catalogue. */
function prng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SCOPES = ['市本级', '县级', '', '', '市', '全市']
const ACTIONS = ['办理', '申领', '查询', '出具', '提供', '变更', '注销', '审核', '核定', '转移', '补发', '确认']
const SUBJECTS = [
  '企业职工基本养老保险',
  '机关事业单位养老保险',
  '城乡居民基本养老保险',
  '失业保险金',
  '工伤保险待遇',
  '参保人员',
  '离退休人员',
  '创业担保贷款',
  '一次性创业补贴',
  '就业见习补贴',
  '职业技能培训',
  '技能提升补贴',
  '社会保险补贴',
  '公益性岗位补贴',
  '流动人员人事档案',
  '高校毕业生',
  '就业困难人员',
  '人力资源服务许可',
  '民办职业培训学校',
  '技工学校',
  '劳动保障监察',
  '劳务派遣',
  '职业介绍',
  '职业指导',
  '个人账户',
  '缴费明细',
  '丧葬补助金',
  '供养直系亲属',
  '高层次人才',
  '农民工工资',
]
const OBJECTS = ['参保证明', '待遇', '资格认定', '申请', '登记', '信息', '情况', '服务', '关系', '补贴', '证明', '备案', '许可', '明细', '记录']
const CATEGORIES = ['就业服务', '社会保险', '人才人事', '劳动关系', '职业能力', '事项办理（公共服务）', '事项办理（行政处罚）', '政务公开']

export function syntheticCatalogue(n = ITEMS): SearchSource {
  const rand = prng(20261122)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const items = Array.from({ length: n }, (_, i) => {
    const name = `${pick(SCOPES)}${pick(SUBJECTS)}${pick(OBJECTS)}${rand() < 0.5 ? pick(ACTIONS) : ''}`
    return {
      id: `${i % 2 ? 'bj' : 'hm'}-${String(i).padStart(5, '0')}`,
      regionId: i % 2 ? 'bijie' : 'hami',
      name,
      category: pick(CATEGORIES),
      guideWords: [`${pick(SUBJECTS)}${pick(OBJECTS)}`, '居民身份证', pick(['营业执照', '社会保障卡', '劳动合同', '毕业证书'])],
    }
  })
  const aliases = ['失业金', '社保证明', '养老金证明', '缴费明细', '档案', '见习补贴', '创业贷款', '绿卡', '欠薪', '退休金'].map((term, i) => ({
    term,
    itemIds: [items[(i * 977) % n].id, items[(i * 389 + 7) % n].id],
  }))
  return { regions: ['hami', 'bijie'], items, aliases }
}

/** The fixed query mix: Chinese, half names, aliases, full pinyin, initials, mixed, and misses. */
export const QUERY_MIX = [
  '失业金',
  '社保证明',
  '参保证明',
  '养老保险',
  '创业补贴',
  '档案',
  '见习',
  '技能提升',
  '人力资源',
  '缴费明细',
  '企业职工',
  '高校毕业生',
  '丧葬',
  '绿卡',
  '劳务派遣',
  '证明',
  '保险金申领',
  '人事档案转移',
  '机关事业单位',
  '农民工',
  'shiye',
  'shiyejin',
  'chuangye',
  'yanglao',
  'dangan',
  'jianxi',
  'canbao',
  'gongshang',
  'rencai',
  'peixun',
  'cybt',
  'sbzm',
  'jfmx',
  'ylbx',
  'qyzg',
  'syj',
  'jntsbt',
  '创业bt',
  'shiye金',
  '养老bx',
  'zzzq',
  '火星',
  'xyzxyz',
]

interface EvalQuery {
  q: string
  region: string
  expect: string[]
  events?: string[]
  theme?: string
  style?: 'plain' | 'voice' | 'typo' | 'pinyin'
}
interface MixedQuery {
  q: string
  region: string
  expect: string[]
  otherWord: string
  need: string
}

/** The tuning half (test/search-eval/) and the held-out half (test/search-eval/heldout/, written by someone who never saw the search files). */
const HALVES = [
  { name: 'tuning', dir: EVAL_DIR },
  { name: 'held-out', dir: path.join(EVAL_DIR, 'heldout') },
]

function readEval<T>(file: string, dir = EVAL_DIR): T[] {
  const full = path.join(dir, file)
  if (!existsSync(full)) return []
  return (JSON.parse(readFileSync(full, 'utf8')) as { queries: T[] }).queries
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const pct = (k: number, n: number) => (n === 0 ? 'n/a' : `${((100 * k) / n).toFixed(1)}% (${k}/${n})`)

/** A tuning row without a style: typed in Latin letters is pinyin, anything else plain. */
const styleOf = (e: EvalQuery) => e.style ?? (/^[a-z\s]+$/i.test(e.q) ? 'pinyin' : 'plain')

/**
 * One half of the evaluation, judged on the answers the search page shows (src/domain/search/answer.ts):
 * - queries: a right item of the region among its first 5 items (or a right 一件事 of the region); per style;
 * - zero results: no item, 一件事 or calculator at all;
 * - mixed (人社 needs containing another department's word): kept with 人社 = not called another department's
 *   business (no department answer) and, when expect lists items, one of them in the first 5, else the
 *   "this catalogue lacks it, 12333" answer; sent away = answers that call the need another department's;
 * - other departments: the department answer names it (or, under a 人社 answer, the aside does);
 * - gaps: the "this catalogue lacks it, 12333" answer shows (and no department answer).
 * Misses are listed (--misses) for the tuning half only: the held-out half is never looked into.
 */
function judgeHalf(app: AppSearch, name: string, dir: string, misses: boolean): void {
  const queries = readEval<EvalQuery>('queries.json', dir)
  const mixed = readEval<MixedQuery>('mixed.json', dir)
  const others = readEval<{ q: string; department: string }>('other-departments.json', dir)
  const gaps = readEval<{ q: string; region: string; need: string }>('gaps.json', dir)
  const show = misses && name === 'tuning'
  const missed: string[] = []

  let top5 = 0
  let zero = 0
  let sentAway = 0
  const styles = new Map<string, { n: number; hit: number }>()
  for (const e of queries) {
    const a = app.answer(e.q, e.region)
    const first5 = a.local.slice(0, 5).map((h) => h.id)
    const ownEvents = a.events.filter((h) => h.regionId === e.region).map((h) => h.id)
    const hit = e.expect.some((id) => first5.includes(id)) || (e.events ?? []).some((id) => ownEvents.includes(id))
    const style = styles.get(styleOf(e)) ?? { n: 0, hit: 0 }
    style.n++
    if (hit) {
      top5++
      style.hit++
    } else if (show)
      missed.push(
        `  ${e.q} (${e.region}) want ${e.expect.join(',')}: ${
          first5
            .slice(0, 3)
            .map((id) => `${id} ${app.names.get(id)?.slice(0, 18)}`)
            .join(' | ') || '(none)'
        }`,
      )
    styles.set(styleOf(e), style)
    if (a.total === 0 && a.events.length === 0 && a.calculators.length === 0) zero++
    if (a.department) sentAway++
  }
  let kept = 0
  let mixedAway = 0
  for (const m of mixed) {
    const a = app.answer(m.q, m.region)
    const first5 = a.local.slice(0, 5).map((h) => h.id)
    const answered = m.expect.length > 0 ? m.expect.some((id) => first5.includes(id)) : a.lacking
    if (a.department) mixedAway++
    if (answered && !a.department) kept++
    else if (show)
      missed.push(`  mixed ${m.q} (${m.region}): ${a.department ? `sent to ${a.department.name}` : `first ${first5.slice(0, 3).join(',') || '(none)'}`}`)
  }
  let named = 0
  let namedFirst = 0
  for (const o of others) {
    const a = app.answer(o.q, 'hami')
    if (a.department?.name === o.department) namedFirst++
    if (a.department?.name === o.department || a.aside?.name === o.department) named++
    else if (show) missed.push(`  other ${o.q}: want ${o.department}, got ${a.department?.name ?? a.aside?.name ?? '(none)'}`)
  }
  let gapsAnswered = 0
  for (const g of gaps) {
    const a = app.answer(g.q, g.region)
    if (a.lacking && !a.department) gapsAnswered++
    else if (show) missed.push(`  gap ${g.q} (${g.region}) need ${g.need}: ${a.department ? `sent to ${a.department.name}` : 'no gap answer'}`)
  }

  console.log(
    `[${name}] ${queries.length} in-scope queries, ${mixed.length} mixed, ${others.length} other-department, ${gaps.length} 人社 gaps (${path.relative(ROOT, dir)}/)`,
  )
  console.log(`[${name}] right item in the first 5: ${pct(top5, queries.length)}`)
  console.log(`[${name}]   by style: ${[...styles].map(([k, v]) => `${k} ${pct(v.hit, v.n)}`).join('; ')}`)
  console.log(`[${name}] zero results: ${pct(zero, queries.length)}`)
  console.log(`[${name}] in-scope queries called another department's: ${sentAway}`)
  console.log(`[${name}] mixed: kept with 人社 ${pct(kept, mixed.length)}; answers calling the need another department's: ${mixedAway}`)
  console.log(`[${name}] other-department needs named: ${pct(named, others.length)} (as the answer itself: ${pct(namedFirst, others.length)})`)
  console.log(`[${name}] 人社 gaps answered "this catalogue lacks it" with 12333: ${pct(gapsAnswered, gaps.length)}`)
  console.log(
    `[${name}] targets (held-out): top 5 >= 92% ${top5 >= 0.92 * queries.length ? 'yes' : 'NO'}; named 100% ${named === others.length ? 'yes' : 'NO'}; mixed kept >= 95% and 0 sent away ${kept >= 0.95 * mixed.length && mixedAway === 0 ? 'yes' : 'NO'}; zero <= 2% ${zero <= 0.02 * queries.length ? 'yes' : 'NO'}`,
  )
  if (missed.length) console.log(`[${name}] missed:\n${missed.join('\n')}`)
}

function quality(misses: boolean): void {
  const { dataset, problems } = validateData(loadDataFiles())
  if (!dataset) throw new Error(problems.map(formatProblem).join('\n'))
  const app = appSearch(dataset)
  for (const half of HALVES) {
    if (!existsSync(path.join(half.dir, 'queries.json'))) {
      console.log(`${half.name}: not present`)
      continue
    }
    judgeHalf(app, half.name, half.dir, misses)
  }
}

function speed(): void {
  const source = syntheticCatalogue()
  const { dataset } = validateData(loadDataFiles())
  if (dataset) source.language = { synonyms: dataset.synonyms, departments: dataset.departments }
  let index!: ReturnType<typeof buildSearchIndexFrom>
  const buildMs = time(() => {
    index = buildSearchIndexFrom(source)
  })
  const json = JSON.stringify(index)
  let engine!: SearchEngine
  const loadMs = time(() => {
    engine = createSearchEngine(JSON.parse(json))
  })
  // Every query of both halves is timed (timing reveals nothing of a query's result).
  const everyday = HALVES.flatMap((h) =>
    ['queries.json', 'mixed.json', 'other-departments.json', 'gaps.json'].flatMap((f) => readEval<{ q: string }>(f, h.dir)),
  ).map((e) => e.q)
  const mix = [...QUERY_MIX, ...everyday]

  // Warm up the JIT, then measure every query of the mix over several rounds.
  for (const q of mix) engine.search(q, { regionId: 'hami' })
  // Wall time, and CPU time (what the query itself costs, whatever else the machine runs meanwhile).
  const engineTimes: number[] = []
  const cpuTimes: number[] = []
  let hits = 0
  const rounds = 10
  for (let round = 0; round < rounds; round++) {
    for (const q of mix) {
      const cpu = process.cpuUsage()
      engineTimes.push(time(() => (hits += engine.search(q, { regionId: round % 2 ? 'hami' : 'bijie' }).total)))
      const used = process.cpuUsage(cpu)
      cpuTimes.push((used.user + used.system) / 1000)
    }
  }

  // Baseline: per query, scan every item with a literal test and pinyin-pro's pinyin matcher.
  const baseline = (q: string) => source.items.filter((item) => item.name.includes(q) || match(item.name, q) !== null)
  for (const q of QUERY_MIX.slice(0, 3)) baseline(q)
  const baselineTimes: number[] = []
  for (const q of QUERY_MIX) baselineTimes.push(time(() => baseline(q)))

  const e = [...engineTimes].sort((a, b) => a - b)
  const c = [...cpuTimes].sort((a, b) => a - b)
  const b = [...baselineTimes].sort((a, b2) => a - b2)
  const fmt = (ms: number) => ms.toFixed(3)
  console.log(`synthetic catalogue items: ${ITEMS}`)
  console.log(
    `queries timed: ${mix.length} (${QUERY_MIX.length} fixed + ${everyday.length} from the evaluation set) x ${rounds} rounds = ${engineTimes.length} timings; baseline: the fixed mix once`,
  )
  console.log(`index build ms (pinyin-pro and jieba at build time): ${buildMs.toFixed(0)}`)
  console.log(`index load ms (parse + prepare in the app): ${loadMs.toFixed(1)}`)
  console.log(`index bytes raw: ${Buffer.byteLength(json)} (of which search language ${Buffer.byteLength(JSON.stringify(index.lang ?? {}))})`)
  console.log(`index bytes gzip: ${gzipSync(json, { level: 9 }).length}`)
  console.log(`engine p50 ms per query: ${fmt(percentile(e, 50))}`)
  console.log(
    `engine p95 ms per query: ${fmt(percentile(e, 95))} (CPU time p50 ${fmt(percentile(c, 50))}, p95 ${fmt(percentile(c, 95))}; load average ${loadavg()[0].toFixed(1)} on this machine)`,
  )
  console.log(`baseline p50 ms per query: ${fmt(percentile(b, 50))}`)
  console.log(`speed-up p50 (baseline/engine): ${(percentile(b, 50) / percentile(e, 50)).toFixed(1)}x`)
  console.log(`budget p95 <= 2 ms: ${percentile(e, 95) <= 2 ? 'yes' : 'NO'}`)
  console.log(`(results returned in total: ${hits})`)
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

function bytes(): void {
  const weapp = filesUnder(path.join(ROOT, 'dist', 'weapp', 'packages', 'search'))
  if (weapp.length) {
    const total = weapp.reduce((n, f) => n + statSync(f).size, 0)
    console.log(
      `weapp search subpackage bytes: ${total} (before ${BEFORE.weappSearchPackage}, ${(total / BEFORE.weappSearchPackage).toFixed(2)}x; budget 1.30x: ${total <= 1.3 * BEFORE.weappSearchPackage ? 'yes' : 'NO'})`,
    )
  } else console.log('weapp search subpackage bytes: dist/weapp not built (npm run build:weapp)')
  const chunks = filesUnder(path.join(ROOT, 'dist', 'h5', 'chunk')).filter((f) => f.endsWith('.js'))
  const text = (f: string) => readFileSync(f, 'utf8')
  const page = chunks.filter((f) => text(f).includes('大家常这样搜'))
  const code = chunks.filter((f) => path.basename(f).startsWith('search-code.'))
  const data = chunks.filter((f) => /"kind":"(province-index|region-search)"/.test(text(f)))
  if (page.length && code.length) {
    const files = [...page, ...code]
    const raw = files.reduce((n, f) => n + statSync(f).size, 0)
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0)
    const withData = raw + data.reduce((n, f) => n + statSync(f).size, 0)
    const before = BEFORE.h5SearchChunks + BEFORE.h5SearchData
    console.log(
      `H5 search chunks (page + search-code) bytes: ${raw} raw, ${gz} gzip (before ${BEFORE.h5SearchChunks} raw, ${BEFORE.h5SearchChunksGzip} gzip; ${(raw / BEFORE.h5SearchChunks).toFixed(2)}x raw, ${(gz / BEFORE.h5SearchChunksGzip).toFixed(2)}x gzip; budget 1.30x: ${raw <= 1.3 * BEFORE.h5SearchChunks ? 'yes' : 'NO'})`,
    )
    console.log(
      `H5 search chunks with the search data (${data.length} data chunks, as the weapp subpackage): ${withData} raw (before ${before}; ${(withData / before).toFixed(2)}x; budget 1.30x: ${withData <= 1.3 * before ? 'yes' : 'NO'})`,
    )
  } else console.log('H5 search chunks: dist/h5 not built (npm run build:h5)')
}

function main(): void {
  quality(process.argv.includes('--misses'))
  if (process.argv.includes('--quality')) return
  speed()
  bytes()
}

if (require.main === module) main()
