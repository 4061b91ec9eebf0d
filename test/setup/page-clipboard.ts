/**
 * The browser's Clipboard API for H5 page tests (jsdom has none): records what the page copies, and
 * can refuse the next copy as a browser does without permission. platform/page-copy.ts uses it.
 */
const copies: string[] = []
let refuseNext = false

export function installPageClipboard(): void {
  copies.length = 0
  refuseNext = false
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuseNext) {
          refuseNext = false
          throw new DOMException('Write permission denied.', 'NotAllowedError')
        }
        copies.push(text)
      },
    },
  })
}

/** What the page copied, in order. */
export function pageCopies(): string[] {
  return [...copies]
}

/** The next copy is refused (and the page's execCommand fallback is not there in jsdom either). */
export function refuseNextPageCopy(): void {
  refuseNext = true
}
