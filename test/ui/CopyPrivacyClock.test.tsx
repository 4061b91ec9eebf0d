/**
 * Copying that survives WeChat's privacy rules (selectable text, a plain reason when a copy is
 * refused), the 隐私说明 page, the accessible names and states that reach weapp, and the
 * "现在办公中" clock, which refreshes when a page is shown again and sleeps while it is hidden.
 */
import { Text } from '@tarojs/components'
import { pageCopies, refuseNextPageCopy } from '../setup/page-clipboard'
import HotlineButton from '../../src/components/HotlineButton'
import LocationSection from '../../src/components/guide/LocationSection'
import MaterialChecklist from '../../src/components/guide/MaterialChecklist'
import { useNow } from '../../src/hooks'
import Mine from '../../src/pages/mine/index'
import PrivacyPage from '../../src/pages/privacy/index'
import { copyRefusalMessage, copyText } from '../../src/platform'
import type { Material, Venue } from '../../types/catalogue'
import { hidePage, showPage, taroCalls } from '../setup/taro-mock'
import { byText, click, mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const bureau = { id: 'hami-bureau', number: '0902-2321695', label: '市人社局咨询及监督举报电话', source: 'seed' as const }
const materials: Material[] = [
  { id: 'id-card', name: '居民身份证', form: 'original-and-copy', copies: 1, required: true, source: '申请人自备' },
  { id: 'licence', name: '营业执照', form: 'copy', copies: 1, required: true, source: '市场监督管理部门核发' },
]
const venue: Venue = {
  id: 'test-hall',
  name: '测试大厅',
  addressNote: '仅用于测试',
  hours: {
    text: '周一至周五',
    schedules: [{ weekly: [{ days: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '17:00' }] }] }],
    closedOnPublicHolidays: true,
  },
  sample: true,
}
const refuse = (error: object) => taroCalls().setClipboardData.mockImplementationOnce(() => Promise.reject(error))
const toasts = () => taroCalls().showToast.mock.calls.map(([arg]) => String(arg.title))
// H5 (the default here) shows its own toast (platform/page-toast.ts), read out as a status.
const pageToast = () => document.querySelector('[data-testid=page-toast]')
const selectable = () =>
  Array.from(document.querySelectorAll('taro-text-core')).filter(
    (el) => el.getAttribute('user-select') === 'true' || (el as unknown as { userSelect?: boolean }).userSelect === true,
  )

