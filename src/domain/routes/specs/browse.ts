import { noParams, pageSpec, want } from '../page-spec'

/** 分类: the region's themes, audiences, categories and 公开目录. */
export const browseSpec = pageSpec({
  key: 'browse',
  tab: 'browse',
  parse: noParams,
  wants: (route) => ({ index: want('index', route.regionId) }),
  share: (route) => ({ view: { page: 'browse', regionId: route.regionId }, subject: '分类浏览' }),
})
