/**
 * H5: registers the service worker (sw.js, generated at build time by config/web-app.ts) once the
 * first screen is up, so it never competes with it: usePageChrome calls this when the first page has
 * rendered its content; then, after the load event and an idle moment, a lazily loaded chunk
 * (web-app-update.ts, with workbox-window) does the registering and offers updates. Later calls do nothing.
 * Where there is no service worker (WeChat's in-app browser on iOS, a private window, plain http on
 * another host) nothing happens at all: the page works online exactly as before.
 */
let started = false

export function startWebApp(): void {
  if (started || process.env.NODE_ENV !== 'production') return
  started = true
  if (typeof window === 'undefined' || typeof navigator === 'undefined' || !navigator.serviceWorker) return
  const register = () => {
    const idle = (window as Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback
    const start = () => void import(/* webpackChunkName: "web-app-update" */ './web-app-update').then((m) => m.registerServiceWorker()).catch(() => undefined)
    if (idle) idle(start, { timeout: 5000 })
    else setTimeout(start, 1000)
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
