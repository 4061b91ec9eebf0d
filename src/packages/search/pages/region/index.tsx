import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import PageShell from '../../../../components/PageShell'
import RegionPicker from '../../../../components/RegionPicker'
import { usePageChrome, useRegion } from '../../../../hooks'
import { Heading, SearchField } from '../../../../platform'
import { withRegionData, type RegionDataPageProps } from '../../../../components/RegionGate'
import { useRegionPicker } from '../../hooks'
import './index.scss'

/** 选择地区: a province's bureaus by city and county, searchable by Chinese, pinyin or initials. */
const wants = () => ({ province: ['province', ''] as const })

function RegionPickerPage({ data }: RegionDataPageProps<ReturnType<typeof wants>>) {
  const [query, setQuery] = useState('')
  const { region, setRegion } = useRegion()
  const { sections, offline } = useRegionPicker(query, data.province)
  // Forwarded, the picker would choose for someone else: a friend gets the home page of this region.
  const chrome = usePageChrome({ share: () => ({ view: { page: 'home', regionId: region.id }, title: `${region.name}人社办事指南` }) })

  const pick = (id: string) => {
    setRegion(id)
    // Opened on its own (no page below), the chosen region shows on the home tab.
    Taro.navigateBack().catch(chrome.goHome)
  }

  return (
    <PageShell chrome={chrome}>
      <View className='block region-page__head'>
        <Heading level={1}>选择地区</Heading>
        <View className='muted'>内置的地区可离线使用；其他地区第一次打开时下载，之后也可离线使用。</View>
      </View>
      <View className='search-bar'>
        <SearchField value={query} label='搜索地区' placeholder='输入地区名称、拼音或首字母' onChange={setQuery} onConfirm={setQuery} />
      </View>
      <RegionPicker sections={sections} offline={offline} onPick={pick} />
    </PageShell>
  )
}

export default withRegionData(RegionPickerPage, wants)
