import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import { Cell, CellGroup } from '../../components/Cell'
import EmptyState from '../../components/EmptyState'
import PageShell from '../../components/PageShell'
import ServiceCell from '../../components/ServiceCell'
import SinglePageNotice from '../../components/SinglePageNotice'
import { resolveList, type ListKind } from '../../domain/catalogue/queries'
import { decodeParam, itemPath, PAGES } from '../../domain/routes'
import { useCatalogue, usePageShare, useRouteParams, useSinglePageMode, useVenueStatuses, type PageRoute } from '../../hooks'
import { goToTab, Heading, hideSystemHomeButton, isFirstPage, Pressable } from '../../platform'
import { withRegionData, type RegionDataPageProps } from '../../components/RegionGate'
import './index.scss'

const wants = (route: PageRoute) => ({ index: ['index', route.regionId] as const })

function ListPage({ data }: RegionDataPageProps<ReturnType<typeof wants>>) {
  const params = useRouteParams()
  const catalogue = useCatalogue()
  const { region } = data.index
  const list = useMemo(() => resolveList(catalogue, region, decodeParam(params.kind), decodeParam(params.key)), [catalogue, params.kind, params.key, region])
  const statuses = useVenueStatuses(region)
  const singlePage = useSinglePageMode()
  // A bad link opened cold offers its own 返回首页 below, so WeChat's is hidden: one way home.
  const cold = useMemo(() => isFirstPage(), [])
  useDidShow(() => {
    if (!list && cold && !singlePage) hideSystemHomeButton()
  })
  usePageShare(() =>
    list
      ? // A list resolved, so its kind and key are the valid ones from the route.
        { view: { page: 'list', kind: decodeParam(params.kind) as ListKind, key: decodeParam(params.key)!, regionId: region.id }, title: `${list.title} - ${region.name}人社办事指南` }
      : { view: { page: 'home', regionId: region.id }, title: `${region.name}人社办事指南` },
  )

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: list ? list.title : '列表不存在' }).catch(() => undefined)
  }, [list])

  if (!list) {
    return (
      <PageShell>
        <EmptyState title='这个列表不存在或已调整'>
          {singlePage ? (
            <SinglePageNotice />
          ) : (
            <Pressable className='button button--primary' onPress={() => goToTab(PAGES.home)}>
              返回首页
            </Pressable>
          )}
        </EmptyState>
      </PageShell>
    )
  }
  return (
    <PageShell>
      <View className='block list-head'>
        <Heading level={1}>{list.title}</Heading>
        <View className='muted'>
          {region.name} · {list.items.length}项{list.description ? ` · ${list.description}` : ''}
        </View>
      </View>
      {singlePage && <SinglePageNotice />}
      <CellGroup>
        {list.items.map((item) =>
          // Moments' single page cannot open another page: the names are listed, not offered as links.
          singlePage ? (
            <Cell key={item.id} title={item.name} description={item.unit} />
          ) : (
            <ServiceCell key={item.id} item={item} status={item.venueId ? statuses.get(item.venueId) : undefined} onPress={() => Taro.navigateTo({ url: itemPath(region.id, item.id) })} />
          ),
        )}
      </CellGroup>
    </PageShell>
  )
}

export default withRegionData(ListPage, wants)
