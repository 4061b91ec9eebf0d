/**
 * Issue 27: a theme shows in a region only when the region has items that answer it, and its description
 * names only what the region has (src/domain/catalogue/themes.ts). 哈密's catalogue covers employment
 * only: no 失业保险 theme (it has no 失业保险金申领), no 劳动维权 theme and no footer pointing at one.
 */
import { penaltiesNote, themeInRegion } from '../../src/domain/catalogue/themes'
import { realDataset, realIndex } from '../helpers/dataset'

const region = (id: string) => realIndex().regions.find((r) => r.id === id)!
const names = (id: string) => region(id).themes.map((t) => t.name)

test('哈密 shows only the themes it has items for: no 失业保险, 劳动维权, 养老保险 or 社保证明', () => {
  expect(names('hami')).toEqual(['就业创业', '补贴申领', '人事档案', '人才服务', '机构许可'])
})

test('毕节 keeps 失业保险 (失业保险金申领 is its item) and 劳动维权', () => {
  expect(names('bijie')).toEqual(expect.arrayContaining(['失业保险', '劳动维权', '养老保险', '社保证明与查询']))
  const unemployment = region('bijie').themes.find((t) => t.id === 'unemployment')!
  expect(unemployment.itemIds).toContain('bj-073')
  expect(unemployment.description).toMatch(/^失业保险金申领/)
})

test.each(['hami', 'bijie'])('in %s every topic a theme describes has an item of the region that answers it', (id) => {
  const have = new Set(region(id).items.map((i) => i.id))
  for (const shown of region(id).themes) {
    const source = realDataset().themes.themes.find((t) => t.id === shown.id)!
    for (const words of shown.description.split('、')) {
      const topic = source.topics.find((t) => t.words.split('、').includes(words))!
      expect({ theme: shown.name, words, has: topic.itemIds.some((i) => have.has(i)) }).toEqual({ theme: shown.name, words, has: true })
    }
    expect(shown.itemIds.every((i) => have.has(i))).toBe(true)
  }
})

test('descriptions do not promise what the region lacks', () => {
  const described = (id: string, theme: string) => region(id).themes.find((t) => t.id === theme)?.description
  expect(described('hami', 'talent')).toBe('就业见习')
  expect(described('bijie', 'talent')).toBe('高层次人才服务绿卡、就业见习')
  expect(described('bijie', 'employment')).toBe('就业见习')
  expect(described('hami', 'archives')).toBe('档案查阅、政审、依据档案出具证明')
  expect(described('bijie', 'archives')).toBe('档案转递、依据档案出具证明')
})

test('the 按办事对象 footer names 劳动维权 only where the region has it', () => {
  expect(penaltiesNote(region('hami'))).toBeNull()
  expect(penaltiesNote(region('bijie'))).toBe('行政处罚类公开事项不按对象划分，见“劳动维权”主题。')
})

test('a theme with no item of the region is not shown; a region with only some topics says only those', () => {
  const theme = {
    id: 't',
    name: '主题',
    topics: [
      { words: '甲', itemIds: ['x-001'] },
      { words: '乙', itemIds: ['x-002', 'x-001'] },
    ],
  }
  expect(themeInRegion(theme, () => false)).toBeNull()
  expect(themeInRegion(theme, (i) => i === 'x-002')).toEqual({ id: 't', name: '主题', description: '乙', itemIds: ['x-002'] })
  expect(themeInRegion(theme, () => true)!.itemIds).toEqual(['x-001', 'x-002'])
})
