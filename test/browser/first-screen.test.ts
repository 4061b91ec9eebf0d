/**
 * The first screen's network (config/route-preload.ts): a cold open asks for its page's chunks beside
 * the entry through preload links index.html adds for that route, and downloads each file only once.
 */
import { harnessForThisFile, text } from './harness'

const h = harnessForThisFile()

test.each([
  ['home', '/'],
  ['a shared guide', '/guide?region=bijie&id=bj-073'],
])('%s: its page chunks are preloaded from index.html, and every script is downloaded once', async (_label, target) => {
  const context = await h().newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname)
  })
  await page.goto(h().base + target, { waitUntil: 'networkidle' })
  await page.waitForSelector('.page >> visible=true')
  const preloaded = await page.$$eval('link[rel="preload"][as="script"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
  expect(preloaded.length).toBeGreaterThan(0)
  expect(preloaded).toContain(preloaded.find((f) => f.includes('page-common')))
  // Every preloaded file is one the page really loads, and no script is asked for twice.
  for (const file of preloaded) expect(scripts).toContain(file)
  expect(scripts.filter((s, i) => scripts.indexOf(s) !== i)).toEqual([])
  expect((await text(page, '.page')).length).toBeGreaterThan(0)
  await context.close()
})
