import { Text, View } from '@tarojs/components'
import BottomActionBar, { FavouriteAction, ShareAction } from '../../../../components/BottomActionBar'
import HotlineButton from '../../../../components/HotlineButton'
import NotFound from '../../../../components/NotFound'
import OfficeStatusBadge from '../../../../components/OfficeStatusBadge'
import PageShell from '../../../../components/PageShell'
import { SampleFigure } from '../../../../components/SampleMark'
import SampleNotice from '../../../../components/SampleNotice'
import GuideSections from '../../../../components/guide/GuideSections'
import NoGuideSection from '../../../../components/guide/NoGuideSection'
import PublicationFacts from '../../../../components/guide/PublicationFacts'
import { awaitsGuide, itemHotline, KIND_LABELS } from '../../../../domain/catalogue/queries'
import { calculatorForItem } from '../../../../domain/calculators/guide-links'
import { PAGES } from '../../../../domain/routes'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { itemSpec } from '../../../../domain/routes/specs'
import { useFavourites, usePageLink, useRecordView } from '../../../../hooks'
import { Heading, Pressable } from '../../../../platform'
import { useServiceGuide } from '../../hooks'
import { definePage } from '../../../../components/RegionGate'
import './index.scss'

/**
 * The service-guide page (服务指南) of any item; 公开目录 entries show their publication facts, and an
 * item whose guide is not written yet shows its catalogue row and says so.
 */
function ServiceGuidePage({ data, route: page }: PageProps<typeof itemSpec>) {
  const route = useServiceGuide(page, data)
  const regionId = route.ok ? route.region.id : ''
  const favourites = useFavourites(regionId)
  useRecordView(route.ok ? route.region.id : null, route.ok ? route.summary.id : null)

  if (!route.ok) {
    return (
      <PageShell>
        <NotFound subject='item' reason={route.reason} />
      </PageShell>
    )
  }

  const { region, summary, details, original, guide, times } = route
  const { status } = times
  const hotline = itemHotline(region, details.hotline)
  const saved = favourites.isFavourite(summary.id)

  return (
    <PageShell withBar>
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
      {original && (
        <View className='item-duplicate'>
          源目录第 {details.row} 项与第 {original.row} 项内容相同（源文件重复）{guide ? '，两项共用下面的办事指南' : ''}。
        </View>
      )}
      {guide?.sample && <SampleNotice />}
      <CalculatorLink itemId={summary.id} />
      {guide ? (
        <GuideSections item={details} guide={guide} guideId={summary.guideId!} region={region} times={times} />
      ) : awaitsGuide(summary) ? (
        <NoGuideSection item={details} region={region} hotline={hotline} />
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
        <FavouriteAction name={summary.name} saved={saved} onToggle={() => favourites.toggle(summary.id)} />
        <ShareAction title={summary.name} />
      </BottomActionBar>
    </PageShell>
  )
}

/** A guide whose citizens ask 我哪年退休 / 失业金能领几个月 links to the calculator (domain/calculators/guide-links.ts). */
function CalculatorLink({ itemId }: { itemId: string }) {
  const link = usePageLink()
  const calc = calculatorForItem(itemId)
  const open = calc ? link(PAGES[calc.calculator]) : undefined
  if (!calc || !open) return null
  return (
    <Pressable className='item-calculator link' onPress={open} testId='calculator-link'>
      {calc.text} ›
    </Pressable>
  )
}

export default definePage(itemSpec, ServiceGuidePage)
