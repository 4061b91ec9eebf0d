/**
 * A shared path that no longer exists, on the built mini-program. WeChat calls onPageNotFound and shows
 * its own 页面不存在 page unless the app navigates at once (the harness throws then): the app opens 首页
 * and says why (platform redirectUnknownPages). The H5-only not-found page is not in the mini-program.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { distDir, launch } from './harness'

test.each([
  ['a main-package page', 'pages/gone/index?region=bijie'],
  ['a sub-package page', 'packages/guide/pages/old-guide/index?region=bijie&id=bj-073'],
  ["H5's not-found page", 'pages/not-found/index?path=%2Ffoo'],
])('%s that no longer exists opens 首页 at once, with a toast saying so', async (_name, shared) => {
  const mp = await launch({ path: shared })
  expect(mp.wx.callsTo('onPageNotFound')).toHaveLength(1)
  expect(mp.wx.callsTo('reLaunch').map((c) => (c.args[0] as { url: string }).url)).toEqual(['/pages/home/index'])
  expect(mp.page().route).toBe('pages/home/index')
  expect(mp.text()).toContain('人社办事指南')
  expect(mp.wx.toasts.filter((t) => !t.system).map((t) => t.title)).toEqual(['链接指向的页面已不存在，已为您打开首页'])
  expect(mp.problems()).toEqual([])
})

test("the mini-program has no not-found page of its own (H5's alone)", () => {
  const app = JSON.parse(readFileSync(path.join(distDir(), 'app.json'), 'utf8')) as { pages: string[] }
  expect(app.pages).not.toContain('pages/not-found/index')
  expect(existsSync(path.join(distDir(), 'pages', 'not-found'))).toBe(false)
})

test('a page that exists opens as before, without the not-found redirect', async () => {
  const mp = await launch({ path: 'pages/privacy/index' })
  expect(mp.page().route).toBe('pages/privacy/index')
  expect(mp.wx.callsTo('reLaunch')).toEqual([])
})
