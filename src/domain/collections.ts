/**
 * Collection helpers the app uses instead of built-ins newer than the oldest phones WeChat supports:
 * Object.fromEntries needs iOS 12.2 and Array.prototype.flatMap iOS 12 (check:weapp rejects both in
 * dist/weapp). One home, so no page or module writes its own loop.
 */

export function fromEntries<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {}
  for (const [key, value] of entries) out[key] = value
  return out
}

export function flatMap<T, U>(items: readonly T[], map: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = []
  items.forEach((item, i) => out.push(...map(item, i)))
  return out
}
