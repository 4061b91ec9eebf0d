import { Text, View } from '@tarojs/components'
import type { CatalogueItem, Hotline } from '../../../types/catalogue'
import type { RegionIndex } from '../../../types/generated'
import { NO_GUIDE_LABEL } from '../../domain/catalogue/queries'
import { a11y } from '../../platform'
import HotlineButton from '../HotlineButton'
import SectionCard from '../SectionCard'
import './NoGuideSection.scss'

interface NoGuideSectionProps {
  item: CatalogueItem
  region: RegionIndex
  hotline: Hotline
}

/**
 * An item that needs a 办事指南 but has none yet (its bureau's catalogue was imported without guides):
 * says so plainly, lists what the catalogue says must be published for it, and where to ask. Nothing
 * here is written by us, so nothing is sample content.
 */
export default function NoGuideSection({ item, region, hotline }: NoGuideSectionProps) {
  return (
    <View data-testid='no-guide'>
      <View className='no-guide-notice' {...a11y('note')}>
        <View className='no-guide-notice__title'>{NO_GUIDE_LABEL}</View>
        <View>{`本事项还没有办事指南：本应用只有${region.name}公开目录里的这一行，没有办理条件、材料、流程和时限。办理前请向${item.unit}咨询，或拨打下面的电话。`}</View>
      </View>
      <SectionCard title='应公开的内容（源目录所列）' testId='catalogue-contents'>
        <View className='muted no-guide-intro'>《{region.source.title}》规定本事项的办事指南要公开下列内容：</View>
        {item.contents.map((c, i) => (
          <View key={i} className='no-guide-content'>
            <Text userSelect>{`${item.contents.length > 1 ? `${i + 1}. ` : ''}${c}`}</Text>
          </View>
        ))}
      </SectionCard>
      <SectionCard title='咨询电话' testId='no-guide-hotline'>
        <HotlineButton hotline={hotline} />
      </SectionCard>
    </View>
  )
}
