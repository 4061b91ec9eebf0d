/**
 * Rules that have one home and several users: each user must agree with the home, so changing the
 * home changes them all. A copy that drifted (a stricter id regex, another CJK range) fails here.
 */
import * as v from 'valibot'
import { CatalogueFileSchema, type OpeningHours } from '../../types/catalogue'
import type { CatalogueIndex, RegionIndex } from '../../types/generated'
import { itemIdPrefix } from '../../src/domain/catalogue/item-id'
import { ITEM_ID_PATTERN } from '../../types/policy'
import { hoursProblems } from '../../scripts/data/validate'
import { phoneLikeNumbers } from '../../scripts/data/phones'
import { HRSS_HOTLINE } from '../../src/domain/phone'
import { HRSS_HOTLINE as SEARCH_HRSS_HOTLINE } from '../../src/domain/search/route'
import { clockToMinutes, everyMonthDay, inMonthDayRange, scheduleOn } from '../../src/domain/calendar'
import { createCatalogue, defaultHotline, hotlineById, itemHotline } from '../../src/domain/catalogue/queries'
import { parseItemParams } from '../../src/domain/routes'
import { isCjk, isCjkCode, longestCjkRun, normalizeText, parseQuery } from '../../src/domain/search/normalize'
import { decodeStored, favouritesKeyFor, recentsKey } from '../../src/domain/storage'
import { realIndex } from '../helpers/dataset'

describe('CJK ideographs (search/normalize.ts)', () => {
  test.each([
    [0x4e00, true],
    [0x9fff, true],
    [0x3400, true],
    [0x4dbf, true],
    [0xf900, true],
    [0xfaff, true],
    // Yijing hexagram symbols sit between Extension A and the main block: not ideographs.
    [0x4dc0, false],
    [0x33ff, false],
    [0xa000, false],
    [0x3000, false],
  ])('U+%s is CJK: %s', (code, expected) => {
    expect(isCjkCode(code)).toBe(expected)
    expect(isCjk(String.fromCharCode(code))).toBe(expected)
  })

  test('the longest run of ideographs, the first of equal length', () => {
    expect(longestCjkRun('shi失业j')).toBe('失业')
    expect(longestCjkRun('失a业金b')).toBe('业金')
    expect(longestCjkRun('社保a证明')).toBe('社保')
    expect(longestCjkRun('abc')).toBe('')
    expect(longestCjkRun('\u4dc0\u4dc1失')).toBe('失')
  })

  test('normalising keeps exactly the characters the matcher treats as CJK', () => {
    const text = '失\u4dc0业\uf900'
    expect(normalizeText(text).text).toBe('失业\uf900')
    expect(parseQuery(text)).toEqual(['失', '业\uf900'])
  })
})

describe('item and region ids (types/policy.ts)', () => {
  const ids = ['hm-006', 'bj-073', 'xj0103-0102', 'bj-1234', 'b-001', 'bj-73', 'bj-12345', 'BJ-073', 'bj_073', 'bj-073 ', 'toolongx-001']

  test.each(ids)('routes and storage accept %s exactly when the policy pattern does', (id) => {
    const expected = ITEM_ID_PATTERN.test(id)
    expect(parseItemParams({ region: 'bijie', id }).ok).toBe(expected)
    const stored = decodeStored(recentsKey, JSON.stringify({ v: 1, data: { bijie: [{ id, viewedAt: 1 }] } }))
    expect(stored.problem === undefined).toBe(expected)
  })

  test('the prefix of an id is what comes before its row', () => {
    expect(itemIdPrefix('hm-006')).toBe('hm')
    expect(itemIdPrefix('xj0103-0102')).toBe('xj0103')
    expect(itemIdPrefix('hm006')).toBeNull()
    expect(itemIdPrefix('<script>-001')).toBeNull()
  })
})

/** A copy of a real region under another id and prefix, as a province's bureau would have. */
function provinceRegion(base: RegionIndex): RegionIndex {
  return { ...base, id: 'xj-0103', idPrefix: 'xj0103', items: [] }
}

describe('regions by id prefix (derived from the catalogue, not hard-coded)', () => {
  const index = realIndex()
  const catalogue = createCatalogue(index)

  test('each seed region owns its prefix', () => {
    expect(catalogue.regionIdOfItem('hm-013')).toBe('hami')
    expect(catalogue.regionIdOfItem('bj-073')).toBe('bijie')
    expect(catalogue.regionIdOfItem('bj-999')).toBe('bijie')
    expect(catalogue.regionIdOfItem('zz-001')).toBeUndefined()
    expect(catalogue.regionIdOfItem('not an id')).toBeUndefined()
  })

  test('version-1 favourites of a region the catalogue adds are migrated to it', () => {
    const withProvince: CatalogueIndex = { regions: [...index.regions, provinceRegion(index.regions[0])] }
    const key = favouritesKeyFor(createCatalogue(withProvince).regionIdOfItem)
    const result = decodeStored(key, JSON.stringify({ v: 1, data: ['xj0103-0102', 'hm-013', 'zz-001'] }))
    expect(result.value).toEqual({ 'xj-0103': [{ kind: 'item', id: 'xj0103-0102', savedAt: 0 }], hami: [{ kind: 'item', id: 'hm-013', savedAt: 0 }] })
  })
})

