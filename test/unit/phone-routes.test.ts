import { dialString, isDiallable, telHref } from '../../src/domain/phone'
import { decodeParam, eligibilityPath, itemPath, lifeEventPath, parseItemParams, parseLifeEventParams } from '../../src/domain/routes'

describe('phone numbers', () => {
  test.each([
    ['0902-2321695', true],
    ['12333', true],
    ['12345', true],
    ['0902-2321695 ', false],
    ['tel:12333', false],
    ['0902-232169', false],
    ['javascript:alert(1)', false],
    ['', false],
    [undefined, false],
  ])('%s diallable: %s', (number, ok) => {
    expect(isDiallable(number)).toBe(ok)
  })

  test('tel links carry digits only and never a bad number', () => {
    expect(telHref('0902-2321695')).toBe('tel:09022321695')
    expect(telHref('12333')).toBe('tel:12333')
    expect(telHref('0902-23216950000')).toBeNull()
    expect(dialString('0902-2321695')).toBe('09022321695')
  })
})

describe('route parameters', () => {
  test('item paths encode their parameters', () => {
    expect(itemPath('bijie', 'bj-073')).toBe('/packages/guide/pages/item/index?region=bijie&id=bj-073')
  })

  test.each([
    [
      { region: 'bijie', id: 'bj-073' },
      { ok: true, regionId: 'bijie', id: 'bj-073' },
    ],
    [
      { region: 'bijie%20', id: 'bj-073' },
      { ok: false, reason: 'garbled' },
    ],
    [
      { region: 'bijie', id: 'bj-073%' },
      { ok: false, reason: 'garbled' },
    ],
    [
      { region: 'bijie', id: '%E5%A4%B1' },
      { ok: false, reason: 'garbled' },
    ],
    [{ region: 'bijie' }, { ok: false, reason: 'missing' }],
    [{}, { ok: false, reason: 'missing' }],
    [
      { region: 'bijie', id: 'bj-073', extra: 'x' },
      { ok: true, regionId: 'bijie', id: 'bj-073' },
    ],
    [
      { region: ['a'], id: 'bj-073' },
      { ok: false, reason: 'garbled' },
    ],
  ])('%j parses to %j', (params, expected) => {
    expect(parseItemParams(params)).toEqual(expected)
  })

  test('Chinese arrives percent-encoded on H5 and is decoded, also when encoded twice', () => {
    expect(decodeParam('%E5%A4%B1%E4%B8%9A%E9%87%91')).toBe('失业金')
    expect(decodeParam('%25E5%25A4%25B1')).toBe('失')
    expect(decodeParam('%E5%A4')).toBeNull()
    expect(decodeParam('')).toBeNull()
  })
})

describe('list pages', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createCatalogue, resolveList } = require('../../src/domain/catalogue/queries')
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { realIndex } = require('../helpers/dataset')
  const index = realIndex()
  const catalogue = createCatalogue(index)
  const bijie = index.regions.find((r: { id: string }) => r.id === 'bijie')

  test.each([
    ['theme', 'certificates', '社保证明与查询'],
    ['category', '事项办理（公共服务）', '事项办理（公共服务）'],
    ['audience', '单位', '单位办事'],
  ])('%s %s resolves to %s', (kind, key, title) => {
    const list = resolveList(catalogue, bijie, kind, key)
    expect(list.title).toBe(title)
    expect(list.items.length).toBeGreaterThan(0)
    expect(list.items.every((i: { regionId: string }) => i.regionId === 'bijie')).toBe(true)
  })

  test.each([
    ['theme', 'nope'],
    ['category', '不存在'],
    ['audience', '老人'],
    ['kind', 'x'],
    [null, 'x'],
    ['theme', null],
  ])('%s %s resolves to nothing', (kind, key) => {
    expect(resolveList(catalogue, bijie, kind, key)).toBeNull()
  })
})

describe('life-event and finder links', () => {
  test('paths are stable and round-trip through the parser', () => {
    expect(lifeEventPath('bijie', 'shiye')).toBe('/packages/guide/pages/life-event/index?region=bijie&id=shiye')
    expect(eligibilityPath('hami')).toBe('/packages/guide/pages/eligibility/index?region=hami')
    expect(parseLifeEventParams({ region: 'bijie', id: 'tuixiu-shenhoushi' })).toEqual({ ok: true, regionId: 'bijie', id: 'tuixiu-shenhoushi' })
  })

  test.each([
    [{ region: 'bijie' }, 'missing'],
    [{ id: 'shiye' }, 'missing'],
    [{ region: 'bijie', id: '' }, 'missing'],
    [{ region: 'bijie', id: 'Shiye' }, 'garbled'],
    [{ region: 'bijie', id: '%E5%A4%B1%' }, 'garbled'],
    [{ region: '<b>', id: 'shiye' }, 'garbled'],
  ])('%j is refused as %s', (params, reason) => {
    expect(parseLifeEventParams(params)).toEqual({ ok: false, reason })
  })
})
