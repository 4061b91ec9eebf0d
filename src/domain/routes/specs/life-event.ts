import type { RegionLifeEventsFile } from '../../../../types/region-data'
import { parseLifeEventParams, type LifeEventParams } from '../index'
import { pageSpec, want } from '../page-spec'

const shownEvent = (params: LifeEventParams, data: { lifeEvents?: RegionLifeEventsFile | null }) => {
  const id = params.ok ? params.id : null
  return data.lifeEvents?.events.find((e) => e.id === id)
}

/** 一件事 (?region=&id=): the region's index, its guide groups and its 一件事 file; a link naming an unknown region loads nothing. */
export const lifeEventSpec = pageSpec({
  key: 'lifeEvent',
  parse: parseLifeEventParams,
  wants: (route) =>
    !route.linkBroken
      ? { index: want('index', route.regionId), groups: want('groups', route.regionId), lifeEvents: want('lifeEvents', route.regionId) }
      : { index: null, groups: null, lifeEvents: null },
  title: (route, data) => shownEvent(route.params, data)?.name ?? '这件事不存在',
  share: (route, data) => {
    const event = shownEvent(route.params, data)
    // A friend gets the event's name; Moments, where there is no chat context, also the region.
    return event
      ? { view: { page: 'lifeEvent', regionId: route.regionId, id: event.id }, subject: event.name, friendTitle: `${event.name} - 一件事一次办` }
      : null
  },
})
