/**
 * Route parameters arrive from links people share, so decoding is defensive: H5 hands them over still
 * percent-encoded, and a garbled value is reported (null), not thrown. No imports: the H5 first
 * screen's inline script (config/route-preload.ts) is built from this too.
 */

/** Decodes a route parameter; null when it is missing or not valid percent-encoding. */
export function decodeParam(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '') return null
  try {
    const once = decodeURIComponent(raw.replace(/\+/g, ' '))
    // Some shares encode twice; decode again only when the result still looks encoded.
    return /%[0-9a-f]{2}/i.test(once) ? decodeURIComponent(once) : once
  } catch {
    return null
  }
}

/**
 * The query of an H5 address as pages read it: values left percent-encoded (as Taro's H5 router hands
 * them over; decodeParam decodes). `search`: location.search, with or without its '?'.
 */
export function queryParams(search: string): Record<string, string> {
  const params: Record<string, string> = {}
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    if (at < 0) params[pair] = ''
    else params[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return params
}
