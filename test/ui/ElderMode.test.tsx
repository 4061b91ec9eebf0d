import { View } from '@tarojs/components'
import ElderModeSwitch from '../../src/components/ElderModeSwitch'
import PageShell from '../../src/components/PageShell'
import { click, mount, stored } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

function Page() {
  return (
    <PageShell>
      <ElderModeSwitch />
      <View>正文</View>
    </PageShell>
  )
}

const page = () => document.querySelector('.page')
const toggle = () => document.querySelector('[data-testid="elder-switch"]')

describe('长辈模式', () => {
  test('the switch turns every page shell into elder mode and is remembered', async () => {
    const utils = await mount(Page)
    expect(page()?.classList.contains('page--elder')).toBe(false)
    expect(toggle()?.getAttribute('role')).toBe('switch')
    expect(toggle()?.getAttribute('aria-checked')).toBe('false')
    await click(utils, toggle())
    expect(page()?.classList.contains('page--elder')).toBe(true)
    expect(toggle()?.getAttribute('aria-checked')).toBe('true')
    expect(stored('rsbszn.settings')).toEqual({ v: 1, data: { regionId: null, elderMode: true } })
  })

  test('starts on when the system font is large, until the citizen chooses', async () => {
    document.documentElement.style.fontSize = '21px'
    try {
      const utils = await mount(Page)
      expect(page()?.classList.contains('page--elder')).toBe(true)
      await click(utils, toggle())
      expect(page()?.classList.contains('page--elder')).toBe(false)
    } finally {
      document.documentElement.style.fontSize = ''
    }
  })
})
