/**
 * README "Add your bureau", steps 2 and 5, reaching the mini-program: `npm run build:catonly` runs README's
 * import command as written (scripts/catonly/build.ts readmeImportCommand, with --out .catonly/mock-data),
 * the data build with TARO_APP_BUNDLED_REGIONS unset, and the weapp build (.catonly/dist/weapp). The new
 * region is in the main package's bundled index and a citizen picks and browses it with no download.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { readmeImportCommand } from '../../scripts/catonly/readme'
import { launch } from './harness'

const REPO = path.resolve(__dirname, '../..')
const DIST = path.join(REPO, '.catonly/dist/weapp')
const GENERATED = path.join(REPO, '.catonly/generated')
const { region: id, name } = readmeImportCommand()

interface Region {
  id: string
  name: string
  categories: { name: string; itemIds: string[] }[]
  items: { id: string; name: string; kind: string; guideId: string | null }[]
}
const region = (JSON.parse(readFileSync(path.join(GENERATED, 'catalogue.json'), 'utf8')) as { regions: Region[] }).regions.find((r) => r.id === id)!
const category = region.categories.find((c) => c.itemIds.some((i) => region.items.find((x) => x.id === i)!.kind !== 'disclosure'))!
const item = region.items.find((i) => category.itemIds.includes(i.id) && i.kind !== 'disclosure')!

test("README's region is in the build, under README's name, and bundled in the main package", () => {
  expect(region.name).toBe(name)
  const mainPackage = readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(DIST, f), 'utf8'))
    .join('\n')
  const entry = new RegExp(`\\{"id":"${id}","name":"${name}"[^{}]*"bundled":(true|false)`).exec(mainPackage)
  expect(entry?.[1]).toBe('true')
  // Its index file (its item names) is in the main package, not downloaded.
  expect(mainPackage).toContain(JSON.stringify(item.name))
})

test('picked in the region picker with no download; its list shows the items with 暂无办事指南', async () => {
  const mp = await launch({ dist: DIST })
  await mp.tap('切换地区 ›')
  expect(mp.text()).toMatch(new RegExp(`${name}\\s*已内置，可离线使用`))
  await mp.tap(mp.findAllByText(name).pop()!)
  expect(mp.page().route).toBe('pages/home/index')
  expect(mp.text()).toContain(`当前地区\n${name}`)
  expect(mp.text()).toContain('还没有办事指南')

  const list = await launch({ dist: DIST, path: `pages/list/index?kind=category&key=${encodeURIComponent(category.name)}&region=${id}` })
  const cell = list.closest(list.find(item.name), (n) => n.className.split(' ').includes('service-cell'))!
  expect(list.findAllByText('暂无办事指南', cell)).toHaveLength(1)
  expect(mp.wx.callsTo('request')).toEqual([])
  expect(list.wx.callsTo('request')).toEqual([])
  expect(list.problems()).toEqual([])
})
