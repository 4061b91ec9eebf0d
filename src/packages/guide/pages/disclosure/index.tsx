import { View } from '@tarojs/components'
import PageShell from '../../../../components/PageShell'
import { itemPath } from '../../../../domain/routes'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { disclosureSpec } from '../../../../domain/routes/specs'
import { usePageChromeHere } from '../../../../hooks'
import { Heading, Pressable } from '../../../../platform'
import { useDisclosureGroups } from '../../hooks'
import { definePage } from '../../../../components/RegionGate'
import './index.scss'

/** The 公开目录: entries that are published information, not services, with what the catalogue says of them. */
function DisclosurePage({ data }: PageProps<typeof disclosureSpec>) {
  const { region } = data.index
  const chrome = usePageChromeHere()
  const cols = region.source.columns
  const groups = useDisclosureGroups(region, data.groups)

  return (
    <PageShell>
      <View className='block'>
        <Heading level={1}>{region.name} · 政务公开目录</Heading>
        <View className='muted'>以下事项由各责任单位在政府网站等渠道公开，照录《{region.source.title}》。</View>
      </View>
      {groups.map((g) => (
        <View key={g.name} className='disclosure-group'>
          <View className='disclosure-group__title'>
            <Heading level={2}>{g.name}</Heading>
          </View>
          {g.entries.map(({ id, name, details: d }) => {
            const body = (
              <View className='disclosure-entry__body'>
                <View className='disclosure-entry__name'>
                  {d.row}. {name}
                </View>
                <View>公开内容：{d.contents.join('；')}</View>
                {d.webColumn && <View className='muted'>网站公开栏目：{d.webColumn}</View>}
                <View className='muted'>
                  {cols.publicationLimit}：{d.publicationLimit}
                </View>
                <View className='muted'>
                  {cols.unit}：{d.unit}
                </View>
                <View className='muted'>公开渠道：{d.channels.join('、') || '源目录未勾选'}</View>
              </View>
            )
            // Moments' single page cannot open the entry's guide: the entry is text there, not a link.
            const open = chrome.link(itemPath(region.id, id))
            return open ? (
              <Pressable key={id} className='disclosure-entry' onPress={open}>
                {body}
              </Pressable>
            ) : (
              <View key={id} className='disclosure-entry'>
                {body}
              </View>
            )
          })}
        </View>
      ))}
    </PageShell>
  )
}

export default definePage(disclosureSpec, DisclosurePage)
