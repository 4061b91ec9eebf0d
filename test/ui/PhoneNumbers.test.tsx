/**
 * Issue 27: every phone number on a page is a call control, and 我的 lists exactly the numbers the app uses
 * (the data rule: each region's own, and the national 12333 and 12345), each callable.
 */
import NotFound from '../../src/components/NotFound'
import PhoneText from '../../src/components/PhoneText'
import { numbersInUse, splitPhoneNumbers } from '../../src/domain/phone'
import Mine from '../../src/pages/mine/index'
import { taroCalls } from '../setup/taro-mock'
import { click, mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const q = (selector: string) => document.querySelector(selector)

test('a text is split at its numbers, and amounts are not numbers', () => {
  expect(splitPhoneNumbers('也可拨打 12333 咨询，或 0902-2321695。')).toEqual([
    '也可拨打 ',
    { number: '12333' },
    ' 咨询，或 ',
    { number: '0902-2321695' },
    '。',
  ])
  expect(splitPhoneNumbers('处20000元以上罚款；123330')).toEqual(['处20000元以上罚款；123330'])
})

test('我的 lists the numbers of the data rule, 12345 included, each a tel: link', async () => {
  await mount(Mine)
  const block = q('[data-testid="numbers-in-use"]')!
  expect(textOf(block)).toContain('哈密')
  const links = [...block.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))
  expect(links).toEqual(['tel:09022321695', 'tel:12333', 'tel:12345'])
  expect(textOf(document.body)).not.toContain('只使用源目录所列的')
})

test('numbersInUse comes from the regions and the national lines, not a second list', () => {
  const regions = [
    {
      name: '甲市',
      hotlines: [
        { number: '0902-2321695', label: '市局电话', source: 'seed' },
        { number: '12333', label: '热线', source: 'national' },
      ],
    },
    { name: '乙市', hotlines: [{ number: '12333', label: '热线', source: 'national' }] },
  ]
  expect(numbersInUse(regions)).toEqual([
    { number: '0902-2321695', label: '甲市源目录所列的市局电话' },
    { number: '12333', label: '人力资源社会保障服务热线' },
    { number: '12345', label: '政务服务便民热线' },
  ])
})

test('H5: the broken-link page offers 12333 as a tel: link', async () => {
  await mount(NotFound, { subject: 'item', reason: 'missing' })
  expect(q('[data-testid="not-found"] a[href="tel:12333"]')).not.toBeNull()
})

describe('weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test("the broken-link page's 12333 button dials through WeChat", async () => {
    const utils = await mount(NotFound, { subject: 'page', reason: 'unknown-page', address: '/foo' })
    expect(textOf(q('[data-testid="not-found"]'))).toContain('地址“/foo”不是本应用的页面')
    const call = q('.not-found__call')!
    expect(call.getAttribute('aria-label')).toBe('拨打 12333，人力资源社会保障服务热线')
    await click(utils, call)
    expect(taroCalls().makePhoneCall.mock.calls.map((c) => c[0].phoneNumber)).toEqual(['12333'])
  })

  test('a number in running text dials through WeChat when tapped', async () => {
    const utils = await mount(PhoneText, { text: '也可以拨打全国人社服务热线 12333 咨询。' })
    const number = q('.phone-text__number')!
    expect(textOf(number)).toBe('12333')
    await click(utils, number)
    expect(taroCalls().makePhoneCall.mock.calls.map((c) => c[0].phoneNumber)).toEqual(['12333'])
  })
})
