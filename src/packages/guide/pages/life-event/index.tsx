import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import { defaultHotline } from '../../../../domain/catalogue/queries'
import BottomActionBar from '../../../../components/BottomActionBar'
import HotlineButton from '../../../../components/HotlineButton'
// Imported where the guide page imports ItemNotFound, so the CSS order agrees across the subpackage.
import EventNotFound from '../../../../components/life-event/EventNotFound'
import PageShell from '../../../../components/PageShell'
import SampleNotice from '../../../../components/SampleNotice'
import SectionCard from '../../../../components/SectionCard'
import EventChecklist from '../../../../components/life-event/EventChecklist'
import EventSteps from '../../../../components/life-event/EventSteps'
import EventTimeline from '../../../../components/life-event/EventTimeline'
import { itemPath, lifeEventPath, PAGES, parseLifeEventParams, query } from '../../../../domain/routes'
import { useCalendarLastYear, useCatalogue, useFavourites, useNow, type PageRoute } from '../../../../hooks'
import { Heading, isFirstPage, isSinglePageMode, Pressable, ShareButton } from '../../../../platform'
import { findLifeEvent, mergedChecklistOf, timelineOf } from '../../life-events'
import { withRegionData, type RegionDataPageProps } from '../../../../components/RegionGate'
import './index.scss'

/** The region's index, guide groups and 一件事 file (the link's region; a broken link: none of it). */
const wants = (route: PageRoute) =>
  route.linkBroken
    ? { index: null, groups: null, lifeEvents: null }
    : { index: ['index', route.regionId] as const, groups: ['groups', route.regionId] as const, lifeEvents: ['lifeEvents', route.regionId] as const }
type Props = RegionDataPageProps<ReturnType<typeof wants>>

function useLifeEventRoute({ data, route }: Props) {
  return useMemo(() => {
    const parsed = parseLifeEventParams(route.params)
    if (!parsed.ok) return parsed
    return findLifeEvent(data.index?.region, { groups: data.groups ?? [], lifeEvents: data.lifeEvents ?? null }, parsed.id)
  }, [route.params, data])
}

/** 一件事: the steps of a life event, one combined materials checklist, and when it may all be done. */
function LifeEventPage(props: Props) {
  const route = useLifeEventRoute(props)
  const files = { groups: props.data.groups ?? [], lifeEvents: props.data.lifeEvents ?? null }
  const now = useNow()
  const catalogue = useCatalogue()
  const calendarLastYear = useCalendarLastYear()
  const favourites = useFavourites(route.ok ? route.region.id : '', 'event')

  useShareAppMessage(() => (route.ok ? { title: `${route.event.name} - 一件事一次办`, path: lifeEventPath(route.region.id, route.event.id) } : { title: '人社办事指南', path: PAGES.home }))
  useShareTimeline(() => (route.ok ? { title: `${route.event.name} - ${route.region.name}人社办事指南`, query: query({ region: route.region.id, id: route.event.id }) } : { title: '人社办事指南' }))

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: route.ok ? route.event.name.slice(0, 16) : '这件事不存在' }).catch(() => undefined)
  }, [route])

  const merged = useMemo(() => (route.ok ? mergedChecklistOf(route.region, files, route.event) : null), [route]) // eslint-disable-line react-hooks/exhaustive-deps
  // The timeline moves with the day, not the minute: recompute when the China date changes.
  const day = Math.floor((now + 8 * 3600_000) / 86_400_000)
  const timeline = useMemo(() => (route.ok ? timelineOf(route.region, files, route.event, now) : null), [route, day]) // eslint-disable-line react-hooks/exhaustive-deps

  const cold = useMemo(() => isFirstPage(), [])
  const singlePage = useMemo(() => isSinglePageMode(), [])

  if (!route.ok) {
    return (
      <PageShell>
        <EventNotFound reason={route.reason} />
      </PageShell>
    )
  }

  const { region, event } = route
  const hotline = defaultHotline(region)
  const saved = favourites.isFavourite(event.id)
  const steps = event.steps.map((s) => {
    const item = catalogue.findItem(s.itemId)!
    return { ...s, itemName: item.name, timeLimitText: item.timeLimitText }
  })

  return (
    <PageShell withBar>
      {cold && !singlePage && (
        <Pressable className='item-home' onPress={() => Taro.reLaunch({ url: PAGES.home })} testId='back-home'>
          ‹ 返回首页
        </Pressable>
      )}
      {singlePage && <View className='item-single'>在朋友圈中打开，部分功能不可用；点击底部“前往小程序”查看完整内容。</View>}
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
        <EventSteps steps={steps} onOpen={(itemId) => Taro.navigateTo({ url: itemPath(region.id, itemId) })} />
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
        <Pressable role='switch' checked={saved} className='action-bar__side' label={saved ? `取消收藏 ${event.name}` : `收藏 ${event.name}`} onPress={() => favourites.toggle(event.id)} testId='favourite'>
          <View aria-hidden>{saved ? '★' : '☆'}</View>
          <View>{saved ? '已收藏' : '收藏'}</View>
        </Pressable>
        <ShareButton className='action-bar__side' title={event.name}>
          <View aria-hidden>↗</View>
          <View>分享</View>
        </ShareButton>
      </BottomActionBar>
    </PageShell>
  )
}

export default withRegionData(LifeEventPage, wants)
