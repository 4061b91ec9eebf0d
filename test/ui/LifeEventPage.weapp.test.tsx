/**
 * The 一件事 page with the weapp branches of src (TARO_ENV_JEST=weapp): WeChat's share button, checkbox
 * roles through aria-role, and 复制清单 through Taro.setClipboardData. The weapp runtime suite (another
 * branch) covers the built mini-program itself.
 */
import LifeEventPage from '../../src/packages/guide/pages/life-event/index'
import { taroCalls, taroState } from '../setup/taro-mock'
import { click, mount } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

describe('the 一件事 page on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test("forwards with WeChat's share button, ticks through aria-role checkboxes, copies through setClipboardData", async () => {
    taroState.params = { region: 'bijie', id: 'shiye' }
    const utils = await mount(LifeEventPage)
    expect(document.querySelector('button[open-type="share"], taro-button-core[open-type="share"], [open-type="share"]')).not.toBeNull()
    expect(taroState.shareAppMessage?.().path).toBe('/packages/guide/pages/life-event/index?region=bijie&id=shiye')
    const card = document.querySelector('[aria-role="checkbox"]')
    expect(card?.getAttribute('aria-checked')).toBe('false')
    await click(utils, card)
    expect(document.querySelector('[aria-role="checkbox"]')?.getAttribute('aria-checked')).toBe('true')
    const copy = Array.from(document.querySelectorAll('[aria-role="button"]')).find((el) => el.textContent?.includes('复制清单'))
    await click(utils, copy ?? null)
    const [arg] = taroCalls().setClipboardData.mock.calls[0]
    expect(arg.data).toMatch(/^【失业了】还缺 11 项材料/)
  })
})
