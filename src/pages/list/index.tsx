import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import { CellGroup } from '../../components/Cell'
import EmptyState from '../../components/EmptyState'
import PageShell from '../../components/PageShell'
import ServiceCell from '../../components/ServiceCell'
import { resolveList } from '../../domain/catalogue/queries'
import { decodeParam, itemPath, PAGES } from '../../domain/routes'
import { useCatalogue, useRegion, useRouteParams, useVenueStatuses } from '../../hooks'
import { Heading, Pressable } from '../../platform'
import { withRegionData } from '../../components/RegionGate'
import { PAGE_DATA } from '../../domain/routes/page-data'
import './index.scss'

function ListPage() {
  const params = useRouteParams()
  const { region: current } = useRegion()
  const catalogue = useCatalogue()
  const region = catalogue.findRegion(decodeParam(params.region)) ?? current
  const list = useMemo(() => resolveList(catalogue, region, decodeParam(params.kind), decodeParam(params.key)), [catalogue, params.kind, params.key, region])
  const statuses = useVenueStatuses(region)

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: list ? list.title : '列表不存在' }).catch(() => undefined)
  }, [list])

  if (!list) {
    return (
      <PageShell>
        <EmptyState title='这个列表不存在或已调整'>
          <Pressable className='button button--primary' onPress={() => Taro.reLaunch({ url: PAGES.home })}>
            返回首页
          </Pressable>
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
      <CellGroup>
        {list.items.map((item) => (
          <ServiceCell key={item.id} item={item} status={item.venueId ? statuses.get(item.venueId) : undefined} onPress={() => Taro.navigateTo({ url: itemPath(region.id, item.id) })} />
        ))}
      </CellGroup>
    </PageShell>
  )
}

export default withRegionData(ListPage, PAGE_DATA.region)
