import type { RegionIndex } from '../../../types/generated'
import { hasGuides } from '../../domain/catalogue/queries'
import { eligibilityPath, lifeEventPath } from '../../domain/routes'
import { usePageLink } from '../../hooks'
import { Cell, CellGroup } from '../Cell'

/** Home's entry block: the region's life events (一件事) and 我能办什么; nothing for a region without guides. */
export default function LifeEventEntries({ region }: { region: RegionIndex }) {
  const link = usePageLink()
  if (!hasGuides(region)) return null
  // A region whose guides are still being written may have no 一件事 yet: then only 我能办什么.
  const events = region.lifeEvents.length > 0
  return (
    <CellGroup
      title={events ? '一件事一次办' : '我能办什么'}
      footer={events ? '把一件事要办的几个事项串起来：步骤、合并的材料清单、预计办完的日期（示例内容）。' : undefined}
    >
      {region.lifeEvents.map((e) => (
        <Cell key={e.id} title={e.name} extra={`${e.stepItemIds.length}步`} onPress={link(lifeEventPath(region.id, e.id))} />
      ))}
      <Cell title='我能办什么' description='回答几个简单问题，看看哪些事项可能适用' onPress={link(eligibilityPath(region.id))} />
    </CellGroup>
  )
}
