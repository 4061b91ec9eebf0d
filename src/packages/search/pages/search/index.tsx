import { View } from '@tarojs/components'
import { useState } from 'react'
import { Cell, CellGroup } from '../../../../components/Cell'
import EmptyState from '../../../../components/EmptyState'
import HotlineButton from '../../../../components/HotlineButton'
import PageShell from '../../../../components/PageShell'
import ServiceCell from '../../../../components/ServiceCell'
import EventSearchResults from '../../../../components/life-event/EventSearchResults'
import { AnswerNotes, CalculatorCard, DepartmentCard, GapCard } from '../../../../components/SearchAnswer'
import { defaultHotline } from '../../../../domain/catalogue/queries'
import { itemPath, listPath } from '../../../../domain/routes'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { searchSpec } from '../../../../domain/routes/specs'
import { highlightSegments } from '../../../../domain/search/highlight'
import { HRSS_HOTLINE } from '../../../../domain/search/route'
import { usePageChromeHere, useRegionName, useSearchHistory, useSharedParams } from '../../../../hooks'
import { Heading, Pressable, replaceUrlQuery, SearchField } from '../../../../platform'
import { useSearchAnswer, useSuggestedTerms } from '../../hooks'
import { definePage } from '../../../../components/RegionGate'
import './index.scss'

function Chips({ words, onPick, label }: { words: string[]; onPick: (w: string) => void; label: string }) {
  return (
    <View className='chips' aria-label={label}>
      {words.map((w) => (
        <Pressable key={w} className='chip' onPress={() => onPick(w)}>
          {w}
        </Pressable>
      ))}
    </View>
  )
}

function SearchPage({ data, route: page }: PageProps<typeof searchSpec>) {
  const regionName = useRegionName()
  // A forwarded search names its region; otherwise the citizen's own.
  const { region } = data.index
  const [text, setText] = useState(() => page.params.q)
  // Forwarding sends what is typed now.
  useSharedParams({ q: text })
  const { history, remember, clear } = useSearchHistory()
  const answer = useSearchAnswer(text, data, region.id)
  const { local, others, total, nearby } = answer
  const shown = local.length + others.length
  const suggestions = useSuggestedTerms(data.search)
  const hotline = defaultHotline(region)
  const hrss = region.hotlines.find((h) => h.number === HRSS_HOTLINE.number) ?? HRSS_HOTLINE
  const nothing = shown === 0 && answer.events.length === 0
  const chrome = usePageChromeHere()

  // The query lives in the address (H5), so a reloaded or shared search shows the same results.
  const change = (q: string) => {
    setText(q)
    replaceUrlQuery({ q: q.trim() })
  }
  const submit = (q: string) => {
    change(q)
    if (q.trim()) remember(q)
  }
  const open = (regionId: string, id: string) => {
    if (text.trim()) remember(text)
    chrome.link(itemPath(regionId, id))?.()
  }

  const renderHit = (h: (typeof local)[number]) => {
    const item = h.regionId === region.id ? region.items.find((i) => i.id === h.id) : undefined
    const otherRegion = h.regionId !== region.id ? regionName(h.regionId) : undefined
    // Another region's item: its name and region, from the province index (the page has its own region's index only).
    if (!item)
      return (
        <View key={`${h.regionId}/${h.id}`} data-item-id={h.id}>
          <Cell title={h.name ?? h.id} description={<View className='tag tag--warn'>{otherRegion}的事项</View>} onPress={() => open(h.regionId, h.id)} />
        </View>
      )
    return (
      <ServiceCell
        key={h.id}
        item={item}
        segments={highlightSegments(item.name, h.nameRanges)}
        regionLabel={otherRegion ? `${otherRegion}的事项` : undefined}
        extra={
          h.field === 'alias' ? (
            <View className='muted'>常用叫法：{h.alias}</View>
          ) : h.field === 'synonym' ? (
            <View className='muted'>按“{h.alias}”找到</View>
          ) : h.field === 'related' ? (
            <View className='muted'>相关：“{h.alias}”</View>
          ) : undefined
        }
        onPress={() => open(h.regionId, h.id)}
      />
    )
  }

  return (
    <PageShell>
      <Heading level={1} className='sr-only'>
        搜索事项
      </Heading>
      <View className='search-bar'>
        <SearchField value={text} label='搜索事项' placeholder='输入事项名称、常用叫法或拼音' onChange={change} onConfirm={submit} />
        {text && (
          <Pressable className='search-bar__clear' label='清除搜索内容' onPress={() => submit('')}>
            清除
          </Pressable>
        )}
      </View>

      {!text.trim() && (
        <View>
          {history.length > 0 && (
            <CellGroup
              title='搜索历史'
              extra={
                <Pressable className='link' onPress={clear}>
                  清空
                </Pressable>
              }
            >
              <Chips label='搜索历史' words={history} onPick={submit} />
            </CellGroup>
          )}
          <CellGroup title='大家常这样搜'>
            <Chips label='推荐搜索' words={suggestions} onPick={submit} />
          </CellGroup>
        </View>
      )}

      {answer.calculators.map((c) => (
        <CalculatorCard key={c.id} calculator={c} />
      ))}
      {answer.department && <DepartmentCard answer={answer.department} />}
      {answer.lacking && <GapCard answer={answer.gap} regionName={region.name} hotline={hrss} regionHotline={hotline} />}
      <AnswerNotes notes={answer.notes} aside={answer.aside} />

      {answer.events.length > 0 && <EventSearchResults hits={answer.events} region={region} />}

      {shown > 0 && (
        <View data-testid='search-results'>
          <View className='search-count muted'>
            找到 {total} 项{total > shown ? `，显示前 ${shown} 项` : ''}
            {others.length > 0 ? `；其他地区的事项排在后面` : ''}
          </View>
          {local.length > 0 && (
            <CellGroup title={answer.lacking ? `${region.name}（当前地区）可能有帮助的事项` : `${region.name}（当前地区）`} level={2}>
              {local.map(renderHit)}
            </CellGroup>
          )}
          {local.length === 0 && (
            <View className='search-elsewhere'>当前地区（{region.name}）的目录里没有相关事项，下面是其他地区目录中的事项，可在首页切换地区。</View>
          )}
          {others.length > 0 && (
            <CellGroup title='其他地区' level={2}>
              {others.map(renderHit)}
            </CellGroup>
          )}
        </View>
      )}

      {answer.text && nothing && (
        <EmptyState title={`没有找到“${text.trim().slice(0, 20)}”相关事项`}>
          <View className='search-empty'>
            {nearby.length > 0 && (
              <CellGroup title='你可能要找' level={3}>
                {nearby.map(renderHit)}
              </CellGroup>
            )}
            <Heading level={3}>试试常用叫法</Heading>
            <Chips label='推荐搜索' words={suggestions} onPick={submit} />
            <Heading level={3}>按主题查找</Heading>
            <Chips
              label='办事主题'
              words={region.themes.map((t) => t.name)}
              onPick={(name) => chrome.link(listPath('theme', region.themes.find((t) => t.name === name)!.id, region.id))?.()}
            />
            <Heading level={3}>直接问一问</Heading>
            <HotlineButton hotline={hotline} />
          </View>
        </EmptyState>
      )}
    </PageShell>
  )
}

export default definePage(searchSpec, SearchPage)
