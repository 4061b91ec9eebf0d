import { View } from '@tarojs/components'
import { useMemo } from 'react'

import { Cell, CellGroup } from '../../components/Cell'
import ElderModeSwitch from '../../components/ElderModeSwitch'
import HotlineButton from '../../components/HotlineButton'
import LifeEventEntries from '../../components/life-event/LifeEventEntries'
import PageShell from '../../components/PageShell'
import RegionSwitch from '../../components/RegionSwitch'
import SearchEntry from '../../components/SearchEntry'
import ServiceCell from '../../components/ServiceCell'
import ThemeGrid from '../../components/ThemeGrid'
import { createCatalogue, defaultHotline, hasGuides } from '../../domain/catalogue/queries'
import { searchHints } from '../../domain/search/hints'
import { PAGES, itemPath, listPath } from '../../domain/routes'
import type { PageProps } from '../../domain/routes/page-spec'
import { homeSpec } from '../../domain/routes/specs'
import { useKnownRegions, usePageChromeHere, useRecents, useRegion, useRegionChoice, useVenueStatuses } from '../../hooks'
import { Heading, Pressable } from '../../platform'
import { definePage } from '../../components/RegionGate'
import './index.scss'

function Home({ data }: PageProps<typeof homeSpec>) {
  const { region } = data.index
  const { setRegion } = useRegion()
  const regions = useKnownRegions()
  // The note behind the asterisk the region switch puts on an inferred name (the picker shows only the current region).
  const inferred = (useRegionChoice() === 'switch' ? regions : regions.filter((r) => r.id === region.id)).find((r) => r.nameInferred)
  const { list: recents } = useRecents(region.id)
  const catalogue = useMemo(() => createCatalogue({ regions: [region] }), [region])
  const statuses = useVenueStatuses(region)
  const featured = catalogue.itemsOf(region, region.featured)
  const recentItems = catalogue
    .itemsOf(
      region,
      recents.map((r) => r.id),
    )
    .slice(0, 5)
  const hotline = defaultHotline(region)
  const chrome = usePageChromeHere()
  const guided = hasGuides(region)
  const open = (id: string) => chrome.link(itemPath(region.id, id))?.()

  return (
    <PageShell>
      <View className='home-head'>
        <View className='home-head__top'>
          <Heading level={1}>人社办事指南</Heading>
          <ElderModeSwitch />
        </View>
        <View className='home-head__region'>
          <View className='home-head__label'>当前地区</View>
          <RegionSwitch regions={regions} currentId={region.id} onChange={setRegion} />
        </View>
        {inferred && <View className='muted'>* {inferred.nameNote}</View>}
      </View>
      <SearchEntry hints={searchHints(region)} />
      <LifeEventEntries region={region} />
      <CellGroup title='算一算'>
        <Cell title='我哪年退休' description='退休年龄、退休时间、最低缴费年限' onPress={chrome.link(PAGES.retirement)} />
        <Cell title='失业保险金能领几个月' description='按累计缴费年数' onPress={chrome.link(PAGES.unemploymentBenefit)} />
      </CellGroup>
      {region.themes.length > 0 && (
        <CellGroup title='办事主题'>
          <ThemeGrid themes={region.themes} onPress={(id) => chrome.link(listPath('theme', id, region.id))?.()} />
        </CellGroup>
      )}
      {featured.length > 0 && (
        <CellGroup title='常用服务' footer='常用服务为编辑挑选，不是办理量统计。'>
          {featured.map((item) => (
            <ServiceCell key={item.id} item={item} status={item.venueId ? statuses.get(item.venueId) : undefined} onPress={() => open(item.id)} />
          ))}
        </CellGroup>
      )}
      {!guided && (
        <CellGroup title='本地区事项'>
          <View className='block' data-testid='catalogue-only'>
            本地区目前只有政务公开目录，还没有办事指南。可以在“分类”里按目录浏览全部 {region.items.length} 项，或搜索事项名称；
            每项显示目录所列的公开内容、依据、责任单位和渠道，办理前请电话咨询。
          </View>
        </CellGroup>
      )}
      {recentItems.length > 0 && (
        <CellGroup
          title='最近浏览'
          extra={
            <Pressable className='link' label='全部最近浏览' onPress={() => chrome.link(PAGES.mine)?.()}>
              全部
            </Pressable>
          }
        >
          {recentItems.map((item) => (
            <ServiceCell key={item.id} item={item} onPress={() => open(item.id)} />
          ))}
        </CellGroup>
      )}
      <CellGroup title='咨询电话'>
        <HotlineButton hotline={hotline} />
      </CellGroup>
      <View className='home-source muted'>
        数据来源：《{region.source.title}》（{region.source.publisher}
        {region.source.date ? `，${region.source.date}年` : '，未注明日期'}）。事项目录照录源文件；
        {guided ? '办事指南为示例内容，办理前请电话确认。' : '本地区暂无办事指南，办理前请电话咨询。'}
      </View>
    </PageShell>
  )
}

export default definePage(homeSpec, Home)
