/**
 * What the 隐私说明 page tells the citizen. One entry per storage key (a test checks that every key
 * the app writes is listed) and per WeChat capability (weapp) or browser feature (H5) the app uses,
 * including 提醒我's calendar (platform/calendar.ts: wx.addPhoneCalendar on weapp, an .ics download on H5).
 */
import {
  checklistsKey,
  ELIGIBILITY_ANSWERS_STORAGE_KEY,
  FAVOURITES_STORAGE_KEY,
  MAX_RECENT_REGIONS,
  MAX_RECENTS,
  MAX_SEARCH_HISTORY,
  recentRegionsKey,
  recentsKey,
  regionDataOnPhoneKey,
  RETIREMENT_BIRTH_STORAGE_KEY,
  searchHistoryKey,
  settingsKey,
} from '../storage'

export interface StoredData {
  /** The storage key, for the test that keeps this list complete. */
  key: string
  what: string
  detail: string
}

export const STORED_DATA: readonly StoredData[] = [
  { key: FAVOURITES_STORAGE_KEY, what: '收藏的事项和一件事', detail: '您点了“收藏”的事项和“一件事”及收藏时间，按地区分别保存。' },
  { key: checklistsKey.key, what: '材料清单的勾选', detail: '每个办事指南里您勾选为“已备”的材料。' },
  { key: recentsKey.key, what: '最近浏览', detail: `最近打开过的事项，最多 ${MAX_RECENTS} 项。` },
  { key: searchHistoryKey.key, what: '搜索历史', detail: `最近搜索的词，最多 ${MAX_SEARCH_HISTORY} 条。` },
  { key: settingsKey.key, what: '地区和长辈模式', detail: '您选择的地区，以及长辈模式是否开启。' },
  { key: ELIGIBILITY_ANSWERS_STORAGE_KEY, what: '“我能办什么”的回答', detail: '只有您点了“保存我的回答”才保存；可以随时删除。' },
  { key: recentRegionsKey.key, what: '最近使用的地区', detail: `地区选择页上最近选过的地区，最多 ${MAX_RECENT_REGIONS} 个。` },
  { key: RETIREMENT_BIRTH_STORAGE_KEY, what: '退休年龄计算的出生年月', detail: '只有您打开“在本机记住我的出生年月”才保存出生年月和人员类别；关闭即删除。' },
  { key: regionDataOnPhoneKey.key, what: '是否存有下载的地区数据', detail: '只在设置了数据源的省级版本中使用：只记“是”或“否”，以便打开时先用上已下载的数据。' },
]

export interface Capability {
  name: string
  why: string
}

export type PrivacyPlatform = 'weapp' | 'h5'

/** What the page says for one platform: where things are kept, the features used, and how to delete. */
export interface PlatformPrivacy {
  /** Where the entries of STORED_DATA live. */
  storedWhere: string
  /** Heading of the capability list. */
  capabilitiesTitle: string
  capabilities: readonly Capability[]
  /** How to delete everything. */
  deleteAll: string
  /** When a copy fails, and what to do instead. */
  copyFails: string
}

export const WECHAT_CAPABILITIES: readonly Capability[] = [
  { name: '拨打电话', why: '点“呼叫”后拨打咨询电话。拨打前先显示号码和接听单位，由您确认。' },
  { name: '剪切板', why: '复制号码、办理地点和缺少的材料清单，方便粘贴给家人。只写入您要复制的文字，不读取剪切板。' },
  { name: '转发', why: '由您点“分享”或右上角菜单发起，只发送页面标题和链接（事项、列表、地区或搜索词），不含收藏和清单。' },
  { name: '系统字号', why: '读取微信的字体大小设置：字体较大时自动开启长辈模式。' },
  { name: '本地缓存', why: '把上面列出的内容保存在这台手机上。' },
  { name: '打开方式', why: '判断页面是否在朋友圈里以单页打开，那里不能收藏和转发。' },
  { name: '地图', why: '有官方坐标的地点可在地图中查看；目前的目录没有坐标，点“地图”只复制地点名称。' },
  {
    name: '添加到手机日历',
    why: '只在您点退休年龄计算里的“提醒我”时使用：经您同意后，把法定退休时间和最早可申请弹性提前退休的月份加入手机日历。只写入这两条提醒，不读取日历。不同意也不影响计算结果。',
  },
  {
    name: '网络请求和文件存储',
    why: '只在设置了数据源的省级版本中使用：第一次打开未内置的地区时下载该地区公开的目录文件，校验后存在这台手机上，之后离线可用。不发送任何个人信息。',
  },
]

