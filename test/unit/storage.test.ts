import {
  addFavourite,
  checklistsKey,
  clearFavourites,
  decodeStored,
  encodeStored,
  favouritesKeyFor,
  isFavourite,
  MAX_RECENTS,
  mayOverwrite,
  pruneChecklists,
  pruneFavourites,
  pruneUnknown,
  pushRecent,
  pushSearch,
  recentsKey,
  removeFavourite,
  searchHistoryKey,
  settingsKey,
  ValueTooLargeError,
} from '../../src/domain/storage'
import { createCatalogue } from '../../src/domain/catalogue/queries'
import { realIndex } from '../helpers/dataset'

// The version-1 migration learns each id's region from the catalogue's id prefixes.
const favouritesKey = favouritesKeyFor(createCatalogue(realIndex()).regionIdOfItem)

describe('decoding stored values', () => {
  test('a missing value is the initial value, with no problem', () => {
    expect(decodeStored(settingsKey, '')).toEqual({ value: { regionId: null, elderMode: null } })
    expect(decodeStored(settingsKey, undefined)).toEqual({ value: { regionId: null, elderMode: null } })
  })

  test('a value round-trips through its envelope', () => {
    const text = encodeStored(settingsKey, { regionId: 'bijie', elderMode: true })
    expect(JSON.parse(text)).toEqual({ v: 1, data: { regionId: 'bijie', elderMode: true } })
    expect(decodeStored(settingsKey, text)).toEqual({ value: { regionId: 'bijie', elderMode: true } })
  })

  test.each([
    ['not JSON', '{"v":1,"data":', 'corrupt'],
    ['not an envelope', '"hello"', 'corrupt'],
    ['a number', '42', 'corrupt'],
    ['from a newer app version', '{"v":9,"data":{}}', 'foreign'],
    ['the wrong shape', '{"v":1,"data":{"regionId":5}}', 'invalid'],
    ['a hostile region id', '{"v":1,"data":{"regionId":"<script>","elderMode":null}}', 'invalid'],
  ])('%s is reset and reported as %s', (_label, raw, problem) => {
    expect(decodeStored(settingsKey, raw)).toEqual({ value: { regionId: null, elderMode: null }, problem })
  })

  test('an oversized value is reset before it is parsed', () => {
    const huge = `{"v":1,"data":[${'"x",'.repeat(2000)}"x"]}`
    expect(decodeStored(searchHistoryKey, huge)).toEqual({ value: [], problem: 'too-large' })
  })

  test('encoding refuses a value over the key limit', () => {
    expect(() => encodeStored(searchHistoryKey, Array(2000).fill('x'))).toThrow(ValueTooLargeError)
  })

  test('objects Taro already parsed are accepted', () => {
    expect(decodeStored(settingsKey, { v: 1, data: { regionId: 'hami', elderMode: false } }).value).toEqual({ regionId: 'hami', elderMode: false })
  })
})

describe('favourites migration from version 1 (one flat list of ids)', () => {
  test('groups ids by region and keeps their order', () => {
    const result = decodeStored(favouritesKey, JSON.stringify({ v: 1, data: ['bj-073', 'hm-013', 'bj-070', 'bj-073'] }))
    expect(result.migratedFrom).toBe(1)
    expect(result.problem).toBeUndefined()
    expect(result.value).toEqual({
      bijie: [
        { kind: 'item', id: 'bj-073', savedAt: 0 },
        { kind: 'item', id: 'bj-070', savedAt: 0 },
      ],
      hami: [{ kind: 'item', id: 'hm-013', savedAt: 0 }],
    })
  })

  test('a version 1 value that is not a list is reported invalid', () => {
    expect(decodeStored(favouritesKey, '{"v":1,"data":{"a":1}}')).toEqual({ value: {}, problem: 'invalid' })
  })

  test("only a newer release's value may not be overwritten; corrupt, invalid and oversized values may", () => {
    expect(mayOverwrite(decodeStored(favouritesKey, '{"v":9,"data":{}}').problem)).toBe(false)
    expect(mayOverwrite('corrupt')).toBe(true)
    expect(mayOverwrite('invalid')).toBe(true)
    expect(mayOverwrite('too-large')).toBe(true)
    expect(mayOverwrite(undefined)).toBe(true)
  })

  test('a version with no migration path is foreign', () => {
    expect(decodeStored(favouritesKey, '{"v":0,"data":[]}').problem).toBe('foreign')
  })
})

