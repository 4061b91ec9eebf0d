import TestUtils from '@tarojs/test-utils-react'
import type { ComponentType } from 'react'

const mounted: TestUtils[] = []

/** Mounts a component or page with real Taro H5 components in jsdom. */
export async function mount<P extends object>(component: ComponentType<P>, props?: P) {
  const utils = new TestUtils()
  await utils.mount(component as ComponentType<Record<string, unknown>>, { props: (props ?? {}) as Record<string, unknown> })
  mounted.push(utils)
  return utils
}

/** Unmounts everything mounted by the test that just ran (called from the UI setup). */
export function unmountAll(): void {
  while (mounted.length) mounted.pop()!.unmout()
  document.body.innerHTML = ''
}

/** Clicks an element and lets React and Taro's components settle. */
export async function click(utils: TestUtils, el: Element | null) {
  if (!el) throw new Error('element to click not found')
  utils.act(() => {
    utils.fireEvent.click(el)
  })
  await new Promise((r) => setTimeout(r, 0))
}

export function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The first element whose text includes `text`, among elements matching `selector`. */
export function byText(selector: string, text: string): Element | null {
  return Array.from(document.querySelectorAll(selector)).find((el) => textOf(el).includes(text)) ?? null
}

export function stored(key: string): unknown {
  const raw = window.localStorage.getItem(key)
  if (!raw) return undefined
  // Taro H5 wraps values as {"data": ...}; ours are versioned JSON strings inside.
  return JSON.parse(JSON.parse(raw).data)
}
