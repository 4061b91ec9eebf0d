/**
 * 一件事 on the real weapp build: home lists the region's events, an event opens with its numbered steps,
 * the combined checklist and the predicted timeline; a tick there shows on a step's guide and survives a
 * relaunch; the event forwards to a friend and to Moments with a path that reopens it.
 */
import { launch } from './harness'

const EVENT = 'packages/guide/pages/life-event/index?region=bijie&id=shiye'

test('home → 失业了: steps, one combined checklist and a timeline; nothing went wrong', async () => {
  const mp = await launch({ path: 'pages/home/index?region=bijie', now: '2026-09-30T10:00:00+08:00' })
  expect(mp.text()).toContain('一件事一次办')
  await mp.tap('失业了')
  expect(mp.page().route).toBe('packages/guide/pages/life-event/index')
  const text = mp.text()
  expect(text).toContain('失业了')
  expect(text).toContain('市本级参保人员办理失业保险金申领')
  expect(text).toMatch(/已备 0\/\d+/)
  expect(text).toContain('全部办完预计 2026年10月13日')
  expect(text).toContain('示例')
  expect(mp.problems()).toEqual([])
})

test('a tick on the event page shows on the guide, and after a relaunch', async () => {
  const mp = await launch({ path: EVENT })
  const before = mp.text().match(/已备 (\d+)\/(\d+)/)!
  await mp.tap(/^本人居民身份证/)
  expect(mp.text()).toContain(`已备 ${Number(before[1]) + 1}/${before[2]}`)
  const guide = await mp.relaunch({ path: 'packages/guide/pages/item/index?region=bijie&id=bj-073' })
  expect(guide.text()).toMatch(/已备 [1-9]\d*\//)
  const again = await guide.relaunch({ path: EVENT })
  expect(again.text()).toContain(`已备 ${Number(before[1]) + 1}/${before[2]}`)
})

test('the event forwards to a friend and to Moments, and the forwarded path reopens it', async () => {
  const mp = await launch({ path: EVENT })
  const share = await mp.shareToFriend()
  expect(share?.title).toContain('失业了')
  expect(share?.path).toContain('packages/guide/pages/life-event/index')
  const friend = await launch({ path: share?.path, scene: 1007 })
  expect(friend.page().route).toBe('packages/guide/pages/life-event/index')
  expect(friend.text()).toContain('失业了')
  const moments = await mp.shareToMoments()
  expect(moments?.query).toContain('id=shiye')
  const single = await launch({ path: `packages/guide/pages/life-event/index?${moments?.query}`, scene: 1154 })
  expect(single.text()).toContain('失业了')
})