describe("copying under WeChat's privacy rules", () => {
  test('an undeclared clipboard (errno 112) and a refused agreement (errno 104) say why and what to do', async () => {
    process.env.TARO_ENV_JEST = 'weapp'
    try {
      refuse({ errno: 112, errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' })
      await expect(copyText('0902-2321695')).resolves.toBe(false)
      refuse({ errno: 104, errMsg: 'setClipboardData:fail privacy permission is not authorized' })
      await expect(copyText('0902-2321695')).resolves.toBe(false)
      expect(toasts()).toEqual(['未授权使用剪切板，无法复制。请长按文字手动复制', '未同意隐私保护指引，无法复制。请长按文字手动复制'])
    } finally {
      delete process.env.TARO_ENV_JEST
    }
  })

  test("H5 copies with the page's own clipboard code and says so in a status line, not through Taro (which keeps copies in localStorage)", async () => {
    await expect(copyText('0902-2321695', '已复制电话号码')).resolves.toBe(true)
    expect(pageCopies()).toEqual(['0902-2321695'])
    expect(pageToast()?.textContent).toBe('已复制电话号码')
    expect(pageToast()?.getAttribute('role')).toBe('status')
    // Refused by the Clipboard API: the older execCommand way, then a plain failure if that fails too.
    const execCommand = jest.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    try {
      refuseNextPageCopy()
      await expect(copyText('12333')).resolves.toBe(true)
      expect(execCommand).toHaveBeenCalledWith('copy')
      refuseNextPageCopy()
      execCommand.mockReturnValueOnce(false)
      await expect(copyText('0902-2321695')).resolves.toBe(false)
      expect(pageToast()?.textContent).toBe('复制失败，请长按文字手动复制')
      expect(taroCalls().setClipboardData).not.toHaveBeenCalled()
      expect(taroCalls().showToast).not.toHaveBeenCalled()
      expect(localStorage.getItem('taro_clipboard')).toBeNull()
    } finally {
      delete (document as { execCommand?: unknown }).execCommand
    }
  })

  test('the reason is read from the message when WeChat gives no errno, and anything else is a plain failure', () => {
    expect(copyRefusalMessage({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })).toContain('未同意隐私保护指引')
    expect(copyRefusalMessage({ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' })).toContain('未授权')
    expect(copyRefusalMessage(new Error('x'))).toBe('复制失败，请长按文字手动复制')
    expect(copyRefusalMessage(undefined)).toBe('复制失败，请长按文字手动复制')
  })

  test('numbers and places are long-press selectable text', async () => {
    const utils = await mount(HotlineButton, { hotline: bureau })
    await click(utils, byText('button', '拨打'))
    expect(selectable().map(textOf)).toEqual(['0902-2321695', '0902-2321695'])
    utils.unmout()
    await mount(LocationSection, { venue, window: '3号窗口', status: { state: 'open', label: '办公中', uncertain: false } as never })
    expect(selectable().map(textOf)).toEqual(['测试大厅（3号窗口）'])
  })

  test('a refused copy of the missing materials shows the same text, selectable, to copy by hand', async () => {
    const utils = await mount(MaterialChecklist, { guideId: 'hm-013', itemName: '创业补贴', materials, dataVersion: '2026.11.1' })
    expect(document.querySelector('[data-testid="checklist-manual"]')).toBeNull()
    refuseNextPageCopy()
    await click(utils, byText('button', '复制清单'))
    await new Promise((r) => setTimeout(r, 0))
    const manual = document.querySelector('[data-testid="checklist-manual"]')
    expect(textOf(manual)).toContain('【创业补贴】还缺 2 项材料')
    expect(textOf(manual)).toContain('居民身份证')
    expect(selectable().some((el) => textOf(el).includes('营业执照'))).toBe(true)
    // A later copy that works removes the fallback.
    await click(utils, byText('button', '复制清单'))
    await new Promise((r) => setTimeout(r, 0))
    expect(document.querySelector('[data-testid="checklist-manual"]')).toBeNull()
  })
})

describe('隐私说明', () => {
  test('is reachable from 我的', async () => {
    const utils = await mount(Mine)
    await click(utils, byText('button', '隐私说明'))
    expect(taroCalls().navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/index' })
  })

  test('H5: says what is kept in this browser (localStorage), the downloaded region data (IndexedDB) and the offline cache, and no WeChat feature', async () => {
    await mount(PrivacyPage)
    const text = textOf(document.body)
    for (const what of ['收藏的事项', '材料清单的勾选', '最近浏览', '地区和长辈模式', '搜索历史']) expect(text).toContain(what)
    expect(text).toContain('只保存在这台手机上，不上传')
    expect(text).toContain('保存在这个浏览器里的内容')
    expect(text).toContain('用到的浏览器功能')
    for (const feature of ['localStorage', 'IndexedDB', 'Service Worker']) expect(text).toContain(feature)
    expect(text).toContain('保存本网站自己的文件')
    expect(text).toContain('清除本网站的数据')
    // 提醒我 on H5 downloads an .ics file made on the phone: named, with nothing sent.
    expect(text).toContain('日历文件下载')
    expect(text).toMatch(/“提醒我”[^。]*日历文件（\.ics[^。]*下载/)
    expect(text).toContain('不发送任何内容')
    expect(text).not.toContain('添加到手机日历')
    for (const wechat of ['微信', '小程序', '朋友圈', '系统字号']) expect(text).not.toContain(wechat)
  })

  test('weapp: the WeChat capabilities, and deleting the mini-program deletes everything', async () => {
    process.env.TARO_ENV_JEST = 'weapp'
    try {
      await mount(PrivacyPage)
      const text = textOf(document.body)
      expect(text).toContain('保存在这台手机上的内容')
      expect(text).toContain('用到的微信功能')
      for (const capability of ['拨打电话', '剪切板', '转发', '系统字号', '打开方式']) expect(text).toContain(capability)
      expect(text).toContain('在微信中删除本小程序会清除以上全部内容')
      // 提醒我 on weapp calls wx.addPhoneCalendar: named, only on the citizen's tap and with their consent.
      expect(text).toContain('添加到手机日历')
      expect(text).toMatch(/只在您点[^。]*“提醒我”时使用：经您同意后[^。]*加入手机日历/)
      expect(text).not.toContain('.ics')
      expect(text).toContain('长按文字')
      for (const web of ['localStorage', 'IndexedDB', 'Service Worker', '浏览器']) expect(text).not.toContain(web)
    } finally {
      delete process.env.TARO_ENV_JEST
    }
  })
})

describe('accessibility on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test('the hotline bar says the number and whom it reaches; checklist boxes carry their state as a string', async () => {
    const utils = await mount(HotlineButton, { hotline: bureau, variant: 'bar' })
    const bar = document.querySelector('[data-testid="hotline-bar"]')
    expect(bar?.getAttribute('aria-role')).toBe('button')
    expect(bar?.getAttribute('aria-label')).toBe('电话咨询 0902-2321695，市人社局咨询及监督举报电话')
    utils.unmout()
    const list = await mount(MaterialChecklist, { guideId: 'hm-013', itemName: '创业补贴', materials, dataVersion: '2026.11.1' })
    const box = document.querySelector('[data-testid="material-id-card"]')
    expect(box?.getAttribute('aria-role')).toBe('checkbox')
    expect(box?.getAttribute('aria-checked')).toBe('false')
    expect(box?.getAttribute('aria-label')).toBe('居民身份证，未备')
    await click(list, box)
    expect(box?.getAttribute('aria-checked')).toBe('true')
    expect(box?.getAttribute('aria-label')).toBe('居民身份证，已备')
  })
})

describe('the office clock', () => {
  function Clock() {
    return <Text data-testid='clock'>{String(useNow(20))}</Text>
  }
  const shown = () => Number(textOf(document.querySelector('[data-testid="clock"]')))
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

  test('ticks while shown, stops while hidden, and refreshes at once when shown again', async () => {
    let clock = 1_000_000
    const now = jest.spyOn(Date, 'now').mockImplementation(() => clock)
    try {
      const utils = await mount(Clock)
      expect(shown()).toBe(1_000_000)
      clock = 1_060_000
      await wait(80)
      expect(shown()).toBe(1_060_000)
      utils.act(() => hidePage())
      clock = 1_120_000
      await wait(80)
      expect(shown()).toBe(1_060_000)
      utils.act(() => showPage())
      expect(shown()).toBe(1_120_000)
      clock = 1_180_000
      await wait(80)
      expect(shown()).toBe(1_180_000)
    } finally {
      now.mockRestore()
    }
  })
})

describe('headings on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test("carry WeChat's heading role and their text as the label", async () => {
    await mount(PrivacyPage)
    const headings = Array.from(document.querySelectorAll('[aria-role="heading"]'))
    expect(headings.map((h) => h.getAttribute('aria-label'))).toEqual(['隐私说明', '保存在这台手机上的内容', '删除', '用到的微信功能', '复制不成功时'])
  })
})

describe('selectable facts on the guide page', () => {
  test("the catalogue's hotline and the 公开内容 of a 公开目录 entry (addresses) are long-press selectable", async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ServiceGuidePage = require('../../src/packages/guide/pages/item/index').default
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { taroState } = require('../setup/taro-mock')
    taroState.params = { region: 'hami', id: 'hm-013' }
    const utils = await mount(ServiceGuidePage)
    const facts = document.querySelector('[data-testid="publication-facts"]')!
    const values = Array.from(facts.querySelectorAll('taro-text-core'))
      .filter((el) => el.getAttribute('user-select') === 'true')
      .map(textOf)
    expect(values).toContain('0902-2321695')
    utils.unmout()
    taroState.params = { region: 'bijie', id: 'bj-001' }
    await mount(ServiceGuidePage)
    expect(selectable().some((el) => textOf(el).includes('办公地址'))).toBe(true)
  })
})
