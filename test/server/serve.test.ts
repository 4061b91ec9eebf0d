/**
 * The static server behind `npm start` (scripts/serve.ts), attacked over raw TCP so that nothing
 * normalises a path before the server sees it. The build folder is `h5`; beside it sits `h5-secret`,
 * whose name starts with the build folder's name (the old server's `startsWith(base)` check let it through).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { serveStatic, type StaticServer } from '../../scripts/serve'

const SECRET = 'SECRET-7f3a9c-never-served'
const INDEX = `<!doctype html><html><head><meta charset="utf-8"><title>fake build</title></head><body>${'<p>人社办事指南</p>'.repeat(200)}</body></html>`
const APP_JS = `console.log(${JSON.stringify('办事指南'.repeat(400))})`

const SW_JS = `self.addEventListener('fetch', () => {}) // ${'precache '.repeat(50)}`
const MANIFEST = JSON.stringify({ name: '人社办事指南', display: 'standalone' })
const ROBOTS = 'User-agent: *\nAllow: /\n'

let tmp: string
let build: string
let server: StaticServer
let port: number
/** Every response body the server sent, to check that the secret never left. */
const seen: string[] = []

interface RawResponse {
  status: number
  head: string
  body: Buffer
}

/** Writes bytes to the server as they are and reads until it closes the connection. */
function raw(request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const timer = setTimeout(() => socket.destroy(new Error('no answer within 5 s')), 5000)
    socket.on('data', (c) => chunks.push(c))
    socket.on('error', (e) => {
      clearTimeout(timer)
      // A reset after the answer was sent still counts as an answer.
      if (chunks.length > 0) done()
      else reject(e)
    })
    socket.on('end', () => done())
    socket.write(request)
    function done() {
      clearTimeout(timer)
      socket.destroy()
      const all = Buffer.concat(chunks)
      seen.push(all.toString('latin1'))
      const split = all.indexOf('\r\n\r\n')
      const head = all.subarray(0, split < 0 ? all.length : split).toString('latin1')
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0)
      resolve({ status, head, body: split < 0 ? Buffer.alloc(0) : all.subarray(split + 4) })
    }
  })
}

