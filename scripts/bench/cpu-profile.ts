/**
 * Debug aid: where the main thread goes while an H5 page loads, by source module. Loads the page in
 * Chromium with 4x CPU slowdown (Lighthouse's mobile figure), records a V8 CPU profile from navigation
 * until the page has settled, and attributes self time to the sources of each script through its source
 * map (build with BUNDLE_STATS=/tmp/stats.json TARO_APP_OUTPUT=.bench/trace, which writes source maps).
 * Also counts the page's DOM elements (style and layout cost grows with them).
 *
 *   npx tsx scripts/bench/cpu-profile.ts .bench/trace/h5 '/guide?region=bijie&id=bj-073' [rows] [--inclusive]
 *
 * --inclusive: time with callees (a module's top-level code including what it calls), not self time.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { SourceMapConsumer } from 'source-map-js'
import { launchChromium } from '../../test/browser/chromium'
import { serveStatic } from '../serve'
import { throttledPage } from './throttled-page'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

async function main(): Promise<void> {
  const inclusive = process.argv.includes('--inclusive')
  const [dir = '.bench/trace/h5', target = '/', rowsText = '30'] = process.argv.slice(2).filter((a) => a !== '--inclusive')
  const server = await serveStatic(dir)
  const browser = await launchChromium()
  const { page, cdp } = await throttledPage(browser, { slowNetwork: false })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(server.url + target, { waitUntil: 'networkidle' })
  await page.waitForSelector('.page >> visible=true')
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  const domElements = await page.evaluate(() => document.querySelectorAll('*').length)
  await browser.close()
  await server.close()

  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + profile.timeDeltas[i] / 1000))
  const consumers = new Map<string, SourceMapConsumer | null>()
  const consumerFor = (url: string) => {
    if (!consumers.has(url)) {
      const file = path.join(dir, new URL(url).pathname)
      consumers.set(url, existsSync(`${file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null)
    }
    return consumers.get(url)!
  }
  const keyOf = (node: ProfileNode) => {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame
    let key = url ? new URL(url).pathname : `(${functionName || 'native'})`
    const consumer = url.startsWith(server.url) ? consumerFor(url) : null
    if (consumer) {
      const original = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber })
      if (original.source) key = original.source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^.*node_modules\//, 'nm/')
    }
    return key
  }
  const parent = new Map<number, ProfileNode>()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const bySource = new Map<string, number>()
  let total = 0
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0
    if (!ms) continue
    total += ms
    // Self time: this frame's source. Inclusive: every source on the stack, once.
    const keys = new Set<string>()
    for (let n: ProfileNode | undefined = node; n; n = inclusive ? parent.get(n.id) : undefined) keys.add(keyOf(byId.get(n.id)!))
    for (const key of keys) bySource.set(key, (bySource.get(key) ?? 0) + ms)
  }
  console.log(`${target}: ${Math.round(total)} ms of samples (4x CPU), ${domElements} DOM elements`)
  for (const [key, ms] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, Number(rowsText))) console.log(`${String(Math.round(ms)).padStart(7)} ms  ${key}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
