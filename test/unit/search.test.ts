/**
 * Search quality on the real catalogue: what citizens type, and the item that must come first.
 */
import * as fc from 'fast-check'
import { createSearchEngine } from '../../src/domain/search/engine'
import { highlightSegments } from '../../src/domain/search/highlight'
import { parseQuery } from '../../src/domain/search/normalize'
import { realIndex, realSearchIndex } from '../helpers/dataset'

const engine = createSearchEngine(realSearchIndex())
const names = new Map(realIndex().regions.flatMap((r) => r.items.map((i) => [i.id, i.name] as const)))
const first = (q: string, regionId: string) => engine.search(q, { regionId }).hits[0]?.id

describe('the first result for what citizens type', () => {
  test.each([
    // everyday names (aliases)
    ['失业金', 'bijie', 'bj-073'],
    ['社保证明', 'bijie', 'bj-070'],
    ['参保证明', 'bijie', 'bj-070'],
    ['养老金证明', 'bijie', 'bj-075'],
    ['缴费明细', 'bijie', 'bj-071'],
    ['个人账户', 'bijie', 'bj-079'],
    // 退休金 is an everyday word for 养老金 (synonyms.json) and part of the everyday name 退休金证明
    ['退休金', 'bijie', 'bj-075'],
    ['丧葬费', 'bijie', 'bj-072'],
    ['欠薪', 'bijie', 'bj-059'],
    ['绿卡', 'bijie', 'bj-094'],
    ['档案', 'bijie', 'bj-092'],
    ['档案', 'hami', 'hm-014'],
    ['见习', 'bijie', 'bj-083'],
    ['见习', 'hami', 'hm-018'],
    ['见习补贴', 'hami', 'hm-018'],
    ['创业贷款', 'hami', 'hm-010'],
    ['政审', 'hami', 'hm-015'],
    ['招聘会', 'hami', 'hm-025'],
    ['公益岗', 'hami', 'hm-022'],
    ['技校', 'hami', 'hm-030'],
    ['停发失业金', 'bijie', 'bj-077'],
    ['骗保', 'bijie', 'bj-060'],
    // Chinese names and half names
    ['创业补贴', 'hami', 'hm-013'],
    ['乙肝', 'bijie', 'bj-051'],
    ['童工', 'bijie', 'bj-057'],
    ['劳务派遣', 'bijie', 'bj-065'],
    ['保险金申领', 'bijie', 'bj-073'],
    ['养老保险参保证明', 'bijie', 'bj-070'],
    ['技能提升', 'hami', 'hm-023'],
    ['职业介绍', 'hami', 'hm-008'],
    ['人力资源服务许可', 'hami', 'hm-026'],
    ['死亡待遇停发', 'bijie', 'bj-084'],
    // initials
    ['cybt', 'hami', 'hm-013'],
    ['sbzm', 'bijie', 'bj-070'],
    ['cbzm', 'bijie', 'bj-070'],
    ['jfmx', 'bijie', 'bj-071'],
    ['syj', 'bijie', 'bj-073'],
    ['jnts', 'hami', 'hm-023'],
    // full pinyin, with and without spaces, and partly typed
    // services above 公开目录 rows (失业保险管理 bj-036 is one)
    ['shiye', 'bijie', 'bj-073'],
    ['shiyebaoxianjin', 'bijie', 'bj-073'],
    ['shiyejin', 'bijie', 'bj-073'],
    ['shi ye jin', 'bijie', 'bj-073'],
    ['chuangyebutie', 'hami', 'hm-013'],
    ['chuangyebut', 'hami', 'hm-013'],
    ['yigan', 'bijie', 'bj-051'],
    ['lvka', 'bijie', 'bj-094'],
    ['zhiyejieshao', 'hami', 'hm-008'],
    // mixed Chinese and pinyin
    ['创业bt', 'hami', 'hm-013'],
    ['chuangye补贴', 'hami', 'hm-013'],
    // polyphones read in context
    ['canbao', 'bijie', 'bj-070'],
    ['tiaojie', 'bijie', 'bj-039'],
    ['zhongda', 'bijie', 'bj-007'],
    // width and case
    ['ＳＢＺＭ', 'bijie', 'bj-070'],
    ['CYBT', 'hami', 'hm-013'],
    // several words, all of which must match
    ['社保 证明', 'bijie', 'bj-070'],
    ['失业 停发', 'bijie', 'bj-077'],
  ])('%s (in %s) -> %s', (query, regionId, id) => {
    expect(first(query, regionId)).toBe(id)
  })
})

