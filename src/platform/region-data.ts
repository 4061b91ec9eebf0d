/**
 * Where downloaded region data is kept on the phone, and how it is downloaded: the platform half of
 * domain/region-data (which decides what to trust and what to evict).
 *
 *  weapp: files under wx.env.USER_DATA_PATH/region-data/ through the FileSystemManager (outside the
 *         10 MB storage quota, which favourites and ticks share); downloads with wx.request.
 *  H5:    IndexedDB through idb-keyval (a tiny, well-kept wrapper); downloads with fetch. Where
 *         IndexedDB is unavailable (some private modes) the cache lives in memory for the session.
 */
import Taro from '@tarojs/taro'
// Imported with the download code, not on demand: a chunk of its own cost a remote region's first
// guide one more round trip (about 600 ms on slow 4G) for 0.9 KB.
import { createStore, del, get, set } from 'idb-keyval'
import type { DataCache, FetchText } from '../domain/region-data/source'

const DIR = 'region-data'

function memoryCache(): DataCache {
  const files = new Map<string, string>()
  return {
    read: async (key) => files.get(key) ?? null,
    write: async (key, text) => void files.set(key, text),
    remove: async (key) => void files.delete(key),
  }
}

function weappCache(): DataCache {
  const fs = Taro.getFileSystemManager()
  const root = `${Taro.env.USER_DATA_PATH}/${DIR}`
  const made = new Set<string>()
  const mkdir = (dirPath: string) =>
    new Promise<void>((resolve) => {
      if (made.has(dirPath)) return resolve()
      // "already exists" is a failure WeChat reports; either way the folder is there afterwards.
      fs.mkdir({ dirPath, recursive: true, complete: () => (made.add(dirPath), resolve()) })
    })
  return {
    read: (key) =>
      new Promise((resolve) => {
        fs.readFile({
          filePath: `${root}/${key}`,
          encoding: 'utf8',
          success: (r) => resolve(typeof r.data === 'string' ? r.data : null),
          fail: () => resolve(null),
        })
      }),
    async write(key, text) {
      const file = `${root}/${key}`
      await mkdir(file.slice(0, file.lastIndexOf('/')))
      await new Promise<void>((resolve, reject) => {
        fs.writeFile({ filePath: file, data: text, encoding: 'utf8', success: () => resolve(), fail: (e) => reject(new Error(e.errMsg)) })
      })
    },
    remove: (key) =>
      new Promise((resolve) => {
        fs.unlink({ filePath: `${root}/${key}`, complete: () => resolve() })
      }),
  }
}

async function h5Cache(): Promise<DataCache> {
  if (typeof indexedDB === 'undefined') return memoryCache()
  const store = createStore('rsbszn-region-data', 'files')
  try {
    await get('probe', store)
  } catch {
    return memoryCache()
  }
  return {
    read: async (key) => (await get<string>(key, store)) ?? null,
    write: (key, text) => set(key, text, store),
    remove: (key) => del(key, store),
  }
}

/**
 * The phone's region-data cache. Plain functions choose the platform, with if/else: webpack drops the
 * other platform's branch of a constant condition (and what it imports) there, but not inside the
 * state machine an async function compiles to (see fetchDataText).
 */
export function openRegionDataCache(): Promise<DataCache> {
  if (process.env.TARO_ENV === 'h5') return h5Cache()
  else
    return Promise.resolve().then(() => {
      try {
        return weappCache()
      } catch {
        return memoryCache()
      }
    })
}

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

/**
 * GET a data file as text; rejects on a network failure or any status but 200. Chosen with if/else
 * in a plain function: webpack drops the other platform's branch there (Taro's H5 request stack is 28 KB).
 */
export const fetchDataText: FetchText = (url, { fresh }) => {
  if (process.env.TARO_ENV === 'h5') return fetchOnPage(url, fresh)
  else return requestInWeChat(url, fresh)
}
