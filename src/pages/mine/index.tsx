import { View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { Cell, CellGroup } from '../../components/Cell'
import ElderModeSwitch from '../../components/ElderModeSwitch'
import EmptyState from '../../components/EmptyState'
import PageShell from '../../components/PageShell'
import ServiceCell from '../../components/ServiceCell'
import SavedLifeEvents from '../../components/life-event/SavedLifeEvents'
import { progressOfIds } from '../../domain/checklist'
import { createCatalogue } from '../../domain/catalogue/queries'
import { PAGES, itemPath } from '../../domain/routes'
import type { PageProps } from '../../domain/routes/page-spec'
import { mineSpec } from '../../domain/routes/specs'
import { useFavourites, usePageChromeHere, useRecents, useStorageWarning, useStoredTicks } from '../../hooks'
import { Heading, Pressable } from '../../platform'
import { definePage } from '../../components/RegionGate'
import './index.scss'
import PhoneText from '../../components/PhoneText'
import { numbersInUse } from '../../domain/phone'

/** A clear-all action that asks once, inline (no pop-up). */
function ClearAll({ what, onClear }: { what: string; onClear: () => void }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <Pressable className='link mine-clear' onPress={() => setAsking(true)}>
        清空{what}
      </Pressable>
    )
  }
  return (
    <View className='row'>
      <Pressable
        className='button button--quiet mine-clear__confirm'
        label={`确认清空${what}`}
        onPress={() => {
          onClear()
          setAsking(false)
        }}
      >
        确认清空
      </Pressable>
      <Pressable className='link mine-clear' onPress={() => setAsking(false)}>
        取消
      </Pressable>
    </View>
  )
}

function Mine({ data }: PageProps<typeof mineSpec>) {
  const { region } = data.index
  const catalogue = useMemo(() => createCatalogue({ regions: [region] }), [region])
  const chrome = usePageChromeHere()
  const favourites = useFavourites(region.id)
  const recents = useRecents(region.id)
  const ticksOf = useStoredTicks()
  const storageFailed = useStorageWarning()
  const open = (id: string) => chrome.link(itemPath(region.id, id))?.()
  const savedItems = catalogue.itemsOf(
    region,
    favourites.list.map((f) => f.id),
  )
  const recentItems = catalogue.itemsOf(
    region,
    recents.list.map((r) => r.id),
  )

  return (
    <PageShell>
      <View className='block mine-head'>
        <Heading level={1}>我的 · {region.name}</Heading>
        <ElderModeSwitch />
        <View className='muted'>长辈模式：字更大、按钮更大、行距更宽，所有页面都生效。</View>
      </View>
      {storageFailed && <View className='mine-warning'>手机存储空间不足：本次的收藏和材料清单可以使用，但可能无法保存到下次打开。</View>}

      <CellGroup title={`我的收藏（${savedItems.length}）`} extra={savedItems.length > 0 && <ClearAll what='收藏' onClear={favourites.clear} />}>
        {savedItems.length === 0 ? (
          <EmptyState title='还没有收藏'>在办事指南页点“收藏”，常办的事项就会出现在这里。</EmptyState>
        ) : (
          savedItems.map((item) => {
            const p = item.guideId ? progressOfIds(ticksOf(item.guideId), item.materialIds) : null
            return (
              <ServiceCell
                key={item.id}
                item={item}
                onPress={() => open(item.id)}
                onRemove={() => favourites.remove(item.id)}
                extra={
                  p && p.total > 0 ? (
                    <View className={`tag ${p.done === p.total ? 'tag--brand' : ''}`}>
                      已备 {p.done}/{p.total}
                    </View>
                  ) : undefined
                }
              />
            )
          })
        )}
      </CellGroup>

      <SavedLifeEvents region={region} />

      <CellGroup
        title={`最近浏览（${recentItems.length}）`}
        extra={recentItems.length > 0 && <ClearAll what='浏览记录' onClear={recents.clear} />}
        footer='最多保留最近浏览的30项。'
      >
        {recentItems.length === 0 ? (
          <EmptyState title='还没有浏览记录' />
        ) : (
          recentItems.map((item) => <ServiceCell key={item.id} item={item} onPress={() => open(item.id)} onRemove={() => recents.remove(item.id)} />)
        )}
      </CellGroup>

      <CellGroup title='隐私'>
        <Cell title='隐私说明' description='保存了什么（都只在这台手机上）、用到哪些微信功能' onPress={() => chrome.link(PAGES.privacy)?.()} />
      </CellGroup>

      <CellGroup title='关于数据'>
        {catalogue.regions.map((r) => (
          <View key={r.id} className='block mine-about'>
            <View className='mine-about__name'>
              {r.name}
              {r.nameInferred ? '（名称为推定）' : ''}
            </View>
            <View className='muted'>
              《{r.source.title}》，{r.source.publisher}，{r.source.date ? `${r.source.date}年` : '未注明日期'}，共 {r.source.rowCount} 项；数据版本{' '}
              {r.dataVersion}。
            </View>
            {r.nameNote && <View className='muted'>{r.nameNote}</View>}
          </View>
        ))}
        <View className='block muted'>
          事项名称、分类、公开依据、责任单位、渠道等照录政务公开目录；办事指南（条件、材料、流程、时限、地点）为示例内容，办理前请拨打咨询电话确认。
        </View>
        <View className='block muted' data-testid='numbers-in-use'>
          本应用只使用以下电话号码：
          {numbersInUse(catalogue.regions).map((n, i) => (
            <View key={n.number}>
              {i + 1}. {n.label} <PhoneText text={n.number} />
            </View>
          ))}
        </View>
      </CellGroup>
    </PageShell>
  )
}

export default definePage(mineSpec, Mine)
