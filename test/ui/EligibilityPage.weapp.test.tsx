/** 我能办什么 with the weapp branches of src (TARO_ENV_JEST=weapp): WeChat's aria-role radios and checkboxes. */
import EligibilityPage from '../../src/packages/guide/pages/eligibility/index'
import { taroState } from '../setup/taro-mock'
import { click, mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

describe('我能办什么 on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test('options are aria-role radios (single choice) and checkboxes (several), grouped and named by their question', async () => {
    taroState.params = { region: 'bijie' }
    const utils = await mount(EligibilityPage)
    const group = document.querySelector('[aria-role="radiogroup"]')
    expect(group?.getAttribute('aria-label')).toBe('您是为自己办，还是为单位办？')
    const person = Array.from(group!.querySelectorAll('[aria-role="radio"]')).find((el) => textOf(el).includes('为自己'))!
    await click(utils, person)
    expect(person.getAttribute('aria-checked')).toBe('true')
    const unemployed = Array.from(document.querySelectorAll('[aria-role="checkbox"]')).find((el) => textOf(el) === '失业')!
    await click(utils, unemployed)
    expect(textOf(document.querySelector('[data-testid="finder-results"]'))).toContain('失业了')
  })
})