/** The browser's features the web page uses (H5): no WeChat feature at all. */
export const BROWSER_FEATURES: readonly Capability[] = [
  { name: '本地存储（localStorage）', why: '把上面列出的内容保存在这个浏览器里，只有本网站能读取。' },
  {
    name: '数据库（IndexedDB）',
    why: '只在设置了数据源的省级版本中使用：保存下载的地区数据（该地区公开的事项目录和办事指南），校验后存入，之后离线可用。不含任何个人信息。',
  },
  {
    name: '离线缓存（Service Worker）',
    why: '保存本网站自己的文件（页面、脚本、样式、图标和随网站提供的地区数据），没有网络时也能打开。不缓存您的任何内容，也不缓存其他网站。有新版本时页面底部提示“有新版本，点击更新”。',
  },
  { name: '拨打电话', why: '点“呼叫”或电话号码时由手机的拨号程序拨打，拨打前可以确认。' },
  { name: '剪贴板', why: '复制号码、办理地点和缺少的材料清单时写入剪贴板。只写入您要复制的文字，不读取剪贴板。' },
  { name: '分享', why: '由您点“分享”发起，只分享页面标题和链接，不含收藏和清单。' },
  {
    name: '日历文件下载',
    why: '只在您点退休年龄计算里的“提醒我”时使用：在本机生成一个日历文件（.ics，含法定退休时间和最早可申请弹性提前退休的月份）并下载，由您打开后加入手机日历。不发送任何内容，也不读取日历。',
  },
]

const PRIVACY: Record<PrivacyPlatform, PlatformPrivacy> = {
  weapp: {
    storedWhere: '保存在这台手机上的内容',
    capabilitiesTitle: '用到的微信功能',
    capabilities: WECHAT_CAPABILITIES,
    deleteAll: '在“我的”可以逐条移除或清空收藏和最近浏览；搜索页可以清空搜索历史；在微信中删除本小程序会清除以上全部内容。',
    copyFails: '如果您没有同意微信弹出的隐私保护指引，微信不允许小程序写入剪切板，复制会失败。号码、地点和材料清单都可以长按文字，选择“复制”手动复制。',
  },
  h5: {
    storedWhere: '保存在这个浏览器里的内容',
    capabilitiesTitle: '用到的浏览器功能',
    capabilities: BROWSER_FEATURES,
    deleteAll:
      '在“我的”可以逐条移除或清空收藏和最近浏览；搜索页可以清空搜索历史。在浏览器设置中清除本网站的数据（Cookie 和网站数据）会删除以上全部内容、下载的地区数据和离线缓存。',
    copyFails: '如果浏览器不允许写入剪贴板，复制会失败。号码、地点和材料清单都可以长按（或选中）文字手动复制。',
  },
}

/** The privacy page's content on this platform. */
export function privacyFor(platform: PrivacyPlatform): PlatformPrivacy {
  return PRIVACY[platform]
}

/** Said plainly, once: nothing leaves the phone. */
export const NOTHING_SENT =
  '这些内容都只保存在这台手机上，不上传、不发送给任何人，也不用于统计。本应用不收集个人信息：内置地区的事项目录随应用下载，离线可用；省级版本中未内置的地区，只下载公开的目录文件。'
