/**
 * A region that is not bundled, on the real weapp build of `npm run build:weapp:remote` (Hami bundled,
 * Bijie downloaded from https://data.example.test, the files of .remote/origin): wx.request is
 * scripted, the file system under USER_DATA_PATH keeps what was downloaded, and a relaunch without
 * network opens the region from it. The default build (dist/weapp) never calls wx.request.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sha256Hex, signManifest } from '../../scripts/data/region-files'
import type { DataManifest } from '../../types/region-data'
import { launch, type MiniProgram, type WxStandIn } from './harness'

const REPO = path.resolve(__dirname, '../..')
const REMOTE = path.join(REPO, '.remote/dist/weapp')
const ORIGIN = path.join(REPO, '.remote/origin')
const HOST = 'https://data.example.test/'
const GUIDE = 'packages/guide/pages/item/index'

/** The data origin: the built files, or a failure, or tampered bytes, or a manifest whose signature does not match. */
function serveOrigin(wx: WxStandIn, mode: { down?: boolean; tamper?: boolean; badSignature?: boolean; files?: Map<string, string> } = {}): void {
  wx.routes.push({
    match: (url) => url.startsWith(HOST),
    respond: (o) => {
      if (mode.down) return { statusCode: 502, data: 'bad gateway' }
      const file = String(o.url).slice(HOST.length).split('?')[0]
      const text = mode.files?.get(file) ?? readFileSync(path.join(ORIGIN, file), 'utf8')
      if (mode.badSignature && file === 'manifest.json') {
        const signed = JSON.parse(text)
        return { statusCode: 200, data: JSON.stringify({ ...signed, manifest: signed.manifest.replace('"毕节市"', '"毕节巿"') }) }
      }
      return { statusCode: 200, data: mode.tamper && file !== 'manifest.json' ? text.replace('失业', '就业') : text }
    },
  })
}

const requested = (mp: MiniProgram) => mp.wx.callsTo('request').map((c) => String((c.args[0] as { url: string }).url).slice(HOST.length))

test('a remote guide downloads, verifies and renders; the region is kept under USER_DATA_PATH and opens again with no network', async () => {
  const mp = await launch({ dist: REMOTE, path: `${GUIDE}?region=bijie&id=bj-073`, setup: (wx) => serveOrigin(wx) })
  await mp.settle(5000)
  expect(mp.text()).toContain('市本级参保人员办理失业保险金申领')
  expect(mp.text()).toContain('已备 0/')
  expect(requested(mp)).toContain('manifest.json')
  expect(requested(mp).some((f) => f.startsWith('bijie/'))).toBe(true)
  const kept = [...mp.wx.files.keys()].filter((k) => k.startsWith('wxfile://usr/region-data/bijie/'))
  expect(kept.length).toBeGreaterThanOrEqual(2)
  expect(mp.problems()).toEqual([])

  // Next launch, no network: the guide comes from the phone.
  const files = new Map(mp.wx.files)
  const again = await mp.relaunch({
    dist: REMOTE,
    path: `${GUIDE}?region=bijie&id=bj-070`,
    setup: (wx) => {
      for (const [k, v] of files) wx.files.set(k, v)
      serveOrigin(wx, { down: true })
    },
  })
  await again.settle(5000)
  expect(again.text()).toContain('出具市本级企业职工基本养老保险参保证明')
})

test('a tampered download is rejected with a clear message and 重试; a failed one too', async () => {
  const mp = await launch({ dist: REMOTE, path: `${GUIDE}?region=bijie&id=bj-073`, setup: (wx) => serveOrigin(wx, { tamper: true }) })
  await mp.settle(5000)
  expect(mp.text()).toContain('校验未通过')
  expect(mp.text()).toContain('重试')
  expect(mp.text()).not.toContain('市本级参保人员办理失业保险金申领')
  expect([...mp.wx.files.keys()].filter((k) => k.includes('/bijie/'))).toEqual([])

  const down = await launch({ dist: REMOTE, path: `${GUIDE}?region=bijie&id=bj-073`, setup: (wx) => serveOrigin(wx, { down: true }) })
  await down.settle(5000)
  expect(down.text()).toContain('下载失败')
  expect(down.text()).toContain('改看哈密市')
})

test("a file the signed manifest vouches for, but not of its kind's shape, is refused like a tampered one and not kept", async () => {
  // A later release, signed with the test key and already adopted on the phone, lists a Bijie index
  // with the right length and SHA-256 that is not a region index.
  const [keyId, privateKey] = readFileSync(path.join(REPO, 'test/keys/TEST-ONLY-data-signing.key'), 'utf8').trim().split(':')
  const built = JSON.parse(JSON.parse(readFileSync(path.join(ORIGIN, 'manifest.json'), 'utf8')).manifest) as DataManifest
  const text = JSON.stringify({ schemaVersion: 1, kind: 'region-index', regionId: 'bijie' })
  const ref = { path: `bijie/${sha256Hex(text).slice(0, 16)}.json`, bytes: Buffer.byteLength(text), sha256: sha256Hex(text) }
  const regions = built.regions.map((r) => (r.id === 'bijie' ? { ...r, files: { ...r.files, index: ref } } : r))
  const signed = JSON.stringify(signManifest({ ...built, version: built.version + 1, regions }, privateKey, keyId))
  const mp = await launch({
    dist: REMOTE,
    path: `${GUIDE}?region=bijie&id=bj-073`,
    setup: (wx) => {
      wx.files.set('wxfile://usr/region-data/pointer.json', JSON.stringify({ current: signed }))
      serveOrigin(wx, {
        files: new Map([
          [ref.path, text],
          ['manifest.json', signed],
        ]),
      })
    },
  })
  await mp.settle(5000)
  expect(requested(mp)).toContain(ref.path)
  expect(mp.text()).toContain('校验未通过')
  expect(mp.text()).toContain('重试')
  expect([...mp.wx.files.keys()].filter((k) => k.includes('/bijie/'))).toEqual([])
})

test('a manifest whose signature does not match is refused with its reason and 重试, checked by @noble/ed25519 in WeChat', async () => {
  const mp = await launch({ dist: REMOTE, path: `${GUIDE}?region=bijie&id=bj-073`, setup: (wx) => serveOrigin(wx, { badSignature: true }) })
  await mp.settle(5000)
  expect(mp.text()).toContain('签名不对')
  expect(mp.text()).toContain('重试')
  expect(mp.text()).not.toContain('市本级参保人员办理失业保险金申领')
  expect([...mp.wx.files.keys()].filter((k) => k.includes('/bijie/'))).toEqual([])
})

test('the default build never calls wx.request', async () => {
  for (const page of ['pages/home/index', `${GUIDE}?region=bijie&id=bj-073`, `${GUIDE}?region=hami&id=hm-013`, 'packages/search/pages/search/index?q=shiye']) {
    const mp = await launch({ path: page })
    await mp.settle(3000)
    expect(mp.wx.callsTo('request')).toEqual([])
    expect(mp.problems()).toEqual([])
  }
})
