import Taro from '@tarojs/taro'

export function toast(title: string): void {
  Taro.showToast({ title, icon: 'none', duration: 2000 }).catch(() => undefined)
}

/** Copies text; both platforms show their own "内容已复制" toast, so a custom message follows it. */
export async function copyText(text: string, message?: string): Promise<boolean> {
  try {
    if ((process.env.TARO_ENV) === 'h5' && typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      toast(message ?? '已复制')
      return true
    }
    await Taro.setClipboardData({ data: text })
    if (message) setTimeout(() => toast(message), 1600)
    return true
  } catch {
    toast('复制失败，请长按文字手动复制')
    return false
  }
}
