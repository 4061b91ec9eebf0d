/**
 * The service worker's rules (config/web-app.ts): which requests it answers with the app, and what the
 * installable app says about itself. The worker itself is exercised in Chromium (test/browser/offline*.test.ts).
 */
import H5_PATHS from '../../src/domain/routes/h5-paths.json'
import { ICONS, NOT_APP_ROUTES, PRECACHE_PATTERNS, WEB_APP_MANIFEST } from '../../config/web-app'

/** As Workbox's NavigationRoute tests a navigation: pathname and search against the denylist. */
const answeredWithApp = (pathAndSearch: string) => !NOT_APP_ROUTES.some((pattern) => pattern.test(pathAndSearch))

test('every app route, with any query, is answered with the app offline', () => {
  const routes = Object.values(H5_PATHS).flat()
  expect(routes.length).toBeGreaterThan(10)
  for (const route of routes) {
    expect(answeredWithApp(route)).toBe(true)
    expect(answeredWithApp(`${route}?region=bijie&id=bj-073`)).toBe(true)
    // A dot or a slash in the query does not make it a file.
    expect(answeredWithApp(`${route}?q=${encodeURIComponent('失业金')}&from=a.b/c.d`)).toBe(true)
  }
})

test('files and the data origin are never answered with the app', () => {
  for (const file of [
    '/robots.txt',
    '/sw.js',
    '/manifest.webmanifest',
    '/js/missing.js',
    '/icons/icon-192.png',
    '/data/manifest.json',
    '/data/bijie/index.json',
    '/data/',
    '/digests/bijie.json',
  ]) {
    expect(answeredWithApp(file)).toBe(false)
  }
})

test('the precache never reaches the data origin or the digest files', () => {
  expect(PRECACHE_PATTERNS.filter((p) => p.startsWith('data') || p.startsWith('digests'))).toEqual([])
  expect(PRECACHE_PATTERNS).toContain('index.html')
})

test('the manifest: Chinese name, standalone, theme colour, 192 and 512 px icons for both purposes', () => {
  expect(WEB_APP_MANIFEST).toMatchObject({ name: '人社办事指南', lang: 'zh-CN', display: 'standalone', start_url: '/', scope: '/' })
  expect(WEB_APP_MANIFEST.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) expect(ICONS.some((i) => i.size === size && i.purpose === purpose)).toBe(true)
  }
})
