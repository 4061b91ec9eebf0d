import { View } from '@tarojs/components'
import { useDeferredValue, useRef, type ComponentType } from 'react'
import { fromEntries } from '../../domain/collections'
import { OUTDATED_NOTICE, type RegionDataError } from '../../domain/region-data/source'
import type { AnyPageSpec, PageProps, Wants } from '../../domain/routes/page-spec'
import {
  PageChromeContext,
  useBundledRegions,
  useFirstContent,
  useKeepRegionOffline,
  usePageChrome,
  usePageRoute,
  useRegion,
  useRegionData,
  useRegionDataControls,
  useRegionFromLink,
  type Loadable,
} from '../../hooks'
import { a11y, Pressable } from '../../platform'
import PageShell from '../PageShell'
import './index.scss'
import PhoneText from '../PhoneText'

/** What went wrong with 重试 (and, for a region that cannot load, a way to the regions shipped with the app). */
function RegionDataFailure({ error, regionId }: { error: RegionDataError; regionId: string }) {
  const bundled = useBundledRegions()
  const { setRegion } = useRegion()
  const { retry } = useRegionDataControls()
  const fallback = bundled.find((r) => r.id !== regionId)
  return (
    <View className='region-state' {...a11y('alert')} data-testid='region-error'>
      <View className='region-state__message'>{error.citizenMessage}</View>
      <View className='region-state__actions'>
        {error.retryable && (
          <Pressable className='button button--primary' onPress={retry} testId='region-retry'>
            重试
          </Pressable>
        )}
        {fallback && (
          <Pressable className='button button--plain' onPress={() => setRegion(fallback.id)}>
            改看{fallback.name}
          </Pressable>
        )}
      </View>
      <View className='muted'>
        <PhoneText text='也可以拨打全国人社服务热线 12333 咨询。' />
      </View>
    </View>
  )
}

/** The shared boundary: a calm loading line, or the failure with 重试; never blank. */
export function RegionDataState({ error, regionId }: { error?: RegionDataError; regionId: string }) {
  if (error) return <RegionDataFailure error={error} regionId={regionId} />
  return (
    <View className='region-state' {...a11y('status')} data-testid='region-loading'>
      正在载入地区数据……
    </View>
  )
}

/** The line above a page whose data is past its expiry date (still used, offline too). */
export function OutdatedNotice(): JSX.Element | null {
  return useRegionDataControls().outdated ? (
    <View className='region-state__outdated muted' data-testid='region-outdated'>
      {OUTDATED_NOTICE}
    </View>
  ) : null
}

/**
 * A page from its spec (domain/routes/page-spec.ts): the route parsed once and its region decided
 * once (usePageRoute), the spec's wants loaded (the first stage, then `more` from it), the chrome and
 * share menu from the spec (usePageChrome), and the page rendered with `{ route, data }` once all of
 * it is in memory. Until then the shared boundary shows loading, or the failure with 重试, inside the
 * page's shell (its way back or home is there from the start). A page with no wants renders at once.
 */
export function definePage<S extends AnyPageSpec>(spec: S, Page: ComponentType<PageProps<S>>): ComponentType {
  function SpecPage() {
    const route = usePageRoute(spec)
    useRegionFromLink(route, Boolean(spec.tab))
    const first = useRegionData((spec.wants?.(route) ?? NONE) as Wants)
    const firstReady = Object.values(first).every((s) => s.status === 'ready')
    const second = useRegionData((firstReady && spec.more ? spec.more(route, valuesOf(first)) : NONE) as Wants)
    const states = { ...first, ...second }
    const entries = Object.values(states)
    const failed = entries.find((s) => s.status === 'error')
    const allReady = firstReady && entries.every((s) => s.status === 'ready')
    useKeepRegionOffline(route.regionId, allReady)
    // Data that lands after the first render shows the page through a deferred (transition) render,
    // which React splits into slices of a few milliseconds: a long guide or home page then renders
    // without one long task that blocks a tap (H5 total blocking time). Data already in memory
    // renders at once: useDeferredValue returns its first value as it is.
    const shown = useDeferredValue(allReady) && allReady
    const data = useSameWhileEqual(shown ? valuesOf(states) : null)
    const chrome = usePageChrome(spec, route, data)
    useFirstContent(shown)
    return (
      <PageChromeContext.Provider value={chrome}>
        {data ? (
          <>
            <OutdatedNotice />
            <Page data={data as PageProps<S>['data']} route={route as PageProps<S>['route']} />
          </>
        ) : (
          <PageShell>
            <RegionDataState error={failed?.status === 'error' ? failed.error : undefined} regionId={route.regionId} />
          </PageShell>
        )}
      </PageChromeContext.Provider>
    )
  }
  SpecPage.displayName = `definePage(${Page.displayName ?? Page.name})`
  return SpecPage
}

const NONE: Wants = {}

/** The previous object while its values are the same ones (a page's memos then keep their results across renders). */
function useSameWhileEqual(values: Record<string, unknown> | null): Record<string, unknown> | null {
  const kept = useRef(values)
  const prev = kept.current
  const same =
    prev === values ||
    (prev !== null && values !== null && Object.keys(prev).length === Object.keys(values).length && Object.keys(values).every((k) => prev[k] === values[k]))
  if (!same) kept.current = values
  return kept.current
}

function valuesOf(states: Record<string, Loadable<unknown>>): Record<string, unknown> {
  return fromEntries(Object.entries(states).map(([name, s]) => [name, s.status === 'ready' ? s.value : undefined]))
}
