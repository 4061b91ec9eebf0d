import { STORED_DATA, WECHAT_CAPABILITIES } from '../../src/domain/privacy'
import * as storage from '../../src/domain/storage'

describe('隐私说明', () => {
  test('lists every storage key the app writes, once', () => {
    // Every key definition the storage module exports, and the favourites key (built from the catalogue's prefixes).
    const keys = [
      ...(Object.values(storage) as unknown[])
        .filter((x): x is { key: string } => typeof x === 'object' && x !== null && 'key' in x && 'schema' in x)
        .map((d) => d.key),
      storage.favouritesKeyFor(() => undefined).key,
    ].sort()
    expect(keys.length).toBeGreaterThanOrEqual(5)
    expect(STORED_DATA.map((d) => d.key).sort()).toEqual(keys)
  })

  test('names the WeChat capabilities a deployer must declare or the citizen may be asked about', () => {
    const names = WECHAT_CAPABILITIES.map((c) => c.name)
    for (const n of ['拨打电话', '剪切板', '转发', '系统字号', '添加到手机日历']) expect(names).toContain(n)
  })
})
