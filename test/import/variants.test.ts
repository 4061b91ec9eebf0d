/**
 * Hand-made tables in other bureaus' wordings (not real bureaus; phones only 12333 and 12345):
 * 编号, 三级事项, 公开要素, 信息保障单位, 特定群众, 依申请公开, 公开渠道和载体, levels as words and
 * as ticked columns (乡、村级, 镇街级, 区级), 咨询电话 and 监督举报电话 columns; a one-row CSV header
 * with 公开内容（要素）, 公开对象 in words, 公开方式 全文发布 beside 公开属性, full-width numbering.
 */
import path from 'node:path'
import { importCatalogue } from '../../scripts/import'
import { FIXTURES, importFile } from './helpers'

const variant = (file: string) => importFile(path.join(FIXTURES, 'variants', file), { regionId: 'shixian', name: '示例县', parent: 'hami' })

describe('an HTML page with other wordings, phone columns and a 索引号 table', () => {
  const imported = variant('county-social-insurance.html')

  test('columns are recognised by meaning', async () => {
    const { report } = await imported
    expect(Object.fromEntries(report.columns.map((c) => [c.label, c.field]))).toEqual({
      编号: 'seq',
      事项类别: 'category',
      事项名称: 'name',
      三级事项: 'subname',
      公开要素: 'contents',
      公开依据: 'legalBases',
      信息保障单位: 'unit',
      公开时限: 'publicationLimit',
      公开渠道和载体: 'channels',
      '公开对象/全社会': 'audiencePublic',
      '公开对象/特定群众': 'audienceGroup',
      '公开方式/主动': 'methodActive',
      '公开方式/依申请公开': 'methodOnRequest',
      公开层级: 'levels',
      咨询电话: 'hotline',
      监督举报电话: 'complaintHotline',
    })
    expect(report.tables.map((t) => t.catalogue)).toEqual([false, true])
  })

  test('items as printed: 三级事项 in the name, levels as printed, groups, both methods, nested law kept whole', async () => {
    const { catalogue } = await imported
    const [a, b, c] = catalogue.items
    expect(a).toMatchObject({
      id: 'sl-001',
      kind: 'service',
      category: '养老保险',
      name: '城乡居民养老保险参保登记（参保登记）',
      levels: ['县级', '乡、村级'],
      channels: ['政府网站', '政务服务中心', '便民服务站点'],
      hotline: '12345',
    })
    expect(a.legalBases).toHaveLength(2)
    expect(a.legalBases[0]).toContain('〈中华人民共和国社会保险法〉的决定》修正）')
    expect(b).toMatchObject({
      category: '养老保险',
      contents: ['办理条件', '申请材料', '办理流程', '办理时限'],
      audience: { public: false, specificGroup: '年满60周岁的参保人员' },
      levels: ['镇街级'],
      channels: ['政府网站', '政务服务中心'],
    })
    expect(b.methods).toEqual([{ type: '主动公开' }, { type: '依申请公开' }])
    expect(b.sourceNotes).toContainEqual({ kind: 'merged-cell', field: 'category', text: '源表此格为合并单元格，事项类别取自第1行。' })
    expect(c).toMatchObject({ kind: 'disclosure', levels: ['区级'], hotline: null })
  })

  test("the phone columns make the region's hotlines; 12333 stays the national line", async () => {
    const { catalogue, report } = await imported
    expect(catalogue.hotlines.map((h) => [h.id, h.number, h.source])).toEqual([
      ['shixian-bureau', '12345', 'seed'],
      ['12333', '12333', 'national'],
    ])
    expect(catalogue.defaultHotlineId).toBe('shixian-bureau')
    expect(report.hotlines).toEqual([{ number: '12345', label: '示例县咨询电话', printedAt: 'county-social-insurance.html 表2第3行' }])
    expect(catalogue.region).toMatchObject({ name: '示例县', nameInferred: false, parent: 'hami' })
  })
})

test('a CSV with a one-row header, 公开对象 in words, 全文发布 beside 公开属性, broken words and full-width numbers', async () => {
  const { catalogue, report } = await variant('employment.csv')
  expect(report.columns.map((c) => c.field)).toEqual([
    'category',
    'name',
    'contents',
    'legalBases',
    'unit',
    'publicationLimit',
    'channels',
    'audience',
    'method',
    'attribute',
    'levels',
  ])
  const [a, b] = catalogue.items
  expect(a).toMatchObject({
    row: 1,
    kind: 'service',
    contents: ['办理条件', '申请材料', '办理流程'],
    publicationLimit: '信息形成或变更之日起20个工作日内',
    channels: ['政府网站', '政务服务中心'],
    audience: { public: true, specificGroup: null },
    methods: [{ type: '主动公开', scope: '全文发布' }],
    levels: ['县级', '乡级'],
  })
  expect(b).toMatchObject({
    row: 2,
    category: '就业服务',
    contents: ['办理条件', '申请材料', '办理时限'],
    legalBases: ['《就业服务与就业管理规定》'],
    audience: { public: false, specificGroup: '就业困难人员' },
    methods: [{ type: '依申请公开' }],
    levels: ['乡级'],
  })
  expect(catalogue.hotlines.map((h) => h.number)).toEqual(['12333'])
})

