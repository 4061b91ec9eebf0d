/**
 * H5's toast: a short message in WeChat's toast style, read out by screen readers (role="status").
 * Taro's own H5 showToast comes with its modal and action sheet (about 7 KB gzip in the page's first
 * script) for one line of text; weapp keeps WeChat's native toast (clipboard.ts).
 */
const ID = 'rsbszn-toast'
let hideTimer: ReturnType<typeof setTimeout> | undefined

export function showPageToast(title: string, durationMs = 3000): void {
  if (typeof document === 'undefined') return
  let box = document.getElementById(ID)
  if (!box) {
    box = document.createElement('div')
    box.id = ID
    box.className = 'page-toast'
    box.setAttribute('role', 'status')
    box.setAttribute('aria-live', 'polite')
    box.setAttribute('data-testid', 'page-toast')
    document.body.appendChild(box)
  }
  box.textContent = title
  box.hidden = false
  if (hideTimer) clearTimeout(hideTimer)
  hideTimer = setTimeout(() => {
    box!.hidden = true
    box!.textContent = ''
  }, durationMs)
}
