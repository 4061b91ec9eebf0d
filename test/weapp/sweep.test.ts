/**
 * Every page of the built mini-program opened once — the main pages, every guide, every list and each
 * region's 公开目录: each shows what it is about, with no exception, no console.error, no WXML warning
 * and no setData over 256 KB.
 */
import { launch, SET_DATA_LIMIT_BYTES, type MiniProgram } from './harness'
import { disclosurePath, guidePath, listPaths, PAGES, regions } from './catalogue'

interface Visit {
  path: string
  /** Text the page must show. */
  shows: string
}

const mainPages: Visit[] = [
  { path: PAGES.home, shows: '人社办事指南' },
  { path: PAGES.browse, shows: '分类' },
  { path: PAGES.mine, shows: '收藏' },
  { path: 'pages/privacy/index', shows: '隐私说明' },
  { path: PAGES.search, shows: '大家常这样搜' },
  { path: `${PAGES.search}?q=${encodeURIComponent('社保')}`, shows: '社保' },
]

const visits: Visit[] = regions.flatMap((r) => [
  ...r.items.map((item) => ({ path: guidePath(r.id, item.id), shows: item.name })),
  ...listPaths(r).map((path, i) => ({ path, shows: [...r.themes.map((t) => t.name), ...r.categories.map((c) => c.name), '个人办事', '单位办事'][i] })),
  { path: disclosurePath(r.id), shows: r.name },
])

let mp: MiniProgram

/** A phone number in rendered text (the data rule's two shapes: 0902-2321695, or a national line). */
const PHONE_IN_TEXT = /0\d{2,3}-\d{7,8}|(?<!\d)(?:12333|12345)(?!\d)/g
/** Call controls: the hotline card, bar and confirm panel (HotlineButton), a number in running text (PhoneText), and the broken-link page's 12333 button (NotFound). */
const CALL_CONTROL = /(^|\s)(hotline-card|hotline-bar|call-panel|phone-text__number|not-found__call)(\s|$)/

/** Every phone number the current page shows outside a call control (issue 27: every number is a call button). */
function numbersOutsideCallControls(program: MiniProgram): string[] {
  const textNodes = program.findAll((n) => n.text !== '' && PHONE_IN_TEXT.test(n.text))
  PHONE_IN_TEXT.lastIndex = 0
  return textNodes.filter((n) => !program.closest(n, (a) => CALL_CONTROL.test(a.className))).flatMap((n) => n.text.match(PHONE_IN_TEXT) ?? [])
}
afterAll(() => mp?.close())

test(`the sweep covers every guide, list and 公开目录 page (${visits.length} pages) and the ${mainPages.length} main pages`, () => {
  expect(visits.length).toBeGreaterThan(150)
})

test('every page opens cleanly and shows what it is about', async () => {
  // One launch for the whole sweep. Tab pages are reached with switchTab; other pages replace each
  // other (redirectTo) so the page stack never fills up.
  mp = await launch()
  const go = async (path: string) => {
    const route = path.split('?')[0]
    if (mp.page().url === path) return
    if (mp.logic.isTabPage(route)) await mp.open(path)
    else if (mp.logic.isTabPage(mp.page().route)) await mp.open(path)
    else await mp.replace(path)
  }
  const failures: string[] = []
  let seen = 0
  for (const visit of [...mainPages, ...visits]) {
    await go(visit.path)
    if (mp.page().url !== visit.path) failures.push(`${visit.path}: did not open (on ${mp.page().url})`)
    const text = mp.text()
    const problems = mp.problems()
    if (!text.includes(visit.shows)) failures.push(`${visit.path}: does not show "${visit.shows}"`)
    if (!mp.page().canForward) failures.push(`${visit.path}: cannot be forwarded (no onShareAppMessage)`)
    if (/事项不存在|已调整/.test(text) && !/已调整/.test(visit.shows)) failures.push(`${visit.path}: shows the not-found page`)
    for (const number of numbersOutsideCallControls(mp)) failures.push(`${visit.path}: the number ${number} is shown, but is not a call button`)
    for (const p of problems.slice(seen)) failures.push(`${visit.path}: ${p}`)
    seen = problems.length
  }
  expect(failures).toEqual([])
  const largest = Math.max(...mp.setDataLog.map((s) => s.bytes))
  expect(largest).toBeLessThanOrEqual(SET_DATA_LIMIT_BYTES)
  // Printed for the record (the audit wants at most 256 KB per call).
  process.stdout.write(
    `weapp sweep: ${mainPages.length + visits.length} pages, ${mp.setDataLog.length} setData calls, largest ${(largest / 1024).toFixed(1)} KB\n`,
  )
  // About 15 s of CPU; the limit leaves room for a busy CI machine.
}, 240_000)
