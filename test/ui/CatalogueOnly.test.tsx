/**
 * Entries that rest on guides, for regions without them: a list cell says 暂无办事指南 for an item that
 * awaits its guide; home's 一件事/我能办什么 block is absent without guides, and shows only 我能办什么
 * while a region has guides but no 一件事 yet.
 */
import LifeEventEntries from '../../src/components/life-event/LifeEventEntries'
import ServiceCell from '../../src/components/ServiceCell'
import type { ItemSummary, RegionIndex } from '../../types/generated'
import { realIndex } from '../helpers/dataset'
import { mount, textOf } from './helpers'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

const hami = realIndex().regions.find((r) => r.id === 'hami')!
const withoutGuides: RegionIndex = { ...hami, id: 'demo-import', items: hami.items.map((i) => ({ ...i, guideId: null })), lifeEvents: [] }
const item = (id: string): ItemSummary => hami.items.find((i) => i.id === id)!
const body = () => textOf(document.body)

test('a service without its guide is listed with 暂无办事指南; with its guide, or a 公开目录 entry, without', async () => {
  await mount(ServiceCell, { item: { ...item('hm-013'), guideId: null, timeLimitText: null }, onPress: () => undefined })
  expect(body()).toContain('暂无办事指南')
  document.body.innerHTML = ''
  await mount(ServiceCell, { item: item('hm-013'), onPress: () => undefined })
  expect(body()).not.toContain('暂无办事指南')
  document.body.innerHTML = ''
  await mount(ServiceCell, { item: item('hm-001'), onPress: () => undefined })
  expect(body()).not.toContain('暂无办事指南')
})

test('home entries: none without guides; 我能办什么 alone with guides but no 一件事; both for hami', async () => {
  await mount(LifeEventEntries, { region: withoutGuides })
  expect(body()).toBe('')
  await mount(LifeEventEntries, { region: { ...hami, lifeEvents: [] } })
  expect(body()).toContain('我能办什么')
  expect(body()).not.toContain('一件事一次办')
  document.body.innerHTML = ''
  await mount(LifeEventEntries, { region: hami })
  expect(body()).toContain('一件事一次办')
  expect(body()).toContain('我能办什么')
})
