import { View } from '@tarojs/components'
import { useState } from 'react'
import PageShell from '../../../../components/PageShell'
import RegionPicker from '../../../../components/RegionPicker'
import type { PageProps } from '../../../../domain/routes/page-spec'
import { regionPickerSpec } from '../../../../domain/routes/specs'
import { usePageChromeHere, useRegion } from '../../../../hooks'
import { Heading, SearchField } from '../../../../platform'
import { definePage } from '../../../../components/RegionGate'
import { useRegionPicker } from '../../hooks'
import './index.scss'

/** 选择地区: a province's bureaus by city and county, searchable by Chinese, pinyin or initials. */
function RegionPickerPage({ data }: PageProps<typeof regionPickerSpec>) {
  const [query, setQuery] = useState('')
  const { setRegion } = useRegion()
  const { sections, offline } = useRegionPicker(query, data.province)
  const chrome = usePageChromeHere()

  const pick = (id: string) => {
    setRegion(id)
    // Opened on its own (no page below), the chosen region shows on the home tab.
    chrome.goBack()
  }

  return (
    <PageShell>
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

export default definePage(regionPickerSpec, RegionPickerPage)
