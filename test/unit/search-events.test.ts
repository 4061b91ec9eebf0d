/** Life events in search: found by name and by the everyday words people use, in Chinese or pinyin. */
import { createEventSearch } from '../../src/domain/search/events'
import { realSearchIndex } from '../helpers/dataset'

const index = realSearchIndex()
const search = createEventSearch(index, index.lang)
const ids = (q: string, regionId: string) => search(q, regionId).map((h) => h.id)

describe('searching life events', () => {
  test.each([
    ['失业', 'bijie', 'shiye'],
    ['创业', 'hami', 'wo-yao-chuangye'],
    ['毕业', 'hami', 'biyesheng-zhaogongzuo'],
    ['去世', 'bijie', 'tuixiu-shenhoushi'],
    ['退休', 'bijie', 'tuixiu-qianhou'],
    ['招人', 'hami', 'danwei-zhaoren'],
    ['招人', 'bijie', 'danwei-zhaoyong-lizhi'],
    ['失业了', 'bijie', 'shiye'],
    ['shiye', 'bijie', 'shiye'],
    ['chuangye', 'hami', 'wo-yao-chuangye'],
    ['qushi', 'bijie', 'tuixiu-shenhoushi'],
  ])('%s (region %s) finds %s first', (query, region, id) => {
    expect(ids(query, region)[0]).toBe(id)
  })

  test("the current region comes first; the other region's events follow", () => {
    const hits = search('招人', 'bijie')
    expect(hits.map((h) => h.regionId)).toEqual(['bijie', 'hami'])
  })

  test('says whether the name or an everyday word matched', () => {
    expect(search('失业了', 'bijie')[0]).toMatchObject({ byName: true, matched: '失业了' })
    expect(search('丧葬费', 'bijie')[0]).toMatchObject({ id: 'tuixiu-shenhoushi', byName: false, matched: '丧葬费' })
  })

  test('an event matching more of the query comes first; filler is dropped; nonsense and empty queries find nothing', () => {
    expect(ids('失业 创业', 'bijie').slice(0, 1)).toEqual(['shiye'])
    expect(ids('领失业金要什么材料', 'bijie')[0]).toBe('shiye')
    expect(ids('家里老人去世了怎么办', 'bijie')[0]).toBe('tuixiu-shenhoushi')
    expect(ids('zzzz', 'bijie')).toEqual([])
    expect(ids('   ', 'bijie')).toEqual([])
    expect(ids(undefined as unknown as string, 'bijie')).toEqual([])
  })
})