test('an .xlsx with 公开层级 split into ticked 市级 | 县级 | 乡级 columns and a merged category', async () => {
  const { catalogue } = await variant('levels-ticked.xlsx')
  expect(catalogue.items.map((i) => [i.name, i.levels, i.category])).toEqual([
    ['工伤认定（一般工伤认定）', ['县级'], '工伤保险'],
    ['工伤认定（视同工伤认定）', ['市级', '县级', '乡级'], '工伤保险'],
  ])
})

test('a page with one table per 领域, each numbered from 1: the second follows the first, and says so', async () => {
  const { catalogue, report } = await variant('two-domains.html')
  expect(catalogue.items.map((i) => [i.id, i.row, i.category, i.name, i.levels])).toEqual([
    ['sl-001', 1, '就业服务', '失业登记', ['区级', '镇街级']],
    ['sl-002', 2, '就业服务', '就业创业证申领', ['区级']],
    ['sl-003', 3, '养老保险', '城乡居民养老保险参保登记', ['区级', '乡、村级']],
  ])
  expect(catalogue.categories).toEqual(['就业服务', '养老保险'])
  expect(report.tables.map((t) => t.catalogue)).toEqual([true, true])
  expect(report.needsReview).toContainEqual({
    where: 'two-domains.html table 2',
    row: null,
    reason: '这张目录表从第1行重新编号，接在前一张表之后录入为第3–3行',
  })
  // No 公开方式 column: 主动公开 is inferred, noted on the item and put to a person.
  expect(report.needsReview.filter((r) => r.reason === '源表没有公开方式列，按主动公开录入').map((r) => r.row)).toEqual([1, 2, 1])
  expect(catalogue.items[2].sourceNotes).toContainEqual({
    kind: 'inferred',
    field: 'methods',
    text: '源表没有公开方式列，按主动公开录入（标准目录事项多为主动公开），请核对。',
  })
  expect(catalogue.items[0]).toMatchObject({
    audience: { public: true, specificGroup: null },
    methods: [{ type: '主动公开' }],
    channels: ['政府网站', '政务服务中心'],
  })
})

test('序号 printed as "1." or in full-width digits is still the row number', async () => {
  const csv =
    '序号,事项类别,事项名称,公开内容,公开依据,公开主体,公开时限\n１,就业服务,失业登记,1.办理条件 2.申请材料,《就业服务与就业管理规定》,县公共就业服务中心,信息形成之日起20个工作日内\n3.,就业服务,就业创业证申领,1.办理条件 2.申请材料,《就业服务与就业管理规定》,县公共就业服务中心,信息形成之日起20个工作日内\n'
  const { catalogue, report } = await importCatalogue('seq.csv', Buffer.from(csv), { regionId: 'shixian', name: '示例县' })
  expect(catalogue.items.map((i) => [i.id, i.row])).toEqual([
    ['sl-001', 1],
    ['sl-003', 3],
  ])
  // The number the source skipped is recorded, so the validator accepts the gap, and put to a person.
  expect(catalogue.source).toMatchObject({ rowCount: 3, skippedRows: [2] })
  expect(report.needsReview).toContainEqual({ where: 'seq.csv', row: 2, reason: '源表序号中没有第2行' })
})

test("a .csv saved with semicolons, and zero-width spaces in a web page's cells", async () => {
  const csv =
    '序号;事项类别;事项名称;公开内容;公开依据;公开主体;公开时限\n1;就业服务;失业登记;1.办理条件 2.申请材料;《就业服务与就业管理规定》;县公共就业服务中心;信息形成之日起20个工作日内\n'
  const fromCsv = await importCatalogue('semicolons.csv', Buffer.from(csv), { regionId: 'shixian', name: '示例县' })
  expect(fromCsv.catalogue.items[0]).toMatchObject({ name: '失业登记', contents: ['办理条件', '申请材料'] })
  const page = `<table><tr><th>序号</th><th>事项类别</th><th>事项名称</th><th>公开内容</th></tr><tr><td>1</td><td>就业\u200b服务</td><td>失业\u200b登记</td><td>1.办理条件</td></tr></table>`
  const fromHtml = await importCatalogue('zw.html', Buffer.from(page), { regionId: 'shixian', name: '示例县' })
  expect(fromHtml.catalogue.items[0]).toMatchObject({ category: '就业服务', name: '失业登记' })
})
