/** Debug aid: throttled FCP of a page of two H5 builds, interleaved. npx tsx scripts/bench/fcp-quick.ts dist/h5 .bench/fixture/h5 [url] [runs] */
import { launchChromium } from '../../test/browser/chromium'
import { serveStatic } from '../serve'
import { fcpOnce } from './app'

async function main(): Promise<void> {
  const [a, b, url = '/', runs = '3'] = process.argv.slice(2)
  const browser = await launchChromium()
  const servers = [await serveStatic(a), await serveStatic(b)]
  const times: number[][] = [[], []]
  await fcpOnce(browser, servers[0].url + url)
  for (let i = 0; i < Number(runs); i++) for (const k of [0, 1]) times[k].push(await fcpOnce(browser, servers[k].url + url))
  for (const k of [0, 1]) console.log([a, b][k], times[k].map(Math.round).join(' '))
  await browser.close()
  for (const s of servers) await s.close()
}
void main()
