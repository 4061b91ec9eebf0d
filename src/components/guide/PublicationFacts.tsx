import { Text, View } from '@tarojs/components'
import type { CatalogueItem } from '../../../types/catalogue'
import type { RegionIndex } from '../../../types/generated'
import { Heading } from '../../platform'
import './PublicationFacts.scss'

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <View className='facts__row'>
      <View className='facts__label'>{label}</View>
      {/* Long-press selectable: numbers and addresses can be copied by hand when WeChat refuses a copy. */}
      <Text className='facts__value' userSelect>
        {children}
      </Text>
    </View>
  )
}

/** What the official catalogue row says, compactly, with its source and transcription notes. */
export default function PublicationFacts({ item, region, showContents = true }: { item: CatalogueItem; region: RegionIndex; showContents?: boolean }) {
  const cols = region.source.columns
  const audience = [item.audience.public ? '全社会' : '', item.audience.specificGroup ? `${cols.audienceGroup}：${item.audience.specificGroup}` : '']
    .filter(Boolean)
    .join('；')
  const methods = item.methods.map((m) => (m.scope ? `${m.type}（${m.scope}）` : m.type)).join('、')
  return (
    <View className='facts' data-testid='publication-facts'>
      <Heading level={2}>政务公开信息（源目录所列）</Heading>
      <View className='facts__source'>
        来源：《{region.source.title}》第 {item.row} 项
      </View>
      <Fact label={cols.category}>{item.category}</Fact>
      {showContents && <Fact label='公开内容'>{item.contents.join('；')}</Fact>}
      <Fact label='公开依据'>{item.legalBases.join('；')}</Fact>
      <Fact label={cols.unit}>{item.unit}</Fact>
      <Fact label={cols.publicationLimit}>{item.publicationLimit}</Fact>
      {item.webColumn && <Fact label='网站公开栏目'>{item.webColumn}</Fact>}
      <Fact label='公开渠道'>{item.channels.length ? item.channels.join('、') : '源目录未勾选'}</Fact>
      <Fact label='公开对象'>{audience || '未注明'}</Fact>
      <Fact label='公开方式'>{methods}</Fact>
      <Fact label='公开层级'>{`${item.levels.join('、')}${item.levelsInferred ? '（源目录未列，按发布机关推定）' : ''}`}</Fact>
      {item.hotline && <Fact label='咨询及监督举报电话'>{item.hotline}</Fact>}
      {item.sourceNotes.length > 0 && (
        <View className='facts__notes'>
          <View className='facts__notes-title'>转录说明</View>
          {item.sourceNotes.map((n, i) => (
            <View key={i} className='muted'>
              · {n.text}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
