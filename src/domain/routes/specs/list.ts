import { listOf, type ListKind } from '../../catalogue/queries'
import { decodeParam } from '../params'
import { pageSpec, want } from '../page-spec'

/** 事项列表: a theme, category or audience of the region (?kind=&key=). */
export const listSpec = pageSpec({
  key: 'list',
  parse: (raw) => ({ kind: decodeParam(raw.kind), key: decodeParam(raw.key) }),
  wants: (route) => ({ index: want('index', route.regionId) }),
  title: (route, data) => listOf(data.index.region, route.params.kind, route.params.key)?.title ?? '列表不存在',
  share: (route, data) => {
    const list = listOf(data.index.region, route.params.kind, route.params.key)
    // A list resolved, so its kind and key are the valid ones from the route.
    return list ? { view: { page: 'list', kind: route.params.kind as ListKind, key: route.params.key!, regionId: route.regionId }, subject: list.title } : null
  },
})
