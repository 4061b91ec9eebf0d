import { decodeParam } from '../params'
import { pageSpec, want } from '../page-spec'

/** 搜索 (?q=&region=): the region's index and search file, and the province index (other regions, 一件事). */
export const searchSpec = pageSpec({
  key: 'search',
  parse: (raw) => ({ q: decodeParam(raw.q) ?? '' }),
  wants: (route) => ({ index: want('index', route.regionId), search: want('search', route.regionId), province: want('province', '') }),
  // The page passes what is typed now (usePageParams), so a forwarded search shows the same results.
  share: (route) => {
    const q = route.params.q.trim()
    return { view: { page: 'search', regionId: route.regionId, q }, subject: q ? `搜索“${q.slice(0, 20)}”` : '搜索事项' }
  },
})
