import { noParams, pageSpec, want } from '../page-spec'

/** 我能办什么 (?region=): the region's index, guide groups and 一件事 file; a link naming an unknown region loads nothing. */
export const eligibilitySpec = pageSpec({
  key: 'eligibility',
  parse: noParams,
  wants: (route) =>
    route.linkBroken
      ? { index: null, groups: null, lifeEvents: null }
      : { index: want('index', route.regionId), groups: want('groups', route.regionId), lifeEvents: want('lifeEvents', route.regionId) },
  // Only the region: the answers stay with the citizen.
  share: (route, data) => (data.index ? { view: { page: 'eligibility', regionId: route.regionId }, subject: '我能办什么' } : null),
})
