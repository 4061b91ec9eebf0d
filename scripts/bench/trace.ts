/**
 * Debug aid: a Chrome performance trace of an H5 page loading (4x CPU slowdown, as Lighthouse's mobile
 * profile), summarised: each main-thread task over 50 ms and, inside each, the time by event (script
 * evaluation by file, style recalculation with its element count, layout, style sheet parsing, timers).
 * The raw trace goes to .bench/trace-<page>.json (open it in Chrome DevTools' Performance panel).
 *
 *   npx tsx scripts/bench/trace.ts dist/h5 '/guide?region=bijie&id=bj-073'
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { launchChromium } from '../../test/browser/chromium'
import { serveStatic } from '../serve'
import { throttledPage } from './throttled-page'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; elementCount?: number }
}

const ROOT = path.resolve(__dirname, '..', '..')

async function main(): Promise<void> {
  const [dir = 'dist/h5', target = '/'] = process.argv.slice(2)
  const server = await serveStatic(dir)
  const browser = await launchChromium()
  const { page } = await throttledPage(browser, { slowNetwork: false })
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] })
  await page.goto(server.url + target, { waitUntil: 'networkidle' })
  // The app's pages have .page; the fixture's one page has only its text.
  await page.waitForSelector('.taro_page >> visible=true')
  const buffer = await browser.stopTracing()
  await browser.close()
  await server.close()
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
  const file = path.join(ROOT, '.bench', `trace-${target.replace(/[^a-z0-9]+/gi, '-')}.json`)
  writeFileSync(file, buffer)

  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents
  // The renderer's main thread: the thread that ran the page's scripts.
  const mainThread = events.find((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall')!
  const onMain = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.dur !== undefined)
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur! > 50_000).sort((a, b) => a.ts - b.ts)
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? tasks[0]?.ts ?? 0
  const totals = new Map<string, { ms: number; count: number }>()
  console.log(`${target}: ${tasks.length} tasks over 50 ms (4x CPU); trace written to ${path.relative(ROOT, file)}`)
  for (const task of tasks) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
    const by = new Map<string, { ms: number; count: number }>()
    for (const e of inside) {
      // Only the outermost events of interest, by kind (nested FunctionCalls would count twice).
      if (
        ![
          'EvaluateScript',
          'FunctionCall',
          'UpdateLayoutTree',
          'Layout',
          'ParseAuthorStyleSheet',
          'TimerFire',
          'v8.compile',
          'ParseHTML',
          'Paint',
          'RunMicrotasks',
          'EventDispatch',
          'FireAnimationFrame',
        ].includes(e.name)
      )
        continue
      const parent = inside.find(
        (p) =>
          p !== e &&
          p.ts <= e.ts &&
          p.ts + p.dur! >= e.ts + e.dur! &&
          ['EvaluateScript', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'FireAnimationFrame', 'EventDispatch'].includes(p.name) &&
          p.name === e.name,
      )
      if (parent) continue
      const data = e.args?.data ?? e.args?.beginData ?? {}
      const url = String(data.url ?? data.scriptName ?? '').replace(/^https?:\/\/[^/]+/, '')
      const key = e.name === 'UpdateLayoutTree' ? `UpdateLayoutTree` : url ? `${e.name} ${url}` : e.name
      const entry = by.get(key) ?? { ms: 0, count: 0 }
      entry.ms += e.dur! / 1000
      entry.count += 1
      by.set(key, entry)
      const total = totals.get(key) ?? { ms: 0, count: 0 }
      total.ms += e.dur! / 1000
      total.count += 1
      totals.set(key, total)
    }
    const rows = [...by]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 6)
      .map(([k, v]) => `${k} ${Math.round(v.ms)} ms${v.count > 1 ? ` ×${v.count}` : ''}`)
    console.log(`  task at ${Math.round((task.ts - start) / 1000)} ms, ${Math.round(task.dur! / 1000)} ms: ${rows.join('; ')}`)
  }
  console.log('in long tasks, by event:')
  for (const [k, v] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) console.log(`  ${String(Math.round(v.ms)).padStart(6)} ms ×${v.count}  ${k}`)
  const recalcs = onMain.filter((e) => e.name === 'UpdateLayoutTree')
  console.log(
    `style recalculations: ${recalcs.length}, ${Math.round(recalcs.reduce((n, e) => n + e.dur!, 0) / 1000)} ms; layouts: ${onMain.filter((e) => e.name === 'Layout').length}, ${Math.round(onMain.filter((e) => e.name === 'Layout').reduce((n, e) => n + e.dur!, 0) / 1000)} ms`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
