/**
 * The moment the first page shows its content (its data is in and rendered): what the app waits for
 * before anything that would compete with the first screen (H5: the web app manifest and the service
 * worker, app.ts). The page wrapper reports it; later reports do nothing.
 */
let shown = false
const waiting: (() => void)[] = []

export function firstContentShown(): void {
  if (shown) return
  shown = true
  for (const callback of waiting.splice(0)) callback()
}

/** Calls back once the first page has shown its content (at once if it has). */
export function afterFirstContent(callback: () => void): void {
  if (shown) callback()
  else waiting.push(callback)
}
