import { noParams, pageSpec, want } from '../page-spec'

/** 首页: the region's themes, featured services, recent items and hotline. */
export const homeSpec = pageSpec({
  key: 'home',
  tab: 'home',
  parse: noParams,
  wants: (route) => ({ index: want('index', route.regionId) }),
  share: (route) => ({ view: { page: 'home', regionId: route.regionId } }),
})
