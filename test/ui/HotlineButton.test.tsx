import { pageCopies } from '../setup/page-clipboard'
import HotlineButton from '../../src/components/HotlineButton'
import { byText, click, mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const bureau = { id: 'hami-bureau', number: '0902-2321695', label: '市人社局咨询及监督举报电话', source: 'seed' as const }

describe('HotlineButton', () => {
  test('shows whom the number reaches, and a tap shows it again before the call', async () => {
    const utils = await mount(HotlineButton, { hotline: bureau })
    expect(textOf(document.querySelector('.hotline-card'))).toContain('市人社局咨询及监督举报电话')
    expect(document.querySelector('a[href^="tel:"]')).toBeNull()
    await click(utils, byText('button', '拨打'))
    const panel = document.querySelector('.call-panel')
    expect(textOf(panel)).toContain('市人社局咨询及监督举报电话')
    expect(textOf(panel)).toContain('0902-2321695')
    const call = document.querySelector('a[href^="tel:"]')
    expect(call?.getAttribute('href')).toBe('tel:09022321695')
    expect(call?.getAttribute('aria-label')).toBe('呼叫 0902-2321695（市人社局咨询及监督举报电话）')
  })

  test('the copy action copies the number', async () => {
    const utils = await mount(HotlineButton, { hotline: bureau })
    await click(utils, byText('button', '拨打'))
    await click(utils, byText('button', '复制号码'))
    expect(pageCopies()).toEqual(['0902-2321695'])
  })

  test('a malformed number is never dialled', async () => {
    const utils = await mount(HotlineButton, { hotline: { ...bureau, number: '0902-23216' } })
    await click(utils, byText('button', '拨打'))
    expect(document.querySelector('a[href^="tel:"]')).toBeNull()
    expect(textOf(document.querySelector('.call-panel'))).toContain('号码格式有误，不能拨打')
  })

  test('the bar variant names the hotline for screen readers', async () => {
    await mount(HotlineButton, {
      hotline: { id: '12333', number: '12333', label: '人力资源社会保障服务热线', source: 'national' as const },
      variant: 'bar' as const,
    })
    const button = document.querySelector('[data-testid="hotline-bar"]')
    expect(button?.getAttribute('aria-label')).toBe('电话咨询 12333，人力资源社会保障服务热线')
  })
})
