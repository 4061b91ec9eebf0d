import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { Cell, CellGroup } from '../../components/Cell'
import PageShell from '../../components/PageShell'
import { createCatalogue, hasGuides } from '../../domain/catalogue/queries'
import { penaltiesNote } from '../../domain/catalogue/themes'
import { disclosurePath, listPath } from '../../domain/routes'
import type { PageProps } from '../../domain/routes/page-spec'
import { browseSpec } from '../../domain/routes/specs'
import { usePageChromeHere } from '../../hooks'
import { Heading } from '../../platform'
import { definePage } from '../../components/RegionGate'
import './index.scss'

function Browse({ data }: PageProps<typeof browseSpec>) {
  const { region } = data.index
  const catalogue = useMemo(() => createCatalogue({ regions: [region] }), [region])
  const chrome = usePageChromeHere()
  const go = (url: string) => chrome.link(url)?.()
  const disclosures = catalogue.disclosureItems(region)
  return (
    <PageShell>
      <View className='block browse-head'>
        <Heading level={1}>{region.name} · 分类浏览</Heading>
        <View className='muted'>
          共 {region.items.length} 项，来自《{region.source.title}》
        </View>
      </View>
      {region.themes.length > 0 && (
        <CellGroup title='按主题'>
          {region.themes.map((t) => (
            <Cell
              key={t.id}
              title={t.name}
              description={t.description}
              extra={`${t.itemIds.length}项`}
              onPress={() => go(listPath('theme', t.id, region.id))}
            />
          ))}
        </CellGroup>
      )}
      {/* Who applies comes from the guides: a region without guides is browsed by its catalogue's own categories. */}
      {hasGuides(region) && (
        <CellGroup title='按办事对象' footer={penaltiesNote(region) ?? undefined}>
          {(['个人', '单位'] as const).map((a) => (
            <Cell key={a} title={`${a}办事`} extra={`${catalogue.applicantItems(region, a).length}项`} onPress={() => go(listPath('audience', a, region.id))} />
          ))}
        </CellGroup>
      )}
      <CellGroup title={`按目录分类（${region.source.columns.category}）`}>
        {region.categories.map((c) => (
          <Cell key={c.name} title={c.name} extra={`${c.itemIds.length}项`} onPress={() => go(listPath('category', c.name, region.id))} />
        ))}
      </CellGroup>
      <CellGroup title='公开目录' footer='机构信息、政策文件等政务公开事项，不是办事服务。'>
        <Cell
          title='政务公开目录'
          description='公开内容、栏目、更新时限、责任单位和渠道'
          extra={`${disclosures.length}项`}
          onPress={() => go(disclosurePath(region.id))}
        />
      </CellGroup>
    </PageShell>
  )
}

export default definePage(browseSpec, Browse)
