/**
 * Which tab page is showing. On weapp every tab page has its own instance of the custom tab bar, so
 * the pages say when they are shown and every instance draws the same current tab.
 */
import type { TabKey } from '../domain/routes'

let current: TabKey = 'home'
const listeners = new Set<() => void>()

export const currentTab = {
  get: (): TabKey => current,
  set(next: TabKey): void {
    if (next === current) return
    current = next
    listeners.forEach((l) => l())
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
