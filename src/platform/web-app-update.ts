/**
 * H5 only (loaded lazily by web-app.h5.ts, never by weapp): registers sw.js with workbox-window and
 * offers a new version when one is ready. Updates never surprise the citizen:
 *  - a new build installs in the background and then waits (sw.js has no skipWaiting);
 *  - a bar says 有新版本，点击更新; only that tap activates it (SKIP_WAITING) and reloads this tab;
 *  - until then this tab, and every other open tab, keeps running the version it started with;
 *  - favourites, ticks and the region live in localStorage and IndexedDB, which an update leaves alone.
 * A new build is looked for when the app starts and each time the citizen comes back to the tab.
 */
import { Workbox } from 'workbox-window'

export const UPDATE_BAR_ID = 'rsbszn-update'
export const UPDATE_TEXT = '有新版本，点击更新'

function showUpdateBar(onTap: () => void): void {
  if (document.getElementById(UPDATE_BAR_ID)) return
  const bar = document.createElement('button')
  bar.id = UPDATE_BAR_ID
  bar.type = 'button'
  bar.className = 'update-bar'
  bar.textContent = UPDATE_TEXT
  bar.setAttribute('data-testid', 'update-bar')
  bar.addEventListener('click', () => {
    bar.disabled = true
    bar.textContent = '正在更新…'
    onTap()
  })
  document.body.appendChild(bar)
}

export function registerServiceWorker(): Promise<void> {
  const wb = new Workbox('/sw.js', { scope: '/' })
  let tapped = false

  const offer = () =>
    showUpdateBar(() => {
      tapped = true
      // Waiting worker: activate it ('controlling' then reloads). Already active (another tab's tap): reload.
      navigator.serviceWorker.getRegistration().then(
        (registration) => {
          if (registration?.waiting) wb.messageSkipWaiting()
          else window.location.reload()
        },
        () => window.location.reload(),
      )
    })
  wb.addEventListener('waiting', offer)
  wb.addEventListener('controlling', (event) => {
    if (tapped) window.location.reload()
    // Another tab's tap activated the new version: this tab keeps its page and offers the reload.
    else if (event.isUpdate) offer()
  })

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') wb.update().catch(() => undefined)
  })
  return wb.register().then(
    () => undefined,
    // No service worker (a browser that refuses it, a storage quota): the app works online as before.
    () => undefined,
  )
}
