/**
 * npm run bench:search — the search engine on a deterministic synthetic catalogue of 10,000 items
 * built from realistic name fragments, against a naive baseline that runs pinyin-pro's matcher on
 * every item for every query. Prints index build time and size, p50/p95 per query, and the ratio.
 * Budget (issue 5): p95 <= 2 ms per query, and at least 20x faster than the baseline.
 */
import { gzipSync } from 'node:zlib'
import { match } from 'pinyin-pro'
import { createSearchEngine } from '../../src/domain/search/engine'
import { buildSearchIndexFrom, type SearchSource } from '../data/search-index'

const ITEMS = 10_000

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
  '企业职工基本养老保险', '机关事业单位养老保险', '城乡居民基本养老保险', '失业保险金', '工伤保险待遇', '参保人员', '离退休人员',
  '创业担保贷款', '一次性创业补贴', '就业见习补贴', '职业技能培训', '技能提升补贴', '社会保险补贴', '公益性岗位补贴', '流动人员人事档案',
  '高校毕业生', '就业困难人员', '人力资源服务许可', '民办职业培训学校', '技工学校', '劳动保障监察', '劳务派遣', '职业介绍', '职业指导',
  '个人账户', '缴费明细', '丧葬补助金', '供养直系亲属', '高层次人才', '农民工工资',
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
  '失业金', '社保证明', '参保证明', '养老保险', '创业补贴', '档案', '见习', '技能提升', '人力资源', '缴费明细',
  '企业职工', '高校毕业生', '丧葬', '绿卡', '劳务派遣', '证明', '保险金申领', '人事档案转移', '机关事业单位', '农民工',
  'shiye', 'shiyejin', 'chuangye', 'yanglao', 'dangan', 'jianxi', 'canbao', 'gongshang', 'rencai', 'peixun',
  'cybt', 'sbzm', 'jfmx', 'ylbx', 'qyzg', 'syj', 'jntsbt',
  '创业bt', 'shiye金', '养老bx',
  'zzzq', '火星', 'xyzxyz',
]

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function main(): void {
  const source = syntheticCatalogue()
  let index!: ReturnType<typeof buildSearchIndexFrom>
  const buildMs = time(() => {
    index = buildSearchIndexFrom(source)
  })
  const json = JSON.stringify(index)
  let engine!: ReturnType<typeof createSearchEngine>
  const loadMs = time(() => {
    engine = createSearchEngine(JSON.parse(json))
  })

  // Warm up the JIT, then measure every query of the mix over several rounds.
  for (const q of QUERY_MIX) engine.search(q, { regionId: 'hami' })
  const engineTimes: number[] = []
  let hits = 0
  for (let round = 0; round < 20; round++) {
    for (const q of QUERY_MIX) engineTimes.push(time(() => (hits += engine.search(q, { regionId: round % 2 ? 'hami' : 'bijie' }).total)))
  }

  // Baseline: per query, scan every item with a literal test and pinyin-pro's pinyin matcher.
  const baseline = (q: string) => source.items.filter((item) => item.name.includes(q) || match(item.name, q) !== null)
  for (const q of QUERY_MIX.slice(0, 3)) baseline(q)
  const baselineTimes: number[] = []
  for (const q of QUERY_MIX) baselineTimes.push(time(() => baseline(q)))

  const e = [...engineTimes].sort((a, b) => a - b)
  const b = [...baselineTimes].sort((a, b2) => a - b2)
  const fmt = (ms: number) => ms.toFixed(3)
  console.log(`synthetic catalogue items: ${ITEMS}`)
  console.log(`queries in the mix: ${QUERY_MIX.length} (engine: 20 rounds = ${engineTimes.length} timings; baseline: 1 round)`)
  console.log(`index build ms (pinyin-pro at build time): ${buildMs.toFixed(0)}`)
  console.log(`index load ms (parse + prepare in the app): ${loadMs.toFixed(1)}`)
  console.log(`index bytes raw: ${Buffer.byteLength(json)}`)
  console.log(`index bytes gzip: ${gzipSync(json, { level: 9 }).length}`)
  console.log(`engine p50 ms per query: ${fmt(percentile(e, 50))}`)
  console.log(`engine p95 ms per query: ${fmt(percentile(e, 95))}`)
  console.log(`baseline p50 ms per query: ${fmt(percentile(b, 50))}`)
  console.log(`baseline p95 ms per query: ${fmt(percentile(b, 95))}`)
  console.log(`speed-up p50 (baseline/engine): ${(percentile(b, 50) / percentile(e, 50)).toFixed(1)}x`)
  console.log(`speed-up p95 (baseline/engine): ${(percentile(b, 95) / percentile(e, 95)).toFixed(1)}x`)
  console.log(`budget p95 <= 2 ms: ${percentile(e, 95) <= 2 ? 'yes' : 'NO'}; budget >= 20x faster: ${percentile(b, 50) / percentile(e, 50) >= 20 && percentile(b, 95) / percentile(e, 95) >= 20 ? 'yes' : 'NO'}`)
  console.log(`(results returned in total: ${hits})`)
}

if (require.main === module) main()