describe('ranking', () => {
  test('exact name beats prefix beats alias beats contains', () => {
    const hits = engine.search('创业补贴', { regionId: 'hami' }).hits
    expect(hits[0]).toMatchObject({ id: 'hm-013', tier: 0, field: 'name' })
    const shiye = engine.search('失业金', { regionId: 'bijie' }).hits
    expect(shiye[0]).toMatchObject({ id: 'bj-073', tier: 2, field: 'alias', alias: '失业金' })
    expect(shiye.find((h) => h.id === 'bj-082')?.tier).toBe(2)
  })

  test("the region's items come first, then the other region's, marked with their region", () => {
    const hits = engine.search('档案', { regionId: 'bijie' }).hits
    const firstOther = hits.findIndex((h) => h.regionId !== 'bijie')
    expect(firstOther).toBeGreaterThan(0)
    expect(hits.slice(0, firstOther).every((h) => h.regionId === 'bijie')).toBe(true)
    expect(hits.slice(firstOther).every((h) => h.regionId === 'hami')).toBe(true)
    expect(hits.map((h) => h.id)).toContain('hm-014')
  })

  test('order among equals is stable', () => {
    const a = engine.search('职业', { regionId: 'hami' }).hits.map((h) => h.id)
    const b = engine.search('职业', { regionId: 'hami' }).hits.map((h) => h.id)
    expect(a).toEqual(b)
    expect(a.slice(0, 2)).toEqual(['hm-008', 'hm-009'])
  })

  test('category and guide words rank below names', () => {
    const hits = engine.search('行政处罚', { regionId: 'bijie' }).hits
    expect(hits.length).toBeGreaterThan(20)
    expect(hits.every((h) => h.tier >= 3)).toBe(true)
    const materials = engine.search('营业执照', { regionId: 'hami' }).hits
    expect(materials[0].field).toBe('guide')
  })
})

describe('highlighting', () => {
  test('pinyin and Chinese matches map back onto the displayed name', () => {
    const [hit] = engine.search('cybt', { regionId: 'hami' }).hits
    expect(highlightSegments(names.get(hit.id)!, hit.nameRanges)).toEqual([{ text: '创业补贴', hit: true }])
    const [tong] = engine.search('童工', { regionId: 'bijie' }).hits
    expect(highlightSegments(names.get(tong.id)!, tong.nameRanges).filter((s) => s.hit)).toEqual([{ text: '童工', hit: true }])
  })

  test('punctuation inside a name is skipped by the match and kept in the display', () => {
    const [hit] = engine.search('查询提供市本级机关', { regionId: 'bijie' }).hits
    const segments = highlightSegments(names.get(hit.id)!, hit.nameRanges)
    expect(segments.map((s) => s.text).join('')).toBe(names.get(hit.id))
    expect(segments[0]).toEqual({ text: '查询/提供市本级机关', hit: true })
  })
})

describe('hostile input', () => {
  test.each([
    ['only spaces', '     '],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['emoji only', '😀👍🏽🇨🇳'],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['1,000 characters', '失'.repeat(1000)],
    ['a pinyin bomb', 'an'.repeat(500)],
  ])('%s never throws', (_label, query) => {
    expect(() => engine.search(query, { regionId: 'bijie' })).not.toThrow()
  })

  test('blank and symbol-only queries give the empty state', () => {
    for (const q of ['   ', '😀.*+?', undefined, 42]) expect(engine.search(q)).toEqual({ hits: [], total: 0 })
  })

  test('emoji and metacharacters around a real word still find it', () => {
    expect(first('😀失业金.*', 'bijie')).toBe('bj-073')
  })

  test('queries are capped at 50 searchable characters', () => {
    expect(parseQuery('社'.repeat(200)).join('').length).toBe(50)
  })

  test('any string: no throw, valid ids, ranges inside the name (property, 3000 runs)', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('失业', 'shi', 'ye', 'cy', '创业', ' ', '　', '.*', '\\', '😀', '\u0000', 'ＳＢ', '（', '参保'),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), fc.constantFrom('hami', 'bijie', 'nowhere'), (parts, regionId) => {
        const { hits, total } = engine.search(parts.join(''), { regionId })
        if (total < hits.length) return false
        for (const h of hits) {
          const name = names.get(h.id)
          if (!name) return false
          if (h.nameRanges.some(([s, e]) => s < 0 || e > name.length || s >= e)) return false
        }
        return hits.length <= 50
      }),
      { numRuns: 3000 },
    )
  })
})
