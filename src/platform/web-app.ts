/**
 * weapp: nothing to do. WeChat keeps the mini-program's package on the phone, so it opens offline
 * already; a service worker is H5's way of doing the same (web-app.h5.ts).
 */
export function startWebApp(): void {
  // Intentionally empty: no service worker code reaches dist/weapp (scripts/check-weapp.ts asserts it).
}
