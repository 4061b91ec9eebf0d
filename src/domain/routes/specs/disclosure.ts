import { noParams, pageSpec, want } from '../page-spec'

/** 政务公开目录: the region's published-information entries, with their transcriptions (all guide groups). */
export const disclosureSpec = pageSpec({
  key: 'disclosure',
  parse: noParams,
  wants: (route) => ({ index: want('index', route.regionId), groups: want('groups', route.regionId) }),
  share: (route) => ({ view: { page: 'disclosure', regionId: route.regionId }, subject: '政务公开目录' }),
})
