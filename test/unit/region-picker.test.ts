import { availabilityText, formatDownloadSize, groupRegions, pickerSections, regionMatches } from '../../src/domain/region-picker'
import type { ProvinceRegion } from '../../types/region-data'

const region = (id: string, name: string, p: string, parent: string | null, extra: Partial<ProvinceRegion> = {}): ProvinceRegion => ({
  id,
  name,
  p,
  i: p
    .split(' ')
    .map((s) => s[0])
    .join(''),
  parent,
  dataVersion: '2026.11.1',
  synthetic: false,
  bundled: false,
  idPrefix: id.slice(0, 2),
  bytes: 300_000,
  names: [],
  ...extra,
})

const regions = [
  region('bijie', '毕节市', 'bi jie shi', null, { bundled: true }),
  region('bj-qxg', '七星关区', 'qi xing guan qu', 'bijie'),
  region('bj-dfx', '大方县', 'da fang xian', 'bijie'),
  region('hami', '哈密市', 'ha mi shi', null, { bundled: true }),
  region('hm-yz', '伊州区', 'yi zhou qu', 'hami'),
  region('zunyi', '遵义市', 'zun yi shi', null),
]

test('cities come with their counties, in province order', () => {
  expect(groupRegions(regions).map((g) => [g.city.id, g.counties.map((c) => c.id)])).toEqual([
    ['bijie', ['bj-qxg', 'bj-dfx']],
    ['hami', ['hm-yz']],
    ['zunyi', []],
  ])
})

test.each([
  ['毕节', ['bijie']],
  ['bijie', ['bijie']],
  ['bj', ['bijie']],
  ['BJS', ['bijie']],
  ['qxg', ['bj-qxg']],
  ['qixing', ['bj-qxg']],
  ['xian', ['bj-dfx']],
  ['市', ['bijie', 'hami', 'zunyi']],
  ['zy', ['zunyi']],
  ['哈密 yz', []],
  ['<script>', []],
])('searching %s finds %j', (query, ids) => {
  expect(regions.filter((r) => regionMatches(r, query)).map((r) => r.id)).toEqual(ids)
})

test('the current region first, then recently used ones (without repeats or unknown ids)', () => {
  const s = pickerSections(regions, 'hm-yz', ['hm-yz', 'zunyi', 'gone', 'zunyi', 'bijie'])
  expect(s.current?.id).toBe('hm-yz')
  expect(s.recent.map((r) => r.id)).toEqual(['zunyi', 'bijie'])
  expect(s.matches).toBeNull()
  expect(pickerSections(regions, null, [], 'da fang').matches?.map((r) => r.id)).toEqual(['bj-dfx'])
})

test('it says which regions work offline and how big the others are', () => {
  const {
    city: bijie,
    counties: [qxg],
  } = groupRegions(regions)[0]
  expect(availabilityText(bijie, false)).toBe('已内置，可离线使用')
  expect(availabilityText(qxg, true)).toBe('已下载，可离线使用')
  expect(availabilityText(qxg, false)).toBe('需下载 约 293 KB')
  expect(formatDownloadSize(3_500_000)).toBe('约 3.3 MB')
  expect(formatDownloadSize(10)).toBe('约 1 KB')
})
