/**
 * The weapp side of the platform module, in Jest: TARO_ENV_JEST=weapp switches the
 * process.env.TARO_ENV branches of src (test-utils' transformer). The platform module tests the
 * variable when called, so it stays set for each weapp test.
 */
import { pageCopies } from '../setup/page-clipboard'
import * as platform from '../../src/platform'
import type { Venue } from '../../types/catalogue'
import { taroCalls, taroState } from '../setup/taro-mock'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

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

describe('platform on weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test('dials through Taro.makePhoneCall with digits only, and never a bad number', async () => {
    await expect(platform.callPhone('0902-2321695')).resolves.toBe(true)
    expect(taroCalls().makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '09022321695' })
    await expect(platform.callPhone('0902-2321695; rm -rf')).resolves.toBe(false)
    await expect(platform.callPhone('javascript:alert(1)')).resolves.toBe(false)
    expect(taroCalls().makePhoneCall).toHaveBeenCalledTimes(1)
    await expect(platform.callPhone('12345')).resolves.toBe(true)
    expect(taroCalls().makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '12345' })
  })

  test('reads the system font scale from getAppBaseInfo', () => {
    taroState.fontScale = 1.4
    expect(platform.systemFontScale()).toBe(1.4)
  })

  test('opens the map where a venue has coordinates', async () => {
    const withCoordinates = { ...venue, coordinates: { latitude: 30, longitude: 100, source: '测试' } }
    await expect(platform.openVenueOnMap(withCoordinates)).resolves.toBe('opened')
    expect(taroCalls().openLocation).toHaveBeenCalledWith({ latitude: 30, longitude: 100, name: '测试大厅', scale: 16 })
  })

  test('without coordinates it copies the venue name instead of pretending to open a map', async () => {
    await expect(platform.openVenueOnMap(venue)).resolves.toBe('copied-name')
    expect(taroCalls().openLocation).not.toHaveBeenCalled()
    expect(taroCalls().setClipboardData).toHaveBeenCalledWith({ data: '测试大厅' })
  })
})

describe('platform on H5', () => {
  test('the map never calls Taro.openLocation, which does nothing on H5 without the WeChat JS-SDK', async () => {
    const withCoordinates = { ...venue, coordinates: { latitude: 30, longitude: 100, source: '测试' } }
    await expect(platform.openVenueOnMap(withCoordinates)).resolves.toBe('copied-name')
    expect(taroCalls().openLocation).not.toHaveBeenCalled()
    expect(pageCopies()).toEqual(['测试大厅'])
  })
})
