/**
 * H5: makes the page a web app once the first screen is up, so neither part competes with it:
 * app.ts calls this once the first page has rendered its content (services/first-content.ts, reported
 * by the page wrapper); then, after the load event,
 * a second for that content to reach the screen, and an idle moment,
 *  - the web app manifest is linked (config/web-app.ts writes it). A browser fetches a linked manifest,
 *    and then its icons, at once and at high priority; linked in index.html they were on the first
 *    screen's path (about 0.2 s of home's LCP on slow 4G). Installing (添加到主屏幕) happens later;
 *  - a lazily loaded chunk (web-app-update.ts, with workbox-window) registers the service worker
 *    (sw.js) and offers updates.
 * Later calls do nothing. Where there is no service worker (WeChat's in-app browser on iOS, a private
 * window, plain http on another host) only the manifest is linked: the page works online as before.
 */
let started = false

/** How long after the first content (and the load event) the web app parts wait, then for an idle moment. */
const SETTLE_MS = 1000

/** Where the build writes the web app manifest (config/web-app.ts). */
const WEB_APP_MANIFEST_PATH = '/manifest.webmanifest'

function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return
  const link = document.createElement('link')
  link.rel = 'manifest'
  link.href = WEB_APP_MANIFEST_PATH
  document.head.appendChild(link)
}

export function startWebApp(): void {
  if (started || process.env.NODE_ENV !== 'production') return
  started = true
  if (typeof window === 'undefined' || typeof document === 'undefined') return
  const start = () => {
    linkManifest()
    if (!navigator.serviceWorker) return
    void import(/* webpackChunkName: "web-app-update" */ './web-app-update').then((m) => m.registerServiceWorker()).catch(() => undefined)
  }
  const whenIdle = () => {
    const idle = (window as Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback
    if (idle) idle(start, { timeout: 5000 })
    else setTimeout(start, 1000)
  }
  // An idle moment can come before the content's frame is on screen: a second's grace first.
  const settled = () => setTimeout(whenIdle, SETTLE_MS)
  if (document.readyState === 'complete') settled()
  else window.addEventListener('load', settled, { once: true })
}
