/**
 * H5's copy: the Clipboard API where the page may use it (a secure context), else the selection and
 * execCommand('copy') that older WebViews still honour. Not Taro's H5 setClipboardData: that one also
 * keeps every copied text, and every selection the citizen copies anywhere on the page, in
 * localStorage (key taro_clipboard), and brings Taro's modal and toast code along.
 */
export async function copyOnPage(text: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text)
      return
    } catch {
      // Denied or not a secure context: try the older way.
    }
  }
  const area = document.createElement('textarea')
  area.readOnly = true
  area.value = text
  area.setAttribute('aria-hidden', 'true')
  area.style.position = 'fixed'
  area.style.left = '-10000px'
  document.body.appendChild(area)
  try {
    area.select()
    area.setSelectionRange(0, text.length)
    if (typeof document.execCommand !== 'function' || !document.execCommand('copy')) throw new Error('copy refused')
  } finally {
    area.remove()
  }
}
