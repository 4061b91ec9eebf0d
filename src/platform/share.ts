import { copyText } from './clipboard'

/** H5 sharing: the system share sheet where the browser has one, otherwise the link is copied. */
export async function shareCurrentPage(title: string): Promise<'shared' | 'copied' | 'failed'> {
  if (process.env.TARO_ENV !== 'h5') return 'failed'
  const url = window.location.href
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url })
      return 'shared'
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'failed'
    }
  }
  return (await copyText(url, '链接已复制，可粘贴发给家人')) ? 'copied' : 'failed'
}
