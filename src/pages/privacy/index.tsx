import { View } from '@tarojs/components'
import { CellGroup } from '../../components/Cell'
import PageShell from '../../components/PageShell'
import { NOTHING_SENT, STORED_DATA, WECHAT_CAPABILITIES } from '../../domain/privacy'
import { PAGES } from '../../domain/routes'
import { privacySpec } from '../../domain/routes/specs'
import { usePageChromeHere } from '../../hooks'
import { definePage } from '../../components/RegionGate'
import { Heading, Pressable } from '../../platform'
import './index.scss'

/** 隐私说明: what the app keeps (all on this phone) and which WeChat capabilities it uses, and why. */
function PrivacyPage() {
  const chrome = usePageChromeHere()
  return (
    <PageShell>
      <View className='block'>
        <Heading level={1}>隐私说明</Heading>
        <View className='privacy-lead'>{NOTHING_SENT}</View>
      </View>
      <CellGroup title='保存在这台手机上的内容'>
        {STORED_DATA.map((d) => (
          <View key={d.key} className='block privacy-entry'>
            <View className='privacy-entry__name'>{d.what}</View>
            <View className='muted'>{d.detail}</View>
          </View>
        ))}
      </CellGroup>
      <CellGroup title='删除' level={2}>
        <View className='block'>
          <View>在“我的”可以逐条移除或清空收藏和最近浏览；搜索页可以清空搜索历史；在微信中删除本小程序会清除以上全部内容。</View>
          <Pressable className='button button--plain privacy-mine' onPress={() => chrome.link(PAGES.mine)?.()}>
            打开“我的”
          </Pressable>
        </View>
      </CellGroup>
      <CellGroup title='用到的微信功能'>
        {WECHAT_CAPABILITIES.map((c) => (
          <View key={c.name} className='block privacy-entry'>
            <View className='privacy-entry__name'>{c.name}</View>
            <View className='muted'>{c.why}</View>
          </View>
        ))}
      </CellGroup>
      <CellGroup title='复制不成功时'>
        <View className='block'>
          如果您没有同意微信弹出的隐私保护指引，微信不允许小程序写入剪切板，复制会失败。号码、地点和材料清单都可以长按文字，选择“复制”手动复制。
        </View>
      </CellGroup>
    </PageShell>
  )
}

export default definePage(privacySpec, PrivacyPage)
