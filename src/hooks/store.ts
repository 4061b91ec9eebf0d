import { useSyncExternalStore } from 'react'
import type { PersistentStore } from '../services/storage'

/** The value of a persistent store, re-rendering when it changes. */
export function useStore<T>(store: PersistentStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
