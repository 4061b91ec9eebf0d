/**
 * A page's region data by its spec, outside React: app.ts starts the launched page's data (H5 cold
 * open) beside the page's own code. The first stage now; the second (a guide's group, found in the
 * index) as soon as the first is in memory. The page wrapper asks for the same entries: they are loading or loaded.
 */
import type { AnyPageSpec, PageRoute, Wants } from '../domain/routes/page-spec'
import { loadRegionData, regionDataState, subscribeRegionStore } from './region-store'

function loadAll(wants: Wants): void {
  for (const want of Object.values(wants)) if (want) loadRegionData(want[0], want[1])
}

/** The values of `wants` once all are in memory; undefined while any is loading; null when one failed. */
function valuesOf(wants: Wants): Record<string, unknown> | undefined | null {
  const values: Record<string, unknown> = {}
  for (const [name, want] of Object.entries(wants)) {
    if (!want) continue
    const state = regionDataState(want[0], want[1])
    if (state.status === 'error') return null
    if (state.status === 'loading') return undefined
    values[name] = state.value
  }
  return values
}

export function preloadPageData(spec: AnyPageSpec, route: PageRoute): void {
  const first: Wants = spec.wants?.(route) ?? {}
  loadAll(first)
  if (!spec.more) return
  const more = (values: Record<string, unknown>) => loadAll(spec.more!(route, values))
  const now = valuesOf(first)
  if (now) return more(now)
  if (now === null) return
  const unsubscribe = subscribeRegionStore(() => {
    const values = valuesOf(first)
    if (values === undefined) return
    unsubscribe()
    if (values) more(values)
  })
}