describe('favourites migration from version 2 (items only) to version 3 (items and life events)', () => {
  const v2 = {
    hami: [
      { id: 'hm-013', savedAt: 20 },
      { id: 'hm-010', savedAt: 10 },
    ],
    bijie: [{ id: 'bj-073', savedAt: 5 }],
  }

  test('every saved item survives, in order, with its time, marked as an item', () => {
    const result = decodeStored(favouritesKey, JSON.stringify({ v: 2, data: v2 }))
    expect(result.problem).toBeUndefined()
    expect(result.migratedFrom).toBe(2)
    expect(result.value).toEqual({
      hami: [
        { kind: 'item', id: 'hm-013', savedAt: 20 },
        { kind: 'item', id: 'hm-010', savedAt: 10 },
      ],
      bijie: [{ kind: 'item', id: 'bj-073', savedAt: 5 }],
    })
    // Written back, the value reads as version 3 with nothing to migrate.
    expect(decodeStored(favouritesKey, encodeStored(favouritesKey, result.value))).toEqual({ value: result.value })
  })

  test('an empty version 2 value stays empty', () => {
    expect(decodeStored(favouritesKey, '{"v":2,"data":{}}')).toEqual({ value: {}, migratedFrom: 2 })
  })

  test('a broken version 2 value is reported invalid, not half-migrated', () => {
    expect(decodeStored(favouritesKey, '{"v":2,"data":{"hami":[{"savedAt":1}]}}')).toEqual({ value: {}, problem: 'invalid' })
    expect(decodeStored(favouritesKey, '{"v":2,"data":{"hami":[{"id":"<b>","savedAt":1}]}}')).toEqual({ value: {}, problem: 'invalid' })
  })

  test('version 3 refuses an entry of an unknown kind or an id that does not fit its kind', () => {
    expect(decodeStored(favouritesKey, '{"v":3,"data":{"hami":[{"kind":"thing","id":"hm-013","savedAt":1}]}}').problem).toBe('invalid')
    expect(decodeStored(favouritesKey, '{"v":3,"data":{"hami":[{"kind":"item","id":"start-a-business","savedAt":1}]}}').problem).toBe('invalid')
  })
})

