import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { defaultHotline } from '../../../../domain/catalogue/queries'
import BottomActionBar, { FavouriteAction, ShareAction } from '../../../../components/BottomActionBar'
import HotlineButton from '../../../../components/HotlineButton'
// Imported where the guide page imports it, so the CSS order agrees across the subpackage.
import NotFound from '../../../../components/NotFound'
import PageShell from '../../../../components/PageShell'
import SampleNotice from '../../../../components/SampleNotice'
import SectionCard from '../../../../components/SectionCard'
import EventChecklist from '../../../../components/life-event/EventChecklist'
import EventSteps from '../../../../components/life-event/EventSteps'
import EventTimeline from '../../../../components/life-event/EventTimeline'
import { itemPath } from '../../../../domain/routes'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { lifeEventSpec } from '../../../../domain/routes/specs'
import { useCalendarLastYear, useFavourites, useNow, usePageChromeHere } from '../../../../hooks'
import { Heading } from '../../../../platform'
import { findLifeEvent, mergedChecklistOf, timelineOf } from '../../life-events'
import { definePage } from '../../../../components/RegionGate'
import './index.scss'

type Props = PageProps<typeof lifeEventSpec>

function useLifeEventRoute({ data, route }: Props) {
  return useMemo(() => {
    const parsed = route.params
    if (!parsed.ok) return parsed
    return findLifeEvent(data.index?.region, { groups: data.groups ?? [], lifeEvents: data.lifeEvents ?? null }, parsed.id)
  }, [route.params, data])
}

/** 一件事: the steps of a life event, one combined materials checklist, and when it may all be done. */
function LifeEventPage(props: Props) {
  const route = useLifeEventRoute(props)
  const files = { groups: props.data.groups ?? [], lifeEvents: props.data.lifeEvents ?? null }
  const now = useNow()
  const calendarLastYear = useCalendarLastYear()
  const favourites = useFavourites(route.ok ? route.region.id : '', 'event')

  const chrome = usePageChromeHere()

  const merged = useMemo(() => (route.ok ? mergedChecklistOf(route.region, files, route.event) : null), [route]) // eslint-disable-line react-hooks/exhaustive-deps
  // The timeline moves with the day, not the minute: recompute when the China date changes.
  const day = Math.floor((now + 8 * 3600_000) / 86_400_000)
  const timeline = useMemo(() => (route.ok ? timelineOf(route.region, files, route.event, now) : null), [route, day]) // eslint-disable-line react-hooks/exhaustive-deps

  if (!route.ok) {
    return (
      <PageShell>
        <NotFound subject='event' reason={route.reason} />
      </PageShell>
    )
  }

  const { region, event } = route
  const hotline = defaultHotline(region)
  const saved = favourites.isFavourite(event.id)
  const steps = event.steps.map((s) => {
    const item = region.items.find((i) => i.id === s.itemId)!
    return { ...s, itemName: item.name, timeLimitText: item.timeLimitText }
  })

  return (
    <PageShell withBar>
      <View className='item-head'>
        <View className='row'>
          <View className='tag tag--brand'>{region.name}</View>
          <View className='tag'>一件事一次办</View>
          {event.sample && <View className='tag tag--warn'>示例内容</View>}
        </View>
        <Heading level={1}>{event.name}</Heading>
        <View className='item-head__summary'>{event.appliesTo}</View>
        <View className='item-head__glance'>
          共 {steps.length} 步{merged ? `，材料 ${merged.documentCount} 项` : ''}
        </View>
      </View>
      {event.sample && (
        <SampleNotice>
          “一件事”把几个事项按办理顺序串起来，步骤的安排、合并的材料清单和预计日期都依据示例内容的办事指南编写，并非官方发布。办理前请拨打咨询电话或以窗口告知为准。
        </SampleNotice>
      )}
      <SectionCard title='办事步骤' sample={event.sample} testId='steps'>
        <EventSteps steps={steps} linkOf={(itemId) => chrome.link(itemPath(region.id, itemId))} />
      </SectionCard>
      {merged && (
        <SectionCard title='材料清单（合并）' sample={event.sample} testId='materials'>
          <EventChecklist eventName={event.name} merged={merged} dataVersion={region.dataVersion} />
        </SectionCard>
      )}
      {timeline && (
        <SectionCard title='预计办完时间' sample={event.sample} testId='timeline'>
          <EventTimeline timeline={timeline} calendarLastYear={calendarLastYear} />
        </SectionCard>
      )}
      <SectionCard title='咨询电话' testId='contact'>
        <HotlineButton hotline={hotline} />
      </SectionCard>
      <BottomActionBar>
        <HotlineButton hotline={hotline} variant='bar' />
        <FavouriteAction name={event.name} saved={saved} onToggle={() => favourites.toggle(event.id)} />
        <ShareAction title={event.name} />
      </BottomActionBar>
    </PageShell>
  )
}

export default definePage(lifeEventSpec, LifeEventPage)
