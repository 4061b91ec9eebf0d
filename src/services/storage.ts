/**
 * Taro storage behind the versioned schemas of domain/storage. Reading never crashes the app: a bad
 * value is reset with one log line. A failed write (storage full) keeps the value in memory for this
 * session and tells the citizen once.
 */
import Taro from '@tarojs/taro'
import { decodeStored, encodeStored, mayOverwrite, type StoredKeyDefinition } from '../domain/storage'
import { toast } from '../platform'

let writeFailedOnce = false
const writeFailureListeners = new Set<() => void>()

export function hasWriteFailed(): boolean {
  return writeFailedOnce
}

export function onWriteFailure(listener: () => void): () => void {
  writeFailureListeners.add(listener)
  return () => writeFailureListeners.delete(listener)
}

function reportWriteFailure(key: string, error: unknown): void {
  console.warn(`[storage] could not save ${key}: ${(error as Error)?.message ?? error}`)
  if (writeFailedOnce) return
  writeFailedOnce = true
  toast('手机存储空间不足，收藏和清单本次可用，但可能无法保存')
  writeFailureListeners.forEach((l) => l())
}

/** For tests: forget that a write failed. */
export function resetWriteFailure(): void {
  writeFailedOnce = false
}

/** Reads a key. `writable` is false when the stored value belongs to a newer release and must stay. */
export function readStoredValue<T>(def: StoredKeyDefinition<T>): { value: T; writable: boolean } {
  let raw: unknown
  try {
    raw = Taro.getStorageSync(def.key)
  } catch (error) {
    console.warn(`[storage] could not read ${def.key}: ${(error as Error)?.message ?? error}`)
    return { value: def.initial(), writable: true }
  }
  const result = decodeStored(def, raw)
  if (!mayOverwrite(result.problem)) {
    console.warn(`[storage] ${def.key} was written by a newer version of the app; kept as it is, and this session's changes stay in memory`)
    return { value: result.value, writable: false }
  }
  if (result.problem) {
    console.warn(`[storage] ${def.key} was ${result.problem}; reset to its initial value`)
    writeStored(def, result.value)
  } else if (result.migratedFrom !== undefined) {
    writeStored(def, result.value)
  }
  return { value: result.value, writable: true }
}

export function readStored<T>(def: StoredKeyDefinition<T>): T {
  return readStoredValue(def).value
}

export function writeStored<T>(def: StoredKeyDefinition<T>, value: T): boolean {
  try {
    Taro.setStorageSync(def.key, encodeStored(def, value))
    return true
  } catch (error) {
    reportWriteFailure(def.key, error)
    return false
  }
}

export interface PersistentStore<T> {
  get(): T
  set(next: T): void
  subscribe(listener: () => void): () => void
  /** Forgets the cached value so the next read comes from storage again, and tells subscribers. */
  reload(): void
}

/**
 * One shared, observable value per key, so every page sees the same favourites. `repair` runs once on
 * first read (e.g. pruning ids the catalogue no longer has) and is saved back quietly if it changed.
 */
/** Every store made so far (a store is made when its module loads), for reloadAllStores. */
const allStores = new Set<PersistentStore<unknown>>()

/** Re-reads every store from storage (after storage changed underneath the app). */
export function reloadAllStores(): void {
  allStores.forEach((store) => store.reload())
}

export function createPersistentStore<T>(def: StoredKeyDefinition<T>, repair?: (value: T) => T): PersistentStore<T> {
  let value: T | undefined
  // False while the stored value belongs to a newer release: changes then live in memory only.
  let writable = true
  const listeners = new Set<() => void>()
  const store: PersistentStore<T> = {
    get() {
      if (value === undefined) {
        const read = readStoredValue(def)
        writable = read.writable
        value = repair ? repair(read.value) : read.value
        if (writable && value !== read.value && JSON.stringify(value) !== JSON.stringify(read.value)) writeStored(def, value)
      }
      return value
    },
    set(next) {
      // Read first, so a newer release's stored value is known (and kept) before anything is written.
      if (value === undefined) store.get()
      value = next
      if (writable) writeStored(def, next)
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reload() {
      value = undefined
      listeners.forEach((l) => l())
    },
  }
  allStores.add(store as PersistentStore<unknown>)
  return store
}
