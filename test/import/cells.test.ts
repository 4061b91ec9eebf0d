/** Cell repairs, one damage at a time, in the forms bureaus' files show them. */
import iconv from 'iconv-lite'
import { decodeText } from '../../scripts/import/decode'
import { checkedOptions, rejoinLines, splitLegalBases, splitNumbered, tick, unspaceLetterSpacing } from '../../scripts/import/cells'
import { splitLevels } from '../../scripts/import/items'
import { decideKind } from '../../scripts/import/kind'
import { regionPrefix } from '../../scripts/import/prefix'

describe('numbered lists', () => {
  test.each([
    ['1. 办理地点 2. 办理时限', ['办理地点', '办理时限']],
    ['1、办理条件\n2、申请材料', ['办理条件', '申请材料']],
    ['1.办理条件2.申请材料3.办理流程', ['办理条件', '申请材料', '办理流程']],
    ['１．办理条件 ２．申请材料', ['办理条件', '申请材料']],
    ['①办理条件②申请材料③办理流程', ['办理条件', '申请材料', '办理流程']],
    ['补贴标准为每人2.5万元', ['补贴标准为每人2.5万元']],
    ['1.联系方式 1) 办公地址 2) 门户网站 2.办公时间', ['联系方式 1) 办公地址 2) 门户网站', '办公时间']],
    ['市人社局机构职能简介', ['市人社局机构职能简介']],
  ])('%j', (cell, list) => {
    expect(splitNumbered(cell)).toEqual(list)
  })
})

describe('legal bases', () => {
  test('one per document, numbered or not', () => {
    expect(splitLegalBases('1. 《就业促进法》 2. 《人力资源市场暂行条例》')).toEqual(['《就业促进法》', '《人力资源市场暂行条例》'])
    expect(splitLegalBases('《中华人民共和国政府信息公开条例》（国务院令第711号）《评比达标表彰活动管理办法》等')).toEqual([
      '《中华人民共和国政府信息公开条例》（国务院令第711号）',
      '《评比达标表彰活动管理办法》等',
    ])
  })

  test("a law named inside another law's title or parenthesis is not a separate basis", () => {
    expect(splitLegalBases('《关于修改〈社会保险法〉的决定》')).toEqual(['《关于修改〈社会保险法〉的决定》'])
    expect(
      splitLegalBases('《中华人民共和国社会保险法》（根据《全国人民代表大会常务委员会关于修改〈中华人民共和国社会保险法〉的决定》修正）《工伤保险条例》'),
    ).toEqual(['《中华人民共和国社会保险法》（根据《全国人民代表大会常务委员会关于修改〈中华人民共和国社会保险法〉的决定》修正）', '《工伤保险条例》'])
  })
})

describe('checkboxes and ticks', () => {
  test.each([
    ['■政府网站□政府公报■政务服务中心', ['政府网站', '政务服务中心']],
    ['☑政府网站 ☐政务新媒体 ☑便民服务站点', ['政府网站', '便民服务站点']],
    ['<input checked="" type="checkbox"/> 政府网站 <input type="checkbox"/> 政务服务中心', ['政府网站']],
    ['√政府网站 □政府公报', ['政府网站']],
    ['政府网站、政务服务中心', null],
  ])('%j', (cell, checked) => {
    expect(checkedOptions(cell)).toEqual(checked)
  })

  test('a tick, a tick with words, words alone, an empty box', () => {
    expect(tick('√')).toEqual({ ticked: true, words: null })
    expect(tick('√（办事指南）')).toEqual({ ticked: true, words: '办事指南' })
    expect(tick('流动党员')).toEqual({ ticked: true, words: '流动党员' })
    expect(tick('□')).toEqual({ ticked: false, words: null })
    expect(tick('')).toEqual({ ticked: false, words: null })
  })
})

