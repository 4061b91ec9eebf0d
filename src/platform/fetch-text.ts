/**
 * A data file's text from the data origin: fetch on H5, wx.request on weapp. Small and free of the
 * cache code, so a build with a data origin can ask for a remote region's index at launch, before the
 * download code (platform/region-data.ts, services/region-data-remote.ts) has arrived.
 *
 * The platform is chosen with if/else in a plain function: webpack drops the other branch of a
 * constant condition (and what it imports) there, but not inside the state machine an async function
 * compiles to, where Taro's H5 request stack (fetch, AbortController and JSONP polyfills, 28 KB) would
 * stay in the bundle.
 */
import Taro from '@tarojs/taro'
import type { FetchText } from '../domain/region-data/contract'

const TIMEOUT_MS = 20_000

async function fetchOnPage(url: string, fresh: boolean): Promise<string> {
  const response = await fetch(url, { cache: fresh ? 'no-store' : 'default' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}

function requestInWeChat(url: string, fresh: boolean): Promise<string> {
  return Taro.request<string>({
    url,
    method: 'GET',
    dataType: '其他',
    responseType: 'text',
    timeout: TIMEOUT_MS,
    header: fresh ? { 'Cache-Control': 'no-cache' } : {},
  }).then((response) => {
    if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`)
    if (typeof response.data !== 'string') throw new Error('response is not text')
    return response.data
  })
}

/** GET a data file as text; rejects on a network failure or any status but 200. */
export const fetchDataText: FetchText = (url, { fresh }) => {
  if ((process.env.TARO_ENV) === 'h5') return fetchOnPage(url, fresh)
  else return requestInWeChat(url, fresh)
}
