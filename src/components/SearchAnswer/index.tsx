import { View } from '@tarojs/components'
import type { Hotline } from '../../../types/catalogue'
import type { Calculator } from '../../domain/search/calculators'
import { GOVERNMENT_HOTLINE, type DepartmentAnswer, type GapAnswer } from '../../domain/search/route'
import { usePageLink } from '../../hooks'
import { a11y, Heading, Pressable } from '../../platform'
import HotlineButton from '../HotlineButton'
import './index.scss'

/** Another department handles this need (no 人社 reading matched): which one, what it handles, and the 12345 hotline. Never a local number. */
export function DepartmentCard({ answer }: { answer: DepartmentAnswer }) {
  return (
    <View className='search-answer' {...a11y('region', `由${answer.name}办理`)} data-testid='department-answer'>
      <Heading level={2}>这件事由{answer.name}办理</Heading>
      <View className='search-answer__text'>
        这不是人社局的业务。{answer.name}负责：{answer.handles}。可以拨打 12345 政务服务便民热线，问清当地{answer.name}的办理地点和所需材料。
      </View>
      <HotlineButton hotline={GOVERNMENT_HOTLINE} />
    </View>
  )
}

/**
 * This region's catalogue lacks the need: a named one (社保卡挂失) from mock-data/departments.json, or
 * (need absent) a query no item of the region answers. Said first, with 12333 and the region's own number.
 */
export function GapCard({ answer, regionName, hotline, regionHotline }: { answer?: GapAnswer; regionName: string; hotline: Hotline; regionHotline?: Hotline }) {
  return (
    <View className='search-answer' {...a11y('region', '本地目录没有的事项')} data-testid='gap-answer'>
      <Heading level={2}>{answer ? `${regionName}的办事目录里没有“${answer.need}”` : `${regionName}的办事目录里没有直接对应的事项`}</Heading>
      <View className='search-answer__text'>
        {answer ? '本应用收录的这个地区的目录里没有这项服务。' : ''}可以拨打全国人社服务热线 12333 咨询怎么办、去哪里办
        {regionHotline && regionHotline.number !== hotline.number ? '，或问本地区的咨询电话' : ''}。下面先列出本地区可能有帮助的事项，再列出其他地区的事项。
      </View>
      <HotlineButton hotline={hotline} />
      {regionHotline && regionHotline.number !== hotline.number && <HotlineButton hotline={regionHotline} />}
    </View>
  )
}

/** Lines under a 人社 answer: a shared word qualified (医保卡 is the 社保卡), and a department that handles part of the need. */
export function AnswerNotes({ notes, aside }: { notes: { id: string; note: string }[]; aside?: DepartmentAnswer }) {
  if (notes.length === 0 && !aside) return null
  return (
    <View className='search-answer search-answer--notes' {...a11y('region', '相关说明')} data-testid='answer-notes'>
      {notes.map((n) => (
        <View key={n.id} className='search-answer__text'>
          {n.note}
        </View>
      ))}
      {aside && (
        <View className='search-answer__text' data-testid='department-aside'>
          另外，{aside.name}负责{aside.handles}；这部分可拨打 12345 政务服务便民热线问清。
        </View>
      )}
    </View>
  )
}

/** A calculator the query asks for (我哪年退休): shown first, opens the calculator page. */
export function CalculatorCard({ calculator }: { calculator: Calculator }) {
  const link = usePageLink()
  return (
    <View className='search-answer search-answer--tool' {...a11y('region', calculator.title)} data-testid='calculator-card' data-calculator={calculator.id}>
      <Heading level={2}>{calculator.title}</Heading>
      <View className='search-answer__text'>{calculator.description}</View>
      <Pressable className='button button--primary' label={`打开${calculator.title}`} onPress={() => link(calculator.page)?.()}>
        去计算
      </Pressable>
    </View>
  )
}
