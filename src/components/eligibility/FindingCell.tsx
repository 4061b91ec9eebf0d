import { View } from '@tarojs/components'
import { flatMap } from '../../domain/collections'
import type { FindingStatus, ItemFinding } from '../../domain/life-events'
import { Pressable } from '../../platform'
import './FindingCell.scss'

const QUESTION_WORDS: Record<string, string> = {
  applicant: '个人还是单位',
  situation: '现在的情况',
  groups: '是否属于指南提到的人员类别',
  family: '家人去世的情况',
}

export function StatusTag({ status, label }: { status: FindingStatus; label: string }) {
  return <View className={`tag ${status === 'may-apply' ? 'tag--brand' : 'tag--warn'} finding__status`}>{label}</View>
}

/** Why an item may apply: the guide's own lines, quoted, once each. */
export function quotesOf(finding: ItemFinding): string[] {
  return [...new Set(flatMap(finding.reasons, (r) => r.quotes))].filter(Boolean)
}

interface FindingCellProps {
  name: string
  finding: ItemFinding
  /** Opens the item's guide; undefined where nothing may open (Moments' single page). */
  onPress?: () => void
}

/** An item the answers point to, with its status and the guide's condition lines. */
export default function FindingCell({ name, finding, onPress }: FindingCellProps) {
  const quotes = quotesOf(finding)
  const body = (
    <View className='finding__body'>
      <View className='finding__name'>{name}</View>
      <View className='row'>
        <StatusTag status={finding.status} label={finding.label} />
        {finding.unsureOn.length > 0 && <View className='muted'>需要咨询确认：{finding.unsureOn.map((q) => QUESTION_WORDS[q]).join('、')}</View>}
      </View>
      {quotes.length > 0 && (
        <View className='finding__quotes'>
          <View className='muted'>指南中的条件：</View>
          {quotes.map((q, i) => (
            <View key={i} className='finding__quote'>
              「{q}」
            </View>
          ))}
        </View>
      )}
    </View>
  )
  if (!onPress) {
    return (
      <View className='finding' data-testid={`finding-${finding.itemId}`}>
        {body}
      </View>
    )
  }
  return (
    <Pressable className='finding' onPress={onPress} testId={`finding-${finding.itemId}`}>
      {body}
      <View className='finding__arrow' aria-hidden>
        ›
      </View>
    </Pressable>
  )
}
