/**
 * A phone-sized page with Lighthouse's mobile CPU (4x slowdown), and with `slowNetwork` also slow 4G
 * and no cache: the one setup the bench and debug scripts (app.ts, scale-app.ts, trace.ts,
 * cpu-profile.ts) measure under. Close its context when done.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'

// Slow 4G as in Chrome DevTools' throttling presets: ~560 ms latency, 1.44 Mbit/s down, 675 kbit/s up.
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1e6) / 8, uploadThroughput: (675 * 1e3) / 8 }

export async function throttledPage(
  browser: Browser,
  { slowNetwork }: { slowNetwork: boolean },
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  // Service workers blocked on CPU-only runs (traces of one cold load); the network runs keep the browser's default.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...(slowNetwork ? {} : { serviceWorkers: 'block' as const }) })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (slowNetwork) {
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { context, page, cdp }
}
