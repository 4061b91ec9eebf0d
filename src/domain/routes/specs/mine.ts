import { noParams, pageSpec, want } from '../page-spec'

/** 我的: favourites, saved 一件事, recent items of the region, and where the data comes from. */
export const mineSpec = pageSpec({
  key: 'mine',
  tab: 'mine',
  parse: noParams,
  wants: (route) => ({ index: want('index', route.regionId) }),
  share: (route) => ({ view: { page: 'mine', regionId: route.regionId } }),
})
