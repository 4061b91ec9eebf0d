/**
 * Tables transcribed from real bureaus' published catalogues (sources in fixtures/real/SOURCES.md,
 * none of them a held-out bureau): each variant of issue 30 imported as printed, every repair noted.
 */
import path from 'node:path'
import { splitLegalBases, splitNumbered } from '../../scripts/import/cells'
import { FIXTURES, importFile } from './helpers'

const real = (file: string) => importFile(path.join(FIXTURES, 'real', file), { regionId: 'shixian', name: '示例县' })

describe('PDF text with the page layout (163wenku 5347367: 基层社会保险领域基层政务公开标准目录.pdf)', () => {
  const imported = real('social-insurance-layout.txt')

  test('header cells printed twice are read once, as a two-row header', async () => {
    const { report } = await imported
    expect(report.columns.map((c) => c.label)).toEqual([
      '序号',
      '公开事项/一级事项',
      '公开事项/二级事项',
      '公开内容（要素）',
      '公开依据',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      '公开对象/全社会',
      '公开对象/特定群众',
      '公开方式/主动',
      '公开方式/依申请公开',
    ])
  })

  test('the row broken across the page, the spaced-out name, the 、-lists and the run-together channels', async () => {
    const { catalogue } = await imported
    const [a] = catalogue.items
    expect(a).toMatchObject({
      category: '社会保险登记',
      name: '机关事业单位社会保险登记',
      contents: [
        '事项名称',
        '事项简述',
        '办理材料',
        '办理方式',
        '办理时限',
        '结果送达',
        '收费依据及标准',
        '办事时间',
        '办理机构及地点',
        '咨询查询途径',
        '监督投诉渠道',
      ],
      legalBases: ['政府信息公开条例', '社会保险法', '国务院关于机关事业单位工作人员养老保险制度改革的决定'],
      publicationLimit: '公开事项信息形成或变更之日起 20 个工作日内公开',
      unit: '人社局',
      channels: ['政府网站', '政务服务大厅'],
      audience: { public: false, specificGroup: null },
    })
    expect(a.sourceNotes.map((n) => n.kind)).toEqual(expect.arrayContaining(['page-break', 'split-list']))
    expect(a.sourceNotes.map((n) => n.text)).toEqual(
      expect.arrayContaining([
        '源表此行从第1页跨到第2页，断开的单元格已按列接回。',
        '源文字距被排版撑开（字与字之间有空格），已去掉空格。',
        '源表公开内容以“、”分隔写在一起，按“、”拆成11项。',
        '源表公开渠道“政府网站政务服务大厅”是几个渠道名称连写，按渠道名称拆为政府网站、政务服务大厅。',
      ]),
    )
  })

  test('the same PDF copied as one run of text is refused with what was seen', async () => {
    await expect(real('social-insurance-run-together.txt')).rejects.toThrow(
      /PDF text whose rows cannot be recovered: 1 line, every header cell printed twice, no row numbers on lines of their own/,
    )
  })
})

test('公开内容 "1.…;2.…;" and 公开依据 numbered on one line (xjsmgq.gov.cn)', async () => {
  const { catalogue } = await real('social-insurance-semicolons.html')
  const [a] = catalogue.items
  expect(a.contents).toHaveLength(16)
  expect(a.contents.slice(0, 3)).toEqual(['适用范围', '办件类型', '办理方式'])
  expect(a.contents[15]).toBe('监督投诉渠道。')
  expect(a.legalBases).toEqual([
    '《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)',
    '《中华人民共和国社会保险法》(2010年10月28日第十一届全国人民代表大会常务委员会第十七次会议通过,根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议《关于修改〈中华人民共和国社会保险法〉的决定》修正)',
    '《社会保险登记管理暂行办法》(中华人民共和国劳动和社会保障部令第1号)',
  ])
  expect(a).toMatchObject({ channels: ['政府网站', '政务服务中心'], audience: { public: true, specificGroup: null }, methods: [{ type: '主动公开' }] })
})

test('a crawled Traditional copy: converted with opencc-js, the pinyin removed, both recorded', async () => {
  const { catalogue, report } = await real('social-insurance-traditional.html')
  expect(report.conversion).toMatchObject({ from: 'tw', pinyinRemoved: 72 })
  expect(catalogue.items.map((i) => [i.category, i.name, i.contents, i.legalBases, i.unit, i.levels])).toEqual([
    [
      '1.社保信息服务',
      '1.1社保政策咨询',
      ['公开依据'],
      ['《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)'],
      '人力资源社会保障部门',
      ['乡级'],
    ],
    [
      '1.社保信息服务',
      '1.2社保服务机构信息发布',
      ['机构名称'],
      ['《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)'],
      '人力资源社会保障部门',
      ['乡级'],
    ],
  ])
  expect(catalogue.source.title).toBe('社会保险领域基层政务公开标准目录')
  for (const item of catalogue.items) expect(item.sourceNotes.filter((n) => n.kind === 'converted').map((n) => n.text)).toHaveLength(1)
  expect(catalogue.source.transcriptionNotes.join('')).toContain('opencc-js（tw → cn）')
})

test('numbered lists on one line do not split inside brackets; "2《" after a closed bracket is entry 2 (tengchong.gov.cn 就业领域)', () => {
  // Cell text from https://www.tengchong.gov.cn/info/7151/5817803.htm row 1 (公开依据), shortened inside the brackets.
  expect(
    splitLegalBases(
      '1. 《中华人民共和国政府信息公开条例》(中华人民共和国国务院 令第711号) 2《中华人民共和国就业促进法》(2007年8月30日通过) 3《人力资源市场暂行条例》(中华人民共和国国务院令第700号)',
    ),
  ).toEqual([
    '《中华人民共和国政府信息公开条例》(中华人民共和国国务院 令第711号)',
    '《中华人民共和国就业促进法》(2007年8月30日通过)',
    '《人力资源市场暂行条例》(中华人民共和国国务院令第700号)',
  ])
  expect(splitNumbered('1.事项名称 2.事项简述 3.办理材料（含2.5寸照片）')).toEqual(['事项名称', '事项简述', '办理材料（含2.5寸照片）'])
  expect(splitNumbered('1.就业（第2.条） 2.失业登记')).toEqual(['就业（第2.条）', '失业登记'])
})
