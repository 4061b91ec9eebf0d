/** Debug aid: every file a cold open of a URL downloads, with its gzip size. npx tsx scripts/bench/cold-files.ts dist/h5 '/guide?region=bijie&id=bj-073' */
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../../test/browser/chromium'
import { serveStatic } from '../serve'

async function main(): Promise<void> {
  const [dir, url, origin] = process.argv.slice(2)
  const server = await serveStatic(dir, 0, origin ? { mounts: { '/data': origin } } : undefined)
  const browser = await launchChromium()
  const page = await (await browser.newContext()).newPage()
  const rows: Promise<[string, number, number]>[] = []
  page.on('response', (res) => {
    if (res.status() === 200) rows.push(res.body().then((b) => [res.url().replace(server.url, ''), b.length, gzipSync(b, { level: 9 }).length]))
  })
  await page.goto(server.url + url, { waitUntil: 'networkidle' })
  const all = await Promise.all(rows)
  for (const [u, raw, gz] of all) console.log(String(gz).padStart(8), String(raw).padStart(8), u)
  console.log(String(all.reduce((n, r) => n + r[2], 0)).padStart(8), 'total gzip')
  await browser.close()
  await server.close()
}
void main()
