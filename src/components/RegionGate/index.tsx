import { View } from '@tarojs/components'
import { useDeferredValue, type ComponentType } from 'react'
import { fromEntries } from '../../domain/collections'
import { OUTDATED_NOTICE, type RegionDataError } from '../../domain/region-data/source'
import {
  readyRegionData,
  useBundledRegions,
  useKeepRegionOffline,
  usePageRoute,
  useRegion,
  useRegionData,
  useRegionDataControls,
  type PageRoute,
  type ReadyData,
  type RegionDataValues,
  type RegionDataWants,
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

export type { ReadyData }

export interface RegionDataPageProps<W extends RegionDataWants> {
  data: RegionDataValues<W>
  route: PageRoute
}

/**
 * A page that receives its region data as values: `wants` names what it needs for its route (and,
 * for data that depends on other data, what is loaded already: `ready`). The page renders once all of
 * it is in memory; until then the shared boundary shows loading, or the failure with 重试.
 */
export function withRegionData<W extends RegionDataWants>(
  Page: ComponentType<RegionDataPageProps<W>>,
  wants: (route: PageRoute, ready: ReadyData) => W,
): ComponentType {
  function RegionDataPage() {
    const route = usePageRoute()
    const states = useRegionData(wants(route, readyRegionData))
    const entries = Object.values(states)
    const failed = entries.find((s) => s.status === 'error')
    const allReady = entries.every((s) => s.status === 'ready')
    useKeepRegionOffline(route.regionId, allReady)
    // Data that lands after the first render shows the page through a deferred (transition) render,
    // which React splits into slices of a few milliseconds: a long guide or home page then renders
    // without one long task that blocks a tap (H5 total blocking time). Data already in memory
    // renders at once: useDeferredValue returns its first value as it is.
    const shown = useDeferredValue(allReady)
    if (allReady && shown) {
      const data = fromEntries(Object.entries(states).map(([name, s]) => [name, s.status === 'ready' ? s.value : undefined])) as RegionDataValues<W>
      return (
        <>
          <OutdatedNotice />
          <Page data={data} route={route} />
        </>
      )
    }
    return (
      <PageShell>
        <RegionDataState error={failed?.status === 'error' ? failed.error : undefined} regionId={route.regionId} />
      </PageShell>
    )
  }
  RegionDataPage.displayName = `withRegionData(${Page.displayName ?? Page.name})`
  return RegionDataPage
}
