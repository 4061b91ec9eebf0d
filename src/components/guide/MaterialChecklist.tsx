import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Material } from '../../../types/catalogue'
import { describeForm, missingListText } from '../../domain/checklist'
import { useChecklist } from '../../hooks'
import { copyText, Pressable } from '../../platform'
import './MaterialChecklist.scss'
import PhoneText from '../PhoneText'

interface MaterialChecklistProps {
  guideId: string
  itemName: string
  materials: readonly Material[]
  dataVersion: string
  note?: string
}

/** Every material can be ticked as it is gathered; ticks are saved and survive restarts. */
export default function MaterialChecklist({ guideId, itemName, materials, dataVersion, note }: MaterialChecklistProps) {
  const { ticked, progress, toggle, reset } = useChecklist(guideId, materials, dataVersion)
  // When WeChat refuses the copy, the same text is shown selectable, to copy by hand.
  const [manual, setManual] = useState<string | null>(null)
  const copyMissing = async () => {
    const text = missingListText(itemName, materials, ticked)
    setManual((await copyText(text, '已复制缺少的材料清单')) ? null : text)
  }
  return (
    <View className='checklist'>
      <View className='checklist__head'>
        <View className='checklist__progress' data-testid='checklist-progress'>
          已备 {progress.done}/{progress.total}
        </View>
        <View className='row'>
          <Pressable className='button button--plain checklist__action' onPress={() => void copyMissing()}>
            复制清单
          </Pressable>
          <Pressable className='button button--quiet checklist__action' label='重置材料清单' onPress={reset} disabled={progress.done === 0}>
            重置
          </Pressable>
        </View>
      </View>
      {manual && (
        <View className='checklist__manual' data-testid='checklist-manual'>
          <View className='muted'>没能自动复制。长按下面的文字，选择“复制”：</View>
          <Text className='checklist__manual-text' userSelect>
            {manual}
          </Text>
        </View>
      )}
      {note && <View className='muted checklist__note'>{note}</View>}
      {materials.map((m) => {
        const done = ticked.includes(m.id)
        return (
          <Pressable
            key={m.id}
            role='checkbox'
            checked={done}
            label={`${m.name}，${done ? '已备' : '未备'}`}
            className={`checklist__item ${done ? 'checklist__item--done' : ''}`}
            onPress={() => toggle(m.id)}
            testId={`material-${m.id}`}
          >
            <View className={`checklist__box ${done ? 'checklist__box--on' : ''}`} aria-hidden>
              {done ? '✓' : ''}
            </View>
            <View className='checklist__text'>
              <View className='checklist__name'>
                {m.name}
                {done && <View className='checklist__done-label'>（已备）</View>}
              </View>
              <View className='row muted'>
                <View className={`tag ${m.required ? 'tag--brand' : 'tag--warn'}`}>{m.required ? '必需' : '视情况'}</View>
                <View>{describeForm(m)}</View>
              </View>
              {!m.required && m.condition && <View className='checklist__condition'>何时需要：{m.condition}</View>}
              <View className='muted'>来源：{m.source}</View>
              {m.note && (
                <View className='muted'>
                  说明：
                  <PhoneText text={m.note} />
                </View>
              )}
            </View>
          </Pressable>
        )
      })}
    </View>
  )
}
