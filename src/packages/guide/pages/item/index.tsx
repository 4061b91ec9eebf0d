import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import BottomActionBar from '../../../../components/BottomActionBar'
import HotlineButton from '../../../../components/HotlineButton'
import ItemNotFound from '../../../../components/ItemNotFound'
import OfficeStatusBadge from '../../../../components/OfficeStatusBadge'
import PageShell from '../../../../components/PageShell'
import { SampleFigure } from '../../../../components/SampleMark'
import SampleNotice from '../../../../components/SampleNotice'
import GuideSections from '../../../../components/guide/GuideSections'
import PublicationFacts from '../../../../components/guide/PublicationFacts'
import { itemHotline, KIND_LABELS } from '../../../../domain/catalogue/queries'
import { itemPath, PAGES, query } from '../../../../domain/routes'
import { useFavourites, useRecordView } from '../../../../hooks'
import { Heading, isFirstPage, isSinglePageMode, Pressable, ShareButton } from '../../../../platform'
import { useServiceGuide } from '../../hooks'
import { withRegionData } from '../../../../components/RegionGate'
import { PAGE_DATA } from '../../../../domain/routes/page-data'
import './index.scss'

/** The service-guide page (服务指南) of any item; 公开目录 entries show their publication facts. */
function ServiceGuidePage() {
  const route = useServiceGuide()
  const regionId = route.ok ? route.region.id : ''
  const favourites = useFavourites(regionId)
  useRecordView(route.ok ? route.region.id : null, route.ok ? route.summary.id : null)

  useShareAppMessage(() =>
    route.ok ? { title: route.summary.name, path: itemPath(route.region.id, route.summary.id) } : { title: '人社办事指南', path: PAGES.home },
  )
  useShareTimeline(() => (route.ok ? { title: `${route.summary.name} - ${route.region.name}人社办事指南`, query: query({ region: route.region.id, id: route.summary.id }) } : { title: '人社办事指南' }))

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: route.ok ? route.summary.name.slice(0, 16) : '事项不存在' }).catch(() => undefined)
  }, [route])

  const cold = useMemo(() => isFirstPage(), [])
  const singlePage = useMemo(() => isSinglePageMode(), [])
  const home = cold && !singlePage && (
    <Pressable className='item-home' onPress={() => Taro.reLaunch({ url: PAGES.home })} testId='back-home'>
      ‹ 返回首页
    </Pressable>
  )

  if (!route.ok) {
    return (
      <PageShell>
        <ItemNotFound reason={route.reason} />
      </PageShell>
    )
  }

  const { region, summary, details, original, guide, times } = route
  const { status } = times
  const hotline = itemHotline(region, details.hotline)
  const saved = favourites.isFavourite(summary.id)

  return (
    <PageShell withBar>
      {home}
      {singlePage && <View className='item-single'>在朋友圈中打开，部分功能不可用；点击底部“前往小程序”查看完整办事指南。</View>}
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
            {summary.timeLimitText && (
              <SampleFigure label='办理时限' sample={summary.timeLimitSample}>
                {summary.timeLimitText}
              </SampleFigure>
            )}
            {status && (
              <SampleFigure label='办公时间' sample={status.sample}>
                <OfficeStatusBadge status={status} />
              </SampleFigure>
            )}
          </View>
        )}
        <View className='muted'>
          来源：《{region.source.title}》第 {details.row} 项
        </View>
      </View>
      {original && <View className='item-duplicate'>源目录第 {details.row} 项与第 {original.row} 项内容相同（源文件重复），两项共用下面的办事指南。</View>}
      {guide?.sample && <SampleNotice />}
      {guide ? (
        <GuideSections item={details} guide={guide} guideId={summary.guideId!} region={region} times={times} />
      ) : (
        <View className='section-card'>
          <Heading level={2}>公开内容</Heading>
          <View className='muted item-disclosure-note'>本项是政务公开目录中的公开事项，不是需要办理的服务；下列内容由责任单位在指定栏目公开。</View>
          {details.contents.map((c, i) => (
            <View key={i} className='item-disclosure-content'>
              {details.contents.length > 1 ? `${i + 1}. ` : ''}
              {c}
            </View>
          ))}
        </View>
      )}
      <PublicationFacts item={details} region={region} showContents={Boolean(guide)} />
      <BottomActionBar>
        <HotlineButton hotline={hotline} variant='bar' />
        <Pressable role='switch' checked={saved} className='action-bar__side' label={saved ? `取消收藏 ${summary.name}` : `收藏 ${summary.name}`} onPress={() => favourites.toggle(summary.id)} testId='favourite'>
          <View aria-hidden>{saved ? '★' : '☆'}</View>
          <View>{saved ? '已收藏' : '收藏'}</View>
        </Pressable>
        <ShareButton className='action-bar__side' title={summary.name}>
          <View aria-hidden>↗</View>
          <View>分享</View>
        </ShareButton>
      </BottomActionBar>
    </PageShell>
  )
}

export default withRegionData(ServiceGuidePage, PAGE_DATA.item)
