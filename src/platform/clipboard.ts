import Taro from '@tarojs/taro'
import { copyOnPage } from './page-copy'
import { showPageToast } from './page-toast'

/** A short message: WeChat's own toast on weapp, the page's (page-toast.ts) on H5. */
export function toast(title: string): void {
  // if/else, not an early return: webpack then drops the other platform's branch and what it imports.
  if (process.env.TARO_ENV === 'h5') showPageToast(title)
  else Taro.showToast({ title, icon: 'none', duration: 3000 }).catch(() => undefined)
}

/** Short enough for WeChat's two-line toast. */
export const COPY_REFUSED = {
  notDeclared: '未授权使用剪切板，无法复制。请长按文字手动复制',
  notAgreed: '未同意隐私保护指引，无法复制。请长按文字手动复制',
  other: '复制失败，请长按文字手动复制',
} as const

/**
 * Why WeChat refused a copy, in plain Chinese, with what the citizen can do instead. WeChat's privacy
 * rules (基础库 2.32.3+) fail setClipboardData with errno 112 when the mini-program has not declared
 * 剪切板 in its 用户隐私保护指引, and with errno 104 when the citizen has not agreed to it.
 * The text on the page is long-press selectable, so copying by hand always works.
 */
export function copyRefusalMessage(error: unknown): string {
  const { errno, errMsg } = (error ?? {}) as { errno?: number; errMsg?: string }
  const message = typeof errMsg === 'string' ? errMsg : ''
  if (errno === 112 || /not declared in the privacy agreement/i.test(message)) {
    return COPY_REFUSED.notDeclared
  }
  if (errno === 104 || /privacy permission is not authorized/i.test(message)) {
    return COPY_REFUSED.notAgreed
  }
  return COPY_REFUSED.other
}

/**
 * The platform's copy, in a plain (not async) function: webpack drops the other branch of a constant
 * condition (and what it imports), but not inside the state machine an async function compiles to,
 * where Taro's H5 clipboard (with its toast and modal) would stay in the bundle.
 */
function writeClipboard(text: string): Promise<unknown> {
  if (process.env.TARO_ENV === 'h5') return copyOnPage(text)
  else return Taro.setClipboardData({ data: text })
}

/** Copies text and says so: WeChat shows its own "内容已复制" toast, so a custom message follows it there. */
export async function copyText(text: string, message?: string): Promise<boolean> {
  try {
    await writeClipboard(text)
    if (process.env.TARO_ENV === 'h5') toast(message ?? '已复制')
    else if (message) setTimeout(() => toast(message), 1600)
    return true
  } catch (error) {
    toast(copyRefusalMessage(error))
    return false
  }
}
