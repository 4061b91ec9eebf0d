/**
 * The storage service: bad stored values never crash the app and are reset with a log line; a failed
 * write (storage full) keeps the app working for the session and tells the citizen once.
 */
import { eligibilityAnswersKey, settingsKey } from '../../src/domain/storage'
import { readStored, reloadAllStores, resetWriteFailure, writeStored, createPersistentStore } from '../../src/services/storage'
import { favouritesKey } from '../../src/services/stores'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const put = (key: string, inner: string) => window.localStorage.setItem(key, JSON.stringify({ data: inner }))

describe('storage service', () => {
  let warn: jest.SpyInstance
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    resetWriteFailure()
  })
  afterEach(() => warn.mockRestore())

  test('storage changed elsewhere is re-read by every store, also one made after launch (我能办什么 answers)', () => {
    const answers = createPersistentStore(eligibilityAnswersKey)
    expect(answers.get()).toBeNull()
    const saved = { answers: { applicant: 'unsure' as const, situations: 'unsure' as const, groups: [], family: 'no' as const }, savedAt: 5 }
    window.localStorage.setItem(eligibilityAnswersKey.key, JSON.stringify({ data: JSON.stringify({ v: 1, data: saved }) }))
    expect(answers.get()).toBeNull()
    reloadAllStores()
    expect(answers.get()).toEqual(saved)
  })

  test('a corrupt value is reset with one log line, and the reset is saved', () => {
    put('rsbszn.settings', '{"v":1,"data":')
    expect(readStored(settingsKey)).toEqual({ regionId: null, elderMode: null })
    expect(warn).toHaveBeenCalledWith('[storage] rsbszn.settings was corrupt; reset to its initial value')
    expect(JSON.parse(JSON.parse(window.localStorage.getItem('rsbszn.settings')!).data)).toEqual({ v: 1, data: { regionId: null, elderMode: null } })
  })

  test('a value from a newer app version is kept in storage, and this session works on the initial value in memory', () => {
    const newer = '{"v":99,"data":{"hami":[{"id":"hm-013","savedAt":5,"folder":"家里"}]}}'
    put('rsbszn.favourites', newer)
    const raw = () => JSON.parse(window.localStorage.getItem('rsbszn.favourites')!).data
    expect(readStored(favouritesKey)).toEqual({})
    expect(warn).toHaveBeenCalledWith(
      "[storage] rsbszn.favourites was written by a newer version of the app; kept as it is, and this session's changes stay in memory",
    )
    expect(raw()).toBe(newer)
    // Saving in this (older) release changes only the memory, so a later upgrade finds its favourites.
    const store = createPersistentStore(favouritesKey)
    store.set({ bijie: [{ kind: 'item', id: 'bj-073', savedAt: 9 }] })
    expect(store.get()).toEqual({ bijie: [{ kind: 'item', id: 'bj-073', savedAt: 9 }] })
    expect(raw()).toBe(newer)
  })

  test('the same newer value is kept when the first thing the app does is a write', () => {
    const newer = '{"v":7,"data":{"x":1}}'
    put('rsbszn.settings', newer)
    const store = createPersistentStore(settingsKey)
    store.set({ regionId: 'bijie', elderMode: true })
    expect(JSON.parse(window.localStorage.getItem('rsbszn.settings')!).data).toBe(newer)
  })

  test('an older version is migrated and written back in the new form', () => {
    put('rsbszn.favourites', '{"v":1,"data":["bj-073"]}')
    expect(readStored(favouritesKey)).toEqual({ bijie: [{ kind: 'item', id: 'bj-073', savedAt: 0 }] })
    expect(JSON.parse(JSON.parse(window.localStorage.getItem('rsbszn.favourites')!).data).v).toBe(3)
  })

  test('a full storage keeps the value in memory and tells the citizen once', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError')
    })
    try {
      const store = createPersistentStore(favouritesKey)
      store.set({ hami: [{ kind: 'item', id: 'hm-013', savedAt: 1 }] })
      store.set({
        hami: [
          { kind: 'item', id: 'hm-013', savedAt: 1 },
          { kind: 'item', id: 'hm-010', savedAt: 2 },
        ],
      })
      expect(store.get().hami).toHaveLength(2)
      expect(writeStored(settingsKey, { regionId: 'hami', elderMode: null })).toBe(false)
      expect(document.querySelector('[data-testid=page-toast]')?.textContent).toContain('存储空间不足')
    } finally {
      setItem.mockRestore()
    }
  })
})
