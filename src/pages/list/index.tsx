import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { Cell, CellGroup } from '../../components/Cell'
import NotFound from '../../components/NotFound'
import PageShell from '../../components/PageShell'
import ServiceCell from '../../components/ServiceCell'
import { listOf } from '../../domain/catalogue/queries'
import { itemPath } from '../../domain/routes'
import type { PageProps } from '../../domain/routes/page-spec'
import { listSpec } from '../../domain/routes/specs'
import { usePageChromeHere, useVenueStatuses } from '../../hooks'
import { Heading } from '../../platform'
import { definePage } from '../../components/RegionGate'
import './index.scss'

function ListPage({ data, route }: PageProps<typeof listSpec>) {
  const { region } = data.index
  const { kind, key } = route.params
  const list = useMemo(() => listOf(region, kind, key), [region, kind, key])
  const statuses = useVenueStatuses(region)
  const chrome = usePageChromeHere()

  if (!list) {
    return (
      <PageShell>
        <NotFound subject='list' reason='unknown-list' />
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

export default definePage(listSpec, ListPage)