const get = (target: string, headers = '') => raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`)
const header = (r: RawResponse, name: string) => new RegExp(`^${name}: *(.*)$`, 'im').exec(r.head)?.[1]?.trim()

/** Undoes chunked transfer encoding (compression streams its output). */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = body.indexOf('\r\n', at)
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16)
    if (!size) break
    parts.push(body.subarray(eol + 2, eol + 2 + size))
    at = eol + 2 + size + 2
  }
  return Buffer.concat(parts)
}
const bodyOf = (r: RawResponse) => (/chunked/i.test(header(r, 'transfer-encoding') ?? '') ? dechunk(r.body) : r.body)

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'))
  build = path.join(tmp, 'h5')
  mkdirSync(path.join(build, 'js'), { recursive: true })
  mkdirSync(path.join(tmp, 'h5-secret'))
  writeFileSync(path.join(build, 'index.html'), INDEX)
  writeFileSync(path.join(build, 'js', 'app.0123abcd.js'), APP_JS)
  writeFileSync(path.join(build, 'js', 'vanishing.js'), APP_JS)
  writeFileSync(path.join(build, 'sw.js'), SW_JS)
  writeFileSync(path.join(build, 'manifest.webmanifest'), MANIFEST)
  writeFileSync(path.join(build, 'robots.txt'), ROBOTS)
  writeFileSync(path.join(build, '.env'), SECRET)
  writeFileSync(path.join(tmp, 'h5-secret', 'secret.txt'), SECRET)
  writeFileSync(path.join(tmp, 'secret.txt'), SECRET)
  server = await serveStatic(build, 0)
  port = Number(new URL(server.url).port)
})

afterAll(async () => {
  await server?.close()
  rmSync(tmp, { recursive: true, force: true })
})

describe('malformed and traversal requests', () => {
  test.each([
    ['a broken percent-encoding', 'GET /%E0%A4%A HTTP/1.1', [400]],
    ['a lone percent sign', 'GET /% HTTP/1.1', [400]],
    ['encoded slashes climbing out', 'GET /..%2f..%2fetc/passwd HTTP/1.1', [400]],
    ['the sibling folder by ..', 'GET /../h5-secret/secret.txt HTTP/1.1', [400]],
    ['the sibling folder by encoded dots', 'GET /%2e%2e/h5-secret/secret.txt HTTP/1.1', [400]],
    ['the parent folder by encoded dots', 'GET /%2e%2e/secret.txt HTTP/1.1', [400]],
    ['backslashes', 'GET /\\..\\h5-secret HTTP/1.1', [400]],
    ['encoded backslashes', 'GET /%5c..%5ch5-secret%5csecret.txt HTTP/1.1', [400]],
    ['a null byte', 'GET /index.html%00.txt HTTP/1.1', [400]],
    ['a bare null byte', 'GET /%00 HTTP/1.1', [400]],
    ['no path in the request line', 'GET HTTP/1.1', [400]],
    ['an absolute URL as the target', 'GET http://127.0.0.1/../h5-secret/secret.txt HTTP/1.1', [400]],
    ['an asterisk as the target', 'OPTIONS * HTTP/1.1', [405]],
    ['an unknown method', 'FOO / HTTP/1.1', [400]],
    ['a method that writes', 'DELETE /index.html HTTP/1.1', [405]],
    ['a dotfile in the build', 'GET /.env HTTP/1.1', [404]],
    ['a dotfile in the build, encoded', 'GET /%2eenv HTTP/1.1', [404]],
  ])('%s is refused: %s', async (_label, line, statuses) => {
    const response = await raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    expect(statuses).toContain(response.status)
    expect(response.body.toString('latin1')).not.toContain(SECRET)
  })

  test('an absurdly long path is refused', async () => {
    const response = await get(`/${'a'.repeat(100_000)}`)
    expect(response.status).toBe(431)
  })

  test('a request that is not HTTP at all is refused', async () => {
    const response = await raw('\u0000\u0001\u0002 hello\r\n\r\n')
    expect(response.status).toBe(400)
  })

  test('a backwards Range does not reach the file stream', async () => {
    const response = await get('/js/app.0123abcd.js', 'Range: bytes=50-2\r\n')
    expect(response.status).toBe(200)
    expect(bodyOf(response).toString()).toBe(APP_JS)
  })

  test('a file removed after the server started costs that one request, not the process', async () => {
    unlinkSync(path.join(build, 'js', 'vanishing.js'))
    const response = await get('/js/vanishing.js')
    expect(response.body.toString()).not.toContain('console.log')
  })
})

describe('after all of that the server still serves the app', () => {
  test('an app route gets index.html, revalidated on every use', async () => {
    const response = await get('/guide?region=bijie&id=bj-073')
    expect(response.status).toBe(200)
    expect(header(response, 'content-type')).toMatch(/^text\/html/)
    expect(header(response, 'cache-control')).toBe('no-cache')
    expect(bodyOf(response).toString()).toBe(INDEX)
  })

  test('search and the root are app routes too', async () => {
    for (const target of ['/search?q=%E5%A4%B1%E4%B8%9A%E9%87%91', '/']) {
      const response = await get(target)
      expect(response.status).toBe(200)
      expect(bodyOf(response).toString()).toBe(INDEX)
    }
  })

  test('index.html is gzipped for a browser that accepts it', async () => {
    const response = await get('/guide?region=bijie&id=bj-073', 'Accept-Encoding: gzip, deflate\r\n')
    expect(header(response, 'content-encoding')).toBe('gzip')
    const zipped = bodyOf(response)
    expect(zipped.length).toBeLessThan(Buffer.byteLength(INDEX) / 5)
    expect(gunzipSync(zipped).toString()).toBe(INDEX)
  })

  test('a browser that also accepts brotli gets brotli', async () => {
    const response = await get('/guide?region=bijie&id=bj-073', 'Accept-Encoding: gzip, deflate, br\r\n')
    expect(header(response, 'content-encoding')).toBe('br')
    expect(brotliDecompressSync(bodyOf(response)).toString()).toBe(INDEX)
  })

  test('without Accept-Encoding the body is sent as it is', async () => {
    const response = await get('/guide?region=bijie&id=bj-073')
    expect(header(response, 'content-encoding')).toBeUndefined()
  })

  test('a hashed asset is gzipped and kept for a year', async () => {
    const response = await get('/js/app.0123abcd.js', 'Accept-Encoding: gzip\r\n')
    expect(response.status).toBe(200)
    expect(header(response, 'content-type')).toBe('text/javascript; charset=utf-8')
    expect(header(response, 'cache-control')).toBe('public, max-age=31536000, immutable')
    expect(gunzipSync(bodyOf(response)).toString()).toBe(APP_JS)
  })

  test('the service worker and the manifest are revalidated on every use, never kept', async () => {
    const sw = await get('/sw.js')
    expect(sw.status).toBe(200)
    expect(header(sw, 'cache-control')).toBe('no-cache')
    expect(header(sw, 'content-type')).toBe('text/javascript; charset=utf-8')
    expect(bodyOf(sw).toString()).toBe(SW_JS)
    const manifest = await get('/manifest.webmanifest')
    expect(header(manifest, 'cache-control')).toBe('no-cache')
    expect(header(manifest, 'content-type')).toBe('application/manifest+json; charset=utf-8')
    expect(JSON.parse(bodyOf(manifest).toString())).toEqual(JSON.parse(MANIFEST))
  })

  test('robots.txt is a robots file, not the app', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    expect(header(response, 'content-type')).toBe('text/plain; charset=utf-8')
    expect(bodyOf(response).toString()).toBe(ROBOTS)
  })

  test('a missing asset is a 404, not index.html', async () => {
    for (const target of ['/js/missing.js', '/h5-secret/secret.txt', '/secret.txt', '/.env', '/js/.hidden']) {
      const response = await get(target)
      expect(response.status).toBe(404)
      expect(bodyOf(response).toString()).not.toBe(INDEX)
    }
  })

  test('it listens on 127.0.0.1 only', () => {
    const address = server.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  test('no response ever carried the secret file', () => {
    expect(seen.length).toBeGreaterThan(20)
    for (const response of seen) expect(response).not.toContain(SECRET)
  })
})

test('the npm start entry point takes PORT from the environment, and prints the address as its last line', async () => {
  const free = await serveStatic(build, 0)
  const freePort = Number(new URL(free.url).port)
  await free.close()
  // One process (node with tsx's loader), so killing it stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'scripts', 'serve.ts'), build], {
    env: { ...process.env, PORT: String(freePort) },
  })
  try {
    let out = ''
    await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line within 20 s: ${out}`)), 20_000)
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString()
        if (out.includes('running at')) {
          clearTimeout(timer)
          resolve(out)
        }
      })
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
    })
    // Nothing follows the address: a person finds it at the bottom of the terminal.
    await new Promise((r) => setTimeout(r, 300))
    expect(out.trim().split('\n').pop()).toBe(`人社办事指南 (H5) is running at http://127.0.0.1:${freePort}/`)
    const response = await fetch(`http://127.0.0.1:${freePort}/guide?region=hami&id=hm-013`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX)
  } finally {
    child.kill()
  }
}, 30_000)
