/**
 * The platform half of region data: on weapp, files under USER_DATA_PATH through the file-system
 * manager and downloads through wx.request; on H5, fetch (and memory where IndexedDB is missing,
 * as in jsdom).
 */
import Taro from '@tarojs/taro'
import { fetchDataText, openRegionDataCache } from '../../src/platform/region-data'

jest.mock('@tarojs/taro', () => require('../setup/taro-mock').createTaroMock())

type Callbacks = { success?: (r: unknown) => void; fail?: (e: { errMsg: string }) => void; complete?: () => void }

/** A file-system manager over a Map, failing the way WeChat's does (readFile of a missing file fails). */
function fakeFileSystem() {
  const files = new Map<string, string>()
  const dirs = new Set<string>()
  const done = (cb: Callbacks, ok: boolean, value?: unknown) => {
    if (ok) cb.success?.(value)
    else cb.fail?.({ errMsg: 'fail no such file or directory' })
    cb.complete?.()
  }
  return {
    files,
    dirs,
    manager: {
      mkdir: (o: { dirPath: string } & Callbacks) => (dirs.add(o.dirPath), done(o, true)),
      readFile: (o: { filePath: string } & Callbacks) => done(o, files.has(o.filePath), { data: files.get(o.filePath) }),
      writeFile: (o: { filePath: string; data: string } & Callbacks) => {
        const dir = o.filePath.slice(0, o.filePath.lastIndexOf('/'))
        if (!dirs.has(dir)) return done(o, false)
        files.set(o.filePath, o.data)
        done(o, true)
      },
      unlink: (o: { filePath: string } & Callbacks) => done(o, files.delete(o.filePath)),
    },
  }
}

describe('weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV_JEST = 'weapp'
  })
  afterEach(() => {
    delete process.env.TARO_ENV_JEST
  })

  test('the cache keeps files under USER_DATA_PATH/region-data, creating folders as needed', async () => {
    const fs = fakeFileSystem()
    ;(Taro as unknown as Record<string, unknown>).getFileSystemManager = () => fs.manager
    ;(Taro as unknown as { env: Record<string, string> }).env = { USER_DATA_PATH: 'wxfile://usr' }
    const cache = await openRegionDataCache()
    expect(await cache.read('hami/0123456789abcdef.json')).toBeNull()
    await cache.write('hami/0123456789abcdef.json', '{"a":"哈密"}')
    expect(fs.files.get('wxfile://usr/region-data/hami/0123456789abcdef.json')).toBe('{"a":"哈密"}')
    expect(await cache.read('hami/0123456789abcdef.json')).toBe('{"a":"哈密"}')
    await cache.remove('hami/0123456789abcdef.json')
    expect(fs.files.size).toBe(0)
  })

  test('downloads go through wx.request as text; a non-200 status is a failure', async () => {
    const request = jest.fn().mockResolvedValueOnce({ statusCode: 200, data: '{"ok":true}' }).mockResolvedValueOnce({ statusCode: 404, data: 'nope' })
    ;(Taro as unknown as Record<string, unknown>).request = request
    await expect(fetchDataText('https://data.example.test/manifest.json', { fresh: true })).resolves.toBe('{"ok":true}')
    expect(request).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://data.example.test/manifest.json', method: 'GET', responseType: 'text', dataType: '其他' }),
    )
    await expect(fetchDataText('https://data.example.test/x.json', { fresh: false })).rejects.toThrow('HTTP 404')
  })
})

describe('H5', () => {
  test('downloads use fetch, fresh ones bypassing the HTTP cache', async () => {
    const fetchMock = jest.fn().mockResolvedValue({ ok: true, status: 200, text: async () => 'text' })
    ;(globalThis as unknown as { fetch: unknown }).fetch = fetchMock
    await expect(fetchDataText('/data/manifest.json', { fresh: true })).resolves.toBe('text')
    expect(fetchMock).toHaveBeenCalledWith('/data/manifest.json', { cache: 'no-store' })
    fetchMock.mockResolvedValue({ ok: false, status: 503, text: async () => '' })
    await expect(fetchDataText('/data/x.json', { fresh: false })).rejects.toThrow('HTTP 503')
  })

  test('without IndexedDB the cache still works, in memory', async () => {
    const cache = await openRegionDataCache()
    await cache.write('k', 'v')
    expect(await cache.read('k')).toBe('v')
  })
})
