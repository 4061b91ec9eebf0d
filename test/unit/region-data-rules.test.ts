/**
 * The small rules of region data a citizen notices, without the real catalogue: which failures offer
 * 重试, when data counts as past its expiry (China's calendar day, whatever the phone's zone), what
 * an old phone without BigInt is told, and which cached regions go when the cache is full.
 */
import { planEviction, cachedBytes } from '../../src/domain/region-data/remote/cache-policy'
import { pastExpiry, verifyManifest } from '../../src/domain/region-data/remote/verify'
import { REGION_DATA_MESSAGES, RegionDataError, refOf, type RegionDataErrorKind } from '../../src/domain/region-data/source'
import type { DataManifest, RegionIndexFile } from '../../types/region-data'

test('重试 is offered for a network fault or a refused download, never for a bad link or an old phone', () => {
  const retryable = (Object.keys(REGION_DATA_MESSAGES) as RegionDataErrorKind[]).filter((k) => new RegionDataError(k, '').retryable)
  expect(retryable.sort()).toEqual(['download', 'invalid', 'rollback', 'signature', 'tampered', 'unknown-key'])
  for (const kind of Object.keys(REGION_DATA_MESSAGES) as RegionDataErrorKind[]) {
    const error = new RegionDataError(kind, 'detail')
    expect(error.citizenMessage).toBe(REGION_DATA_MESSAGES[kind])
    expect(error.message).toBe(`${kind}: detail`)
    expect(error.name).toBe('RegionDataError')
  }
})

test('data is past its expiry only after that day ends in China (UTC+8), whatever the clock zone', () => {
  const manifest = { expires: '2026-06-30' } as DataManifest
  expect(pastExpiry(manifest, Date.parse('2026-06-30T15:59:59Z'))).toBe(false) // 23:59:59 in Beijing
  expect(pastExpiry(manifest, Date.parse('2026-06-30T16:00:00Z'))).toBe(true) // 00:00 on 1 July in Beijing
  expect(pastExpiry(manifest, Date.parse('2026-06-29T20:00:00Z'))).toBe(false)
})

test('a phone without BigInt is told it cannot check downloads (no 重试), before any key is looked at', () => {
  const big = globalThis.BigInt
  try {
    // @ts-expect-error: an old phone's engine
    delete globalThis.BigInt
    const text = JSON.stringify({ keyId: 'nobody', signature: '0'.repeat(128), manifest: '{}' })
    expect(() => verifyManifest(text, {}, 0)).toThrow(expect.objectContaining({ kind: 'unsupported', retryable: false }))
  } finally {
    globalThis.BigInt = big
  }
  expect(() => verifyManifest('not json', {}, 0)).toThrow(expect.objectContaining({ kind: 'invalid' }))
})

test('a full cache gives up whole regions, least recently used first, and no more than it must', () => {
  const files = [
    { path: 'a/1.json', regionId: 'a', bytes: 300, usedAt: 5 },
    { path: 'b/1.json', regionId: 'b', bytes: 300, usedAt: 1 },
    { path: 'a/2.json', regionId: 'a', bytes: 300, usedAt: 2 },
    { path: 'c/1.json', regionId: 'c', bytes: 300, usedAt: 1 },
  ]
  expect(cachedBytes(files)).toBe(1200)
  // Exactly at the budget: nothing goes.
  expect(planEviction(files, 1200, new Set())).toEqual([])
  // b and c were both last used at 1: the tie goes by region id, so the result does not depend on order.
  expect(planEviction(files, 1199, new Set())).toEqual(['b/1.json'])
  expect(planEviction([...files].reverse(), 1199, new Set())).toEqual(['b/1.json'])
  // A region's last use is its latest file's: a (used at 5) stays longer than c (used at 1).
  expect(planEviction(files, 600, new Set())).toEqual(['b/1.json', 'c/1.json'])
  // The pinned region never goes, even when the rest cannot make room.
  expect(planEviction(files, 0, new Set(['a']))).toEqual(['b/1.json', 'c/1.json'])
})

test("a file's reference: the province's from the manifest, a region's from its entry (null when it has none), a group's from the index", () => {
  const ref = (path: string) => ({ path, bytes: 1, sha256: '0'.repeat(64) })
  const manifest = {
    province: ref('p.json'),
    regions: [{ id: 'hami', files: { index: ref('hami/i.json'), search: ref('hami/s.json') } }],
  } as unknown as DataManifest
  const index = { guides: [{ ...ref('hami/g1.json'), guideIds: [], itemIds: ['hm-001', 'hm-002'] }] } as unknown as RegionIndexFile
  const noIndex = () => undefined
  expect(refOf(manifest, 'province', '', noIndex)!.path).toBe('p.json')
  expect(refOf(manifest, 'search', 'hami', noIndex)!.path).toBe('hami/s.json')
  expect(refOf(manifest, 'lifeEvents', 'hami', noIndex)).toBeNull()
  // A group before its index is known: not known yet (undefined), not "none".
  expect(refOf(manifest, 'group', 'hami/hm-002', noIndex)).toBeUndefined()
  expect(refOf(manifest, 'group', 'hami/hm-002', () => index)!.path).toBe('hami/g1.json')
  expect(() => refOf(manifest, 'group', 'hami/hm-003', () => index)).toThrow(expect.objectContaining({ kind: 'unknown-item' }))
  expect(() => refOf(manifest, 'index', 'bijie', noIndex)).toThrow(expect.objectContaining({ kind: 'unknown-region' }))
})
