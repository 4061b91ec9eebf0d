/**
 * Taro storage behind the versioned schemas of domain/storage. Reading never crashes the app: a bad
 * value is reset with one log line. A failed write (storage full) keeps the value in memory for this
 * session and tells the citizen once.
 */
import Taro from '@tarojs/taro'
import { decodeStored, encodeStored, type StoredKeyDefinition } from '../domain/storage'
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

export function readStored<T>(def: StoredKeyDefinition<T>): T {
  let raw: unknown
  try {
    raw = Taro.getStorageSync(def.key)
  } catch (error) {
    console.warn(`[storage] could not read ${def.key}: ${(error as Error)?.message ?? error}`)
    return def.initial()
  }
  const result = decodeStored(def, raw)
  if (result.problem) {
    console.warn(`[storage] ${def.key} was ${result.problem}; reset to its initial value`)
    writeStored(def, result.value)
  } else if (result.migratedFrom !== undefined) {
    writeStored(def, result.value)
  }
  return result.value
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
export function createPersistentStore<T>(def: StoredKeyDefinition<T>, repair?: (value: T) => T): PersistentStore<T> {
  let value: T | undefined
  const listeners = new Set<() => void>()
  return {
    get() {
      if (value === undefined) {
        const stored = readStored(def)
        value = repair ? repair(stored) : stored
        if (value !== stored && JSON.stringify(value) !== JSON.stringify(stored)) writeStored(def, value)
      }
      return value
    },
    set(next) {
      value = next
      writeStored(def, next)
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
}
