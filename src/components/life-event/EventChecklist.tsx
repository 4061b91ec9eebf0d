import { View } from '@tarojs/components'
import { describeMergedForm, describeUses, mergedListText, type MergedChecklist, type TickState } from '../../domain/life-events'
import { useEventChecklist } from '../../hooks/event-checklist'
import { copyText, Pressable } from '../../platform'
import '../guide/MaterialChecklist.scss'
import './EventChecklist.scss'

interface EventChecklistProps {
  eventName: string
  merged: MergedChecklist
  dataVersion: string
}

const STATE_WORDS: Record<TickState, string> = { ticked: '（已备）', partial: '（部分事项已勾选）', unticked: '' }

/**
 * One checklist for every step of a life event: a document several steps need appears once. Ticks
 * are the guides' own, so a tick here shows on each guide's checklist, and a tick there shows here.
 */
export default function EventChecklist({ eventName, merged, dataVersion }: EventChecklistProps) {
  const { checklists, states, progress, toggle, reset } = useEventChecklist(merged.documents, dataVersion)
  return (
    <View className='checklist event-checklist'>
      <View className='checklist__head'>
        <View className='checklist__progress' data-testid='event-checklist-progress'>
          已备 {progress.done}/{progress.total}
        </View>
        <View className='row'>
          <Pressable
            className='button button--plain checklist__action'
            onPress={() => void copyText(mergedListText(eventName, merged, checklists), '已复制缺少的材料清单')}
            testId='event-checklist-copy'
          >
            复制清单
          </Pressable>
          <Pressable
            className='button button--quiet checklist__action'
            label='重置材料清单'
            onPress={reset}
            disabled={progress.done === 0 && !Object.values(states).includes('partial')}
          >
            重置
          </Pressable>
        </View>
      </View>
      <View className='muted checklist__note'>
        各步骤指南共列 {merged.materialCount} 份材料，同一份材料只列一次，合并为 {merged.documentCount}{' '}
        项；份数是各步骤所要的合计。勾选会同步到各事项自己的材料清单。
      </View>
      {merged.documents.map((d) => {
        const state = states[d.key]
        const done = state === 'ticked'
        return (
          <Pressable
            key={d.key}
            role='checkbox'
            checked={done}
            className={`checklist__item ${done ? 'checklist__item--done' : ''}`}
            onPress={() => toggle(d.key)}
            testId={`document-${d.key}`}
          >
            <View className={`checklist__box ${done ? 'checklist__box--on' : ''} ${state === 'partial' ? 'event-checklist__box--partial' : ''}`} aria-hidden>
              {done ? '✓' : state === 'partial' ? '–' : ''}
            </View>
            <View className='checklist__text'>
              <View className='checklist__name'>
                {d.name}
                {STATE_WORDS[state] && <View className='checklist__done-label'>{STATE_WORDS[state]}</View>}
              </View>
              <View className='row muted'>
                <View className={`tag ${d.alwaysNeeded ? 'tag--brand' : 'tag--warn'}`}>{d.alwaysNeeded ? '必需' : '视情况'}</View>
                <View>{describeMergedForm(d)}</View>
              </View>
              <View className='event-checklist__uses'>用于：{describeUses(d.uses)}</View>
              {d.conditionalUses.length > 0 && (
                <View className='checklist__condition'>
                  {d.alwaysNeeded ? '以下步骤只在部分情况需要：' : '何时需要：'}
                  {d.conditionalUses.map((u) => `第${u.stepIndex + 1}步${u.when ? `（${u.when}）` : ''}`).join('；')}
                </View>
              )}
            </View>
          </Pressable>
        )
      })}
    </View>
  )
}
