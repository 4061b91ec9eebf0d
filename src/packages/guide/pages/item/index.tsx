import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import BottomActionBar from '../../../../components/BottomActionBar'
import HotlineButton from '../../../../components/HotlineButton'
import ItemNotFound from '../../../../components/ItemNotFound'
import OfficeStatusBadge from '../../../../components/OfficeStatusBadge'
import PageShell from '../../../../components/PageShell'
import SampleNotice from '../../../../components/SampleNotice'
import SinglePageNotice from '../../../../components/SinglePageNotice'
import GuideSections from '../../../../components/guide/GuideSections'
import PublicationFacts from '../../../../components/guide/PublicationFacts'
import { KIND_LABELS } from '../../../../domain/catalogue/queries'
import { PAGES, parseItemParams } from '../../../../domain/routes'
import { useFavourites, useNow, usePageShare, useRecordView, useRouteParams, useSinglePageMode } from '../../../../hooks'
import { goToTab, Heading, hideSystemHomeButton, isFirstPage, Pressable, ShareButton } from '../../../../platform'
import { catalogue } from '../../../../services/catalogue'
import { venueOf, venueStatus } from '../../../../services/office'
import { getGuide, getItemDetails } from '../../data'
import './index.scss'

/** Resolves the route to an item, or to the reason it cannot be shown. */
function useItemRoute() {
  const params = useRouteParams()
  return useMemo(() => {
    const parsed = parseItemParams(params)
    if (!parsed.ok) return { ok: false as const, reason: parsed.reason }
    const found = catalogue.lookup(parsed.regionId, parsed.id)
    if (!found.ok) return { ok: false as const, reason: found.reason }
    const details = getItemDetails(found.item.id)
    if (!details) return { ok: false as const, reason: 'unknown-item' as const }
    return { ok: true as const, region: found.region, summary: found.item, details, guide: getGuide(found.item.guideId) }
  }, [params])
}

/** The service-guide page (服务指南) of any item; 公开目录 entries show their publication facts. */
export default function ServiceGuidePage() {
  const route = useItemRoute()
  const now = useNow()
  const regionId = route.ok ? route.region.id : ''
  const favourites = useFavourites(regionId)
  useRecordView(route.ok ? route.region.id : null, route.ok ? route.summary.id : null)

  // A friend gets the item's name; Moments, where there is no chat context, also the region.
  usePageShare(() =>
    route.ok
      ? { view: { page: 'item', regionId: route.region.id, id: route.summary.id }, title: route.summary.name, timelineTitle: `${route.summary.name} - ${route.region.name}人社办事指南` }
      : { view: { page: 'home', regionId: catalogue.regions[0].id }, title: '人社办事指南' },
  )

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: route.ok ? route.summary.name.slice(0, 16) : '事项不存在' }).catch(() => undefined)
  }, [route])

  // Opened cold (a shared link), the page's own 返回首页 is the one way home: WeChat's is hidden.
  const cold = useMemo(() => isFirstPage(), [])
  const singlePage = useSinglePageMode()
  useDidShow(() => {
    if (cold && !singlePage) hideSystemHomeButton()
  })
  const home = cold && !singlePage && (
    <Pressable className='item-home' onPress={() => goToTab(PAGES.home)} testId='back-home'>
      ‹ 返回首页
    </Pressable>
  )

  if (!route.ok) {
    return (
      <PageShell>
        <ItemNotFound reason={route.reason} singlePage={singlePage} />
      </PageShell>
    )
  }

  const { region, summary, details, guide } = route
  const hotline = region.hotlines.find((h) => h.number === details.hotline) ?? region.hotlines.find((h) => h.id === region.defaultHotlineId)!
  const venue = venueOf(region, summary.venueId)
  const status = venue ? venueStatus(venue, now) : undefined
  const saved = favourites.isFavourite(summary.id)

  return (
    <PageShell withBar>
      {home}
      {singlePage && <SinglePageNotice />}
      <View className='item-head'>
        <View className='row'>
          <View className='tag tag--brand'>{region.name}</View>
          <View className='tag'>{KIND_LABELS[summary.kind]}</View>
          <View className='tag'>{details.category}</View>
        </View>
        <Heading level={1}>{summary.name}</Heading>
        {guide && <View className='item-head__summary'>{guide.summary}</View>}
        {(summary.timeLimitText || status) && (
          <View className='item-head__glance'>
            {summary.timeLimitText && <View>办理时限：{summary.timeLimitText}</View>}
            {status && <OfficeStatusBadge status={status} />}
          </View>
        )}
        <View className='muted'>
          来源：《{region.source.title}》第 {details.row} 项
        </View>
      </View>
      {summary.duplicateOf && (
        <View className='item-duplicate'>源目录第 {details.row} 项与第 {Number(summary.duplicateOf.slice(3))} 项内容相同（源文件重复），两项共用下面的办事指南。</View>
      )}
      {guide?.sample && <SampleNotice />}
      {guide ? (
        <GuideSections item={details} guide={guide} guideId={summary.guideId!} region={region} now={now} />
      ) : (
        <View className='section-card'>
          <Heading level={2}>公开内容</Heading>
          <View className='muted item-disclosure-note'>本项是政务公开目录中的公开事项，不是需要办理的服务；下列内容由责任单位在指定栏目公开。</View>
          {details.contents.map((c, i) => (
            <Text key={i} className='item-disclosure-content' userSelect>
              {details.contents.length > 1 ? `${i + 1}. ` : ''}
              {c}
            </Text>
          ))}
        </View>
      )}
      <PublicationFacts item={details} region={region} showContents={Boolean(guide)} />
      <BottomActionBar>
        <HotlineButton hotline={hotline} variant='bar' />
        {/* Moments' single page keeps its own storage and ignores share buttons: neither is offered there. */}
        {!singlePage && (
          <Pressable role='switch' checked={saved} className='action-bar__side' label={`收藏 ${summary.name}`} onPress={() => favourites.toggle(summary.id)} testId='favourite'>
            <View aria-hidden>{saved ? '★' : '☆'}</View>
            <View>{saved ? '已收藏' : '收藏'}</View>
          </Pressable>
        )}
        {!singlePage && (
          <ShareButton className='action-bar__side' title={summary.name}>
            <View aria-hidden>↗</View>
            <View>分享</View>
          </ShareButton>
        )}
      </BottomActionBar>
    </PageShell>
  )
}