describe('hotlines (domain/catalogue)', () => {
  const regions = realIndex().regions
  const hami = regions.find((r) => r.id === 'hami')!
  const bijie = regions.find((r) => r.id === 'bijie')!

  test('the default is the region’s defaultHotlineId', () => {
    expect(defaultHotline(hami)).toEqual(hami.hotlines.find((h) => h.id === hami.defaultHotlineId))
    expect(defaultHotline(bijie).number).toBe('12333')
  })

  test('an item’s own number when the region lists it, else the default', () => {
    expect(itemHotline(hami, '0902-2321695').number).toBe('0902-2321695')
    expect(itemHotline(hami, null)).toBe(defaultHotline(hami))
    expect(itemHotline(bijie, '0902-2321695')).toBe(defaultHotline(bijie))
    expect(hotlineById(hami, hami.defaultHotlineId)).toBe(defaultHotline(hami))
    expect(hotlineById(hami, 'nope')).toBeUndefined()
  })
})

describe('phone numbers in text (types/policy.ts PHONE_IN_TEXT), one pattern for the importer and the data check', () => {
  const found = (text: string) => {
    const out = new Set<string>()
    phoneLikeNumbers({ a: [text] }, out)
    return [...out]
  }
  test('the data check finds landlines with or without the hyphen, mobiles and five-digit lines; not amounts or parts of longer numbers', () => {
    expect(found('咨询电话：0902-2321695，或 09022321695，也可拨 12333、13912345678')).toEqual(['0902-2321695', '09022321695', '12333', '13912345678'])
    expect(found('补贴 10000元，每月 12345人次，编号 123456，2024年')).toEqual([])
  })
  test("12333 is one entry: search's hotline is the phone domain's", () => {
    expect(SEARCH_HRSS_HOTLINE).toBe(HRSS_HOTLINE)
    expect(HRSS_HOTLINE).toMatchObject({ number: '12333', source: 'national' })
  })
})

describe('opening hours (domain/calendar/schedule.ts), shared by the validator and the office status', () => {
  const seasons: OpeningHours = {
    text: '夏季、冬季',
    schedules: [
      { label: '夏季作息', from: '05-01', to: '09-30', weekly: [{ days: [1, 2, 3, 4, 5], periods: [{ start: '10:00', end: '14:00' }] }] },
      { label: '冬季作息', from: '10-01', to: '04-30', weekly: [{ days: [1, 2, 3, 4, 5], periods: [{ start: '09:30', end: '13:30' }] }] },
    ],
    closedOnPublicHolidays: true,
  }

  test('clock times and month-day ranges, also across the year end', () => {
    expect(clockToMinutes('00:00')).toBe(0)
    expect(clockToMinutes('09:30')).toBe(570)
    expect(clockToMinutes('23:59')).toBe(1439)
    expect(inMonthDayRange('12-31', '10-01', '04-30')).toBe(true)
    expect(inMonthDayRange('01-01', '10-01', '04-30')).toBe(true)
    expect(inMonthDayRange('05-01', '10-01', '04-30')).toBe(false)
    expect(inMonthDayRange('05-01', '05-01', '09-30')).toBe(true)
    expect(inMonthDayRange('10-01', '05-01', '09-30')).toBe(false)
  })

  test('every day of a leap year, once', () => {
    const days = everyMonthDay()
    expect(days).toHaveLength(366)
    expect(new Set(days).size).toBe(366)
    expect([days[0], days[59], days[365]]).toEqual(['01-01', '02-29', '12-31'])
  })

  test('the day the validator accepts is the day the app finds its schedule for', () => {
    expect(hoursProblems(seasons)).toEqual([])
    expect(scheduleOn(seasons, '04-30').label).toBe('冬季作息')
    expect(scheduleOn(seasons, '05-01').label).toBe('夏季作息')
    expect(scheduleOn(seasons, '09-30').label).toBe('夏季作息')
    expect(scheduleOn(seasons, '10-01').label).toBe('冬季作息')
  })

  test('a gap the validator rejects', () => {
    const gap: OpeningHours = { ...seasons, schedules: [{ ...seasons.schedules[0] }, { ...seasons.schedules[1], from: '10-02' }] }
    expect(hoursProblems(gap)).toEqual(['schedules: 10-01 is covered by 0 schedules, expected exactly 1'])
  })
})

describe('region ids in the data are ones links and storage take', () => {
  test.each([
    ['hami', true],
    ['xj-0103', true],
    ['1hami', false],
    ['Hami', false],
    ['a'.repeat(32), false],
  ])('%s', (id, expected) => {
    const region = { id, idPrefix: 'hm', name: '哈密市', nameInferred: false }
    expect(v.safeParse(CatalogueFileSchema.entries.region, region).success).toBe(expected)
    expect(parseItemParams({ region: id, id: 'hm-006' }).ok).toBe(expected)
    expect(decodeStored(recentsKey, JSON.stringify({ v: 1, data: { [id]: [] } })).problem === undefined).toBe(expected)
  })
})
