import { View } from '@tarojs/components'
import { CellGroup } from '../../components/Cell'
import PageShell from '../../components/PageShell'
import { NOTHING_SENT, STORED_DATA } from '../../domain/privacy'
import { PAGES } from '../../domain/routes'
import { privacySpec } from '../../domain/routes/specs'
import { usePageChromeHere } from '../../hooks'
import { definePage } from '../../components/RegionGate'
import { Heading, platformPrivacy, Pressable } from '../../platform'
import './index.scss'

/** 隐私说明: what the app keeps (all on this phone) and which WeChat (weapp) or browser (H5) features it uses, and why. */
function PrivacyPage() {
  const chrome = usePageChromeHere()
  const privacy = platformPrivacy()
  return (
    <PageShell>
      <View className='block'>
        <Heading level={1}>隐私说明</Heading>
        <View className='privacy-lead'>{NOTHING_SENT}</View>
      </View>
      <CellGroup title={privacy.storedWhere}>
        {STORED_DATA.map((d) => (
          <View key={d.key} className='block privacy-entry'>
            <View className='privacy-entry__name'>{d.what}</View>
            <View className='muted'>{d.detail}</View>
          </View>
        ))}
      </CellGroup>
      <CellGroup title='删除' level={2}>
        <View className='block'>
          <View>{privacy.deleteAll}</View>
          <Pressable className='button button--plain privacy-mine' onPress={() => chrome.link(PAGES.mine)?.()}>
            打开“我的”
          </Pressable>
        </View>
      </CellGroup>
      <CellGroup title={privacy.capabilitiesTitle}>
        {privacy.capabilities.map((c) => (
          <View key={c.name} className='block privacy-entry' data-testid='privacy-capability'>
            <View className='privacy-entry__name'>{c.name}</View>
            <View className='muted'>{c.why}</View>
          </View>
        ))}
      </CellGroup>
      <CellGroup title='复制不成功时'>
        <View className='block'>{privacy.copyFails}</View>
      </CellGroup>
    </PageShell>
  )
}

export default definePage(privacySpec, PrivacyPage)
