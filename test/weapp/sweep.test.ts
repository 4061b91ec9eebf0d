/**
 * Every guide, every list and each region's 公开目录, opened once in the built mini-program: each shows
 * what it is about, with no exception, no console.error, no WXML warning and no setData over 256 KB.
 */
import { launch, SET_DATA_LIMIT_BYTES, type MiniProgram } from './harness'
import { disclosurePath, guidePath, listPaths, regions } from './catalogue'

interface Visit {
  path: string
  /** Text the page must show. */
  shows: string
}

const visits: Visit[] = regions.flatMap((r) => [
  ...r.items.map((item) => ({ path: guidePath(r.id, item.id), shows: item.name })),
  ...listPaths(r).map((path, i) => ({ path, shows: [...r.themes.map((t) => t.name), ...r.categories.map((c) => c.name), '个人办事', '单位办事'][i] })),
  { path: disclosurePath(r.id), shows: r.name },
])

let mp: MiniProgram
afterAll(() => mp?.close())

test(`the sweep covers every guide, list and 公开目录 page (${visits.length} pages)`, () => {
  expect(visits.length).toBeGreaterThan(150)
})

test('every guide, list and 公开目录 page opens cleanly and shows what it is about', async () => {
  // One launch for the whole sweep, moving with redirectTo so the page stack never fills up.
  mp = await launch({ path: visits[0].path })
  const failures: string[] = []
  let seen = 0
  for (const [i, visit] of visits.entries()) {
    if (i > 0) await mp.replace(visit.path)
    const text = mp.text()
    const problems = mp.problems()
    if (!text.includes(visit.shows)) failures.push(`${visit.path}: does not show "${visit.shows}"`)
    if (/事项不存在|已调整/.test(text) && !/已调整/.test(visit.shows)) failures.push(`${visit.path}: shows the not-found page`)
    for (const p of problems.slice(seen)) failures.push(`${visit.path}: ${p}`)
    seen = problems.length
  }
  expect(failures).toEqual([])
  const largest = Math.max(...mp.setDataLog.map((s) => s.bytes))
  expect(largest).toBeLessThanOrEqual(SET_DATA_LIMIT_BYTES)
  // Printed for the record (the audit wants at most 256 KB per call).
  process.stdout.write(`weapp sweep: ${visits.length} pages, ${mp.setDataLog.length} setData calls, largest ${(largest / 1024).toFixed(1)} KB\n`)
})