describe('list updates', () => {
  test('favourites are per region and never duplicated', () => {
    let f = addFavourite({}, 'hami', 'hm-013', 1)
    f = addFavourite(f, 'hami', 'hm-013', 2)
    f = addFavourite(f, 'bijie', 'bj-073', 3)
    expect(f).toEqual({ hami: [{ kind: 'item', id: 'hm-013', savedAt: 1 }], bijie: [{ kind: 'item', id: 'bj-073', savedAt: 3 }] })
    expect(isFavourite(f, 'bijie', 'hm-013')).toBe(false)
    expect(removeFavourite(f, 'hami', 'hm-013').hami).toEqual([])
  })

  test('a saved life event and a saved item live side by side and are told apart by kind', () => {
    let f = addFavourite({}, 'hami', 'hm-013', 1)
    f = addFavourite(f, 'hami', 'start-a-business', 2, 'event')
    expect(f.hami).toEqual([
      { kind: 'event', id: 'start-a-business', savedAt: 2 },
      { kind: 'item', id: 'hm-013', savedAt: 1 },
    ])
    expect(isFavourite(f, 'hami', 'start-a-business', 'event')).toBe(true)
    expect(isFavourite(f, 'hami', 'start-a-business')).toBe(false)
    expect(removeFavourite(f, 'hami', 'hm-013', 'event')).toEqual(f)
    expect(removeFavourite(f, 'hami', 'start-a-business', 'event').hami).toEqual([{ kind: 'item', id: 'hm-013', savedAt: 1 }])
    expect(decodeStored(favouritesKey, encodeStored(favouritesKey, f)).value).toEqual(f)
  })

  test('clearing saved items keeps saved events, and back', () => {
    const f = {
      hami: [
        { kind: 'event' as const, id: 'wo-yao-chuangye', savedAt: 2 },
        { kind: 'item' as const, id: 'hm-013', savedAt: 1 },
      ],
    }
    expect(clearFavourites(f, 'hami', 'item').hami).toEqual([{ kind: 'event', id: 'wo-yao-chuangye', savedAt: 2 }])
    expect(clearFavourites(f, 'hami', 'event').hami).toEqual([{ kind: 'item', id: 'hm-013', savedAt: 1 }])
    expect(clearFavourites(f, 'bijie', 'item')).toEqual({ ...f, bijie: [] })
  })

  test('saved events and items the data no longer has are pruned', () => {
    const f = {
      hami: [
        { kind: 'event' as const, id: 'gone', savedAt: 2 },
        { kind: 'item' as const, id: 'hm-013', savedAt: 1 },
      ],
    }
    expect(pruneFavourites(f, (s) => s.kind === 'item')).toEqual({ hami: [{ kind: 'item', id: 'hm-013', savedAt: 1 }] })
    // Events are known per region: the same id saved under another region is not kept.
    expect(pruneFavourites({ bijie: [{ kind: 'event', id: 'shiye', savedAt: 1 }] }, (s, region) => region === 'bijie' && s.id === 'shiye').bijie).toHaveLength(
      1,
    )
    expect(pruneFavourites({ hami: [{ kind: 'event', id: 'shiye', savedAt: 1 }] }, (s, region) => region === 'bijie' && s.id === 'shiye').hami).toHaveLength(0)
  })

  test('recent views keep the latest 30, de-duplicated, latest first', () => {
    let r = {}
    for (let i = 0; i < 40; i++) r = pushRecent(r, 'bijie', `bj-${String(42 + (i % 35)).padStart(3, '0')}`, i)
    r = pushRecent(r, 'bijie', 'bj-050', 100)
    const list = (r as Record<string, { id: string; viewedAt: number }[]>).bijie
    expect(list).toHaveLength(MAX_RECENTS)
    expect(list[0]).toEqual({ id: 'bj-050', viewedAt: 100 })
    expect(new Set(list.map((x) => x.id)).size).toBe(MAX_RECENTS)
    expect(decodeStored(recentsKey, encodeStored(recentsKey, r)).value).toEqual(r)
  })

  test('unknown ids are pruned quietly', () => {
    const known = (id: string) => id !== 'bj-999'
    expect(
      pruneUnknown(
        {
          bijie: [
            { id: 'bj-999', savedAt: 1 },
            { id: 'bj-073', savedAt: 2 },
          ],
        },
        known,
      ),
    ).toEqual({ bijie: [{ id: 'bj-073', savedAt: 2 }] })
    expect(pruneChecklists({ 'bj-999': { dataVersion: 'x', ticked: [], updatedAt: 0 } }, known)).toEqual({})
  })

  test('search history keeps 10 distinct non-blank queries, latest first', () => {
    let h: string[] = []
    for (let i = 0; i < 12; i++) h = pushSearch(h, `q${i}`)
    h = pushSearch(h, 'q5')
    h = pushSearch(h, '   ')
    expect(h).toHaveLength(10)
    expect(h[0]).toBe('q5')
    expect(h.filter((x) => x === 'q5')).toHaveLength(1)
  })

  test('a checklist entry round-trips', () => {
    const value = { 'bj-073': { dataVersion: '2026.11.1', ticked: ['social-security-card'], updatedAt: 5 } }
    expect(decodeStored(checklistsKey, encodeStored(checklistsKey, value)).value).toEqual(value)
  })
})
