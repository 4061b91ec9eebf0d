import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { Cell, CellGroup } from '../../components/Cell'
import NotFound from '../../components/NotFound'
import PageShell from '../../components/PageShell'
import ServiceCell from '../../components/ServiceCell'
import { resolveList, type ListKind } from '../../domain/catalogue/queries'
import { decodeParam, itemPath } from '../../domain/routes'
import { useCatalogue, usePageChrome, useRouteParams, useVenueStatuses, type PageRoute } from '../../hooks'
import { Heading } from '../../platform'
import { withRegionData, type RegionDataPageProps } from '../../components/RegionGate'
import './index.scss'

const wants = (route: PageRoute) => ({ index: ['index', route.regionId] as const })

function ListPage({ data }: RegionDataPageProps<ReturnType<typeof wants>>) {
  const params = useRouteParams()
  const catalogue = useCatalogue()
  const { region } = data.index
  const list = useMemo(() => resolveList(catalogue, region, decodeParam(params.kind), decodeParam(params.key)), [catalogue, params.kind, params.key, region])
  const statuses = useVenueStatuses(region)
  const chrome = usePageChrome({
    title: list ? list.title : '列表不存在',
    share: () =>
      list
        ? // A list resolved, so its kind and key are the valid ones from the route.
          {
            view: { page: 'list', kind: decodeParam(params.kind) as ListKind, key: decodeParam(params.key)!, regionId: region.id },
            title: `${list.title} - ${region.name}人社办事指南`,
          }
        : { view: { page: 'home', regionId: region.id }, title: `${region.name}人社办事指南` },
  })

  if (!list) {
    return (
      <PageShell chrome={chrome}>
        <NotFound subject='list' reason='unknown-list' />
      </PageShell>
    )
  }
  return (
    <PageShell chrome={chrome}>
      <View className='block list-head'>
        <Heading level={1}>{list.title}</Heading>
        <View className='muted'>
          {region.name} · {list.items.length}项{list.description ? ` · ${list.description}` : ''}
        </View>
      </View>
      <CellGroup>
        {list.items.map((item) => {
          // Moments' single page cannot open another page: the names are listed, not offered as links.
          const open = chrome.link(itemPath(region.id, item.id))
          return open ? (
            <ServiceCell key={item.id} item={item} status={item.venueId ? statuses.get(item.venueId) : undefined} onPress={open} />
          ) : (
            <Cell key={item.id} title={item.name} description={item.unit} />
          )
        })}
      </CellGroup>
    </PageShell>
  )
}

export default withRegionData(ListPage, wants)
