/**
 * npx tsx scripts/bench/minisearch-trial.ts — the issue 27 trial of a well-kept engine (MiniSearch 7.2) against
 * the project's own engine, on the same data and the same query understanding:
 * - MiniSearch indexes each item's name, everyday names (aliases), category, 公开内容 and guide words, cut
 *   into words by the build-time jieba vocabulary (the app's own segmenter), and the name's pinyin and
 *   initials as extra fields; a query is the segmenter's terms with their synonym forms (same as the app),
 *   Latin terms searched with prefix in the pinyin and initials fields;
 * - quality: right item of the region in the first 5 on the tuning half's queries.json (both engines);
 * - time: p95 per query (wall and CPU) on the bench's 10,000 synthetic items;
 * - bytes: the serialised index a client would load (JSON, gzip) and the library's minified bundle.
 * Nothing of this ships: it only measures.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import { createSearchEngine } from '../../src/domain/search/engine'
import { createSegmenter } from '../../src/domain/search/segment'
import type { SearchIndexFile, SearchLanguage } from '../../src/domain/search/types'
import { appSearch } from '../data/search-answers'
import { deriveCatalogueIndex } from '../data/build'
import { buildSearchIndex, buildSearchIndexFrom } from '../data/search-index'
import { loadDataFiles, ROOT } from '../data/load'
import { validateData } from '../data/validate'
import { QUERY_MIX, syntheticCatalogue } from './search'

interface Doc {
  id: number
  region: number
  name: string
  alias: string
  category: string
  contents: string
  pinyin: string
  initials: string
}

function miniFor(index: SearchIndexFile, lang: SearchLanguage | undefined) {
  const seg = createSegmenter(lang, () => undefined)
  /** Chinese text cut into vocabulary words (and single characters where no word covers). */
  const words = (text: string) => {
    const out: string[] = []
    for (const run of text.split(/[^\u4e00-\u9fa5a-z0-9]+/)) {
      if (!run) continue
      const parts = seg.split(run)
      if (parts.length) out.push(...parts.map((p) => p.text))
      else out.push(run)
    }
    return out
  }
  const aliasOf = new Map<number, string[]>()
  for (const a of index.aliases) for (const id of a.ids) aliasOf.set(id, [...(aliasOf.get(id) ?? []), a.t])
  const docs: Doc[] = index.docs.map((d, i) => ({
    id: i,
    region: d.r,
    name: d.n,
    alias: (aliasOf.get(i) ?? []).join(' '),
    category: index.categories[d.c]?.t ?? '',
    contents: [d.o ?? '', d.k].join(' ').replace(/\u0001/g, ' '),
    pinyin: d.p.replace(/ /g, ''),
    initials: d.p
      .split(' ')
      .map((s) => s[0])
      .join(''),
  }))
  const mini = new MiniSearch<Doc>({
    fields: ['name', 'alias', 'category', 'contents', 'pinyin', 'initials'],
    storeFields: ['region'],
    tokenize: (text, field) => (field === 'pinyin' || field === 'initials' ? [text] : words(text)),
    searchOptions: { boost: { name: 4, alias: 4, category: 2, contents: 1, pinyin: 3, initials: 3 } },
  })
  mini.addAll(docs)
  const search = (query: string, regionId: string) => {
    const region = index.regions.indexOf(regionId)
    const parsed = seg.parse(query)
    const terms = parsed.terms.flatMap((t) => (t.latin ? [t.text] : t.forms.flatMap((f) => words(f))))
    if (terms.length === 0) return []
    return mini
      .search(terms.join(' '), {
        tokenize: (q) => q.split(' '),
        prefix: (term) => /^[a-z]+$/.test(term),
        fields: ['name', 'alias', 'category', 'contents', 'pinyin', 'initials'],
        filter: (r) => region < 0 || r.region === region,
      })
      .map((r) => index.docs[r.id as number].id)
  }
  return { mini, search }
}

function pct(k: number, n: number) {
  return `${((100 * k) / n).toFixed(1)}% (${k}/${n})`
}

function main() {
  const { dataset } = validateData(loadDataFiles())
  if (!dataset) throw new Error('data problems')
  const app = appSearch(dataset)
  const lang = app.province.lang
  const queries = (
    JSON.parse(readFileSync(path.join(ROOT, 'test/search-eval/queries.json'), 'utf8')) as { queries: { q: string; region: string; expect: string[] }[] }
  ).queries
  // Quality, on one index of both regions' items (the region filter keeps the current region's).
  const real = buildSearchIndex(deriveCatalogueIndex(dataset), dataset)
  const trial = miniFor(real, lang)
  let mini5 = 0
  let own5 = 0
  for (const e of queries) {
    if (e.expect.length === 0) continue
    if (e.expect.some((id) => trial.search(e.q, e.region).slice(0, 5).includes(id))) mini5++
    if (
      e.expect.some((id) =>
        app
          .answer(e.q, e.region)
          .local.slice(0, 5)
          .map((h) => h.id)
          .includes(id),
      )
    )
      own5++
  }
  const n = queries.filter((e) => e.expect.length > 0).length
  console.log(`tuning queries with items: ${n}; right item in the first 5: own engine ${pct(own5, n)}, MiniSearch ${pct(mini5, n)}`)

  // Time and bytes on 10,000 synthetic items.
  const source = syntheticCatalogue()
  source.language = { synonyms: dataset.synonyms, departments: dataset.departments }
  const big = buildSearchIndexFrom(source)
  const own = createSearchEngine(JSON.parse(JSON.stringify(big)))
  const t = miniFor(big, big.lang)
  const mix = [...QUERY_MIX, ...queries.map((e) => e.q)]
  const measure = (fn: (q: string) => unknown) => {
    for (const q of mix) fn(q)
    const wall: number[] = []
    const cpu: number[] = []
    for (let round = 0; round < 5; round++)
      for (const q of mix) {
        const c = process.cpuUsage()
        const s = process.hrtime.bigint()
        fn(q)
        wall.push(Number(process.hrtime.bigint() - s) / 1e6)
        const u = process.cpuUsage(c)
        cpu.push((u.user + u.system) / 1000)
      }
    const p95 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(0.95 * a.length)].toFixed(2)
    return `p95 ${p95(wall)} ms wall, ${p95(cpu)} ms CPU`
  }
  console.log(`10,000 items, ${mix.length} queries x 5: own engine ${measure((q) => own.search(q, { regionId: 'hami' }))}`)
  console.log(`10,000 items, ${mix.length} queries x 5: MiniSearch ${measure((q) => t.search(q, 'hami'))} (load average ${loadavg()[0].toFixed(1)})`)
  const ownJson = JSON.stringify(big)
  const miniJson = JSON.stringify(t.mini)
  const gz = (s: string) => gzipSync(s, { level: 9 }).length
  console.log(
    `index bytes on 10,000 items: own ${ownJson.length} raw / ${gz(ownJson)} gzip; MiniSearch ${miniJson.length} raw / ${gz(miniJson)} gzip (plus the docs it needs to show: the own index's)`,
  )
  const lib = readFileSync(path.join(ROOT, 'node_modules/minisearch/dist/es/index.js'), 'utf8')
  console.log(`MiniSearch library (dist/es, unminified): ${lib.length} raw / ${gz(lib)} gzip`)
}

main()