describe('broken words and spacing', () => {
  test('a line break inside a word is removed, also before a wrapped number; a list marker keeps its space', () => {
    expect(rejoinLines('《就业服务与就业管理规\n定》')).toEqual({ text: '《就业服务与就业管理规定》', rejoined: true })
    expect(rejoinLines('信息形成或变更之日起\n20个工作日内').text).toBe('信息形成或变更之日起20个工作日内')
    expect(rejoinLines('联系方式\n1) 办公地址').text).toBe('联系方式 1) 办公地址')
    expect(rejoinLines('信息形成或者变更之日起 20 个工作日内')).toEqual({ text: '信息形成或者变更之日起 20 个工作日内', rejoined: false })
  })

  test('letter-spaced characters are put together, words apart are not', () => {
    expect(unspaceLetterSpacing('保持长 期 公 开')).toEqual({ text: '保持长期公开', changed: true })
    expect(unspaceLetterSpacing('政务公开 公示公告')).toEqual({ text: '政务公开 公示公告', changed: false })
  })
})

test('levels as printed: 乡、村级 is one level', () => {
  expect(splitLevels('市级、县级')).toEqual(['市级', '县级'])
  expect(splitLevels('县级、乡、村级')).toEqual(['县级', '乡、村级'])
  expect(splitLevels('镇街级')).toEqual(['镇街级'])
  expect(splitLevels('区级/乡级')).toEqual(['区级', '乡级'])
})

test('item kind from 公开内容, flagged when unclear', () => {
  expect(decideKind('就业信息服务', '职业介绍', ['办理地点和时间', '办理时限', '设定依据'])).toEqual({ kind: 'service' })
  expect(decideKind('事项办理（行政处罚）', '对用人单位…的处罚', ['基本信息', '设定依据'])).toEqual({ kind: 'penalty' })
  expect(decideKind('公共就业服务专项活动', '公共就业服务专项活动', ['举办时间和地点', '举办单位'])).toEqual({ kind: 'event' })
  expect(decideKind('机构概况', '机构职能', ['市人社局机构职能简介'])).toEqual({ kind: 'disclosure' })
  expect(decideKind('就业服务', '失业登记', ['失业登记办理指南']).unclear).toContain('请确认')
  expect(decideKind('就业服务', '就业政策', ['办理流程', '政策文件']).unclear).toContain('办理流程')
})

test('item-id prefixes from the area name', () => {
  expect(regionPrefix('哈密市')).toBe('hm')
  expect(regionPrefix('毕节市')).toBe('bj')
  expect(regionPrefix('伊州区')).toBe('yz')
})

describe('encodings', () => {
  const page = (charset: string) => `<html><head><meta charset="${charset}"><title>目录</title></head><body>公开内容：办理地点和时间</body></html>`
  test("a BOM, the page's meta charset, strict UTF-8, then the detector", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('公开内容')]))).toEqual({ text: '公开内容', encoding: 'utf-8', how: 'bom' })
    const gbk = iconv.encode(page('gb2312'), 'gbk')
    expect(decodeText(gbk)).toMatchObject({ text: page('gb2312'), encoding: 'gb18030', how: 'meta' })
    expect(decodeText(Buffer.from('公开内容,公开依据'))).toMatchObject({ text: '公开内容,公开依据', how: 'utf-8' })
    const plain = iconv.encode('序号,事项名称,公开内容,公开依据\n1,就业困难人员认定,办理条件,《就业服务与就业管理规定》\n', 'gb18030')
    expect(decodeText(plain)).toMatchObject({
      text: '序号,事项名称,公开内容,公开依据\n1,就业困难人员认定,办理条件,《就业服务与就业管理规定》\n',
      how: 'detected',
    })
  })

  test('a meta charset wins over what the bytes look like', () => {
    // Latin-1 bytes of a page that says it is windows-1252: read as it says, not as GBK.
    const bytes = iconv.encode('<html><head><meta charset="windows-1252"></head><body>caf\u00e9 na\u00efve</body></html>', 'windows-1252')
    expect(decodeText(bytes)).toMatchObject({ encoding: 'windows-1252', how: 'meta' })
    expect(decodeText(bytes).text).toContain('caf\u00e9')
  })
})
