import { View } from '@tarojs/components'
import type { Hotline } from '../../../types/catalogue'
import { GOVERNMENT_HOTLINE, type DepartmentAnswer, type GapAnswer } from '../../domain/search/route'
import { a11y, Heading } from '../../platform'
import HotlineButton from '../HotlineButton'
import './index.scss'

/** Another department handles this need: which one, what it handles, and the 12345 hotline. Never a local number. */
export function DepartmentCard({ answer }: { answer: DepartmentAnswer }) {
  return (
    <View className='search-answer' {...a11y('region', `由${answer.name}办理`)} data-testid='department-answer'>
      <Heading level={2}>
        “{answer.word}”由{answer.name}办理
      </Heading>
      <View className='search-answer__text'>
        这不是人社局的业务。{answer.name}负责：{answer.handles}。可以拨打 12345 政务服务便民热线，问清当地{answer.name}的办理地点和所需材料。
      </View>
      <HotlineButton hotline={GOVERNMENT_HOTLINE} />
    </View>
  )
}

/**
 * A 人社 need the region's catalogue lacks: a named one (社保卡挂失) from mock-data/departments.json, or
 * (need absent) a query no item of the region matched by name. Says so, and offers 12333.
 */
export function GapCard({ answer, regionName, hotline }: { answer?: GapAnswer; regionName: string; hotline: Hotline }) {
  return (
    <View className='search-answer' {...a11y('region', '本地目录没有的事项')} data-testid='gap-answer'>
      <Heading level={2}>{answer ? `${regionName}的办事目录里没有“${answer.need}”` : `${regionName}的办事目录里没有名称直接对应的事项`}</Heading>
      <View className='search-answer__text'>{answer ? '本应用收录的目录里没有这项服务。' : ''}可以拨打全国人社服务热线 12333 咨询怎么办、去哪里办。</View>
      <HotlineButton hotline={hotline} />
    </View>
  )
}
