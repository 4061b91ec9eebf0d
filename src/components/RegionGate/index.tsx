import { View } from '@tarojs/components'
import type { ComponentType } from 'react'
import type { PagePath } from '../../domain/routes/page-data'
import { useBundledRegions, usePageDataNeeds, useRegion, useRegionGate, type RegionNeeds } from '../../hooks'
import { a11y, Pressable } from '../../platform'
import PageShell from '../PageShell'
import './index.scss'

/**
 * A page whose region data is not in memory yet: a calm loading line, or what went wrong with 重试
 * (and, for a remote region that cannot load, a way to the regions shipped with the app). Never blank.
 */
function RegionDataState({ needs }: { needs: RegionNeeds }) {
  const state = useRegionGate(needs)
  const bundled = useBundledRegions()
  const { setRegion } = useRegion()
  if (state.status !== 'error') {
    return (
      <View className='region-state' {...a11y('status')} data-testid='region-loading'>
        正在载入地区数据……
      </View>
    )
  }
  const fallback = bundled.find((r) => r.id !== state.regionId)
  return (
    <View className='region-state' {...a11y('alert')} data-testid='region-error'>
      <View className='region-state__message'>{state.message}</View>
      <View className='region-state__actions'>
        {state.retryable && (
          <Pressable className='button button--primary' onPress={state.retry} testId='region-retry'>
            重试
          </Pressable>
        )}
        {fallback && (
          <Pressable className='button button--plain' onPress={() => setRegion(fallback.id)}>
            改看{fallback.name}
          </Pressable>
        )}
      </View>
      <View className='muted'>也可以拨打全国人社服务热线 12333 咨询。</View>
    </View>
  )
}

/**
 * Wraps a page so it renders only once the data it needs is in memory: bundled data is there at once,
 * remote data is downloaded, verified and cached first. What a page needs follows from its path and
 * route (PAGE_DATA_OF in domain/routes/page-data.ts).
 */
export function withRegionData<P extends object>(Page: ComponentType<P>, page: PagePath): ComponentType<P> {
  function RegionDataPage(props: P) {
    const wanted = usePageDataNeeds(page)
    const state = useRegionGate(wanted)
    if (state.status === 'ready') return <Page {...props} />
    return (
      <PageShell>
        <RegionDataState needs={wanted} />
      </PageShell>
    )
  }
  RegionDataPage.displayName = `withRegionData(${Page.displayName ?? Page.name})`
  return RegionDataPage
}
