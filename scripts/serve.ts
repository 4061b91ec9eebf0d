/**
 * The static server behind `npm start`, the browser tests and the benchmarks: the H5 build, served by
 * sirv, gzipped by compression, on 127.0.0.1 only.
 * - Only files that were in the build folder when the server started are served (sirv lists them once
 *   and answers from that list), so no path, however it is encoded, reaches a file outside the build.
 *   Restart the server after rebuilding.
 * - App routes (/guide?..., /search?...) get index.html, so links and reloads work; a missing asset
 *   (/js/missing.js) is a 404.
 * - Cache: file names with a content hash (app.1a2b3c4d.js) are kept for a year; everything else
 *   (index.html first of all, the service worker sw.js and manifest.webmanifest) is revalidated on every
 *   use (no-cache, with an ETag), so a new build reaches the browser on its next visit.
 * - A request that cannot name a file (bad percent-encoding, a NUL, a `..` segment) gets 400, a method
 *   other than GET/HEAD gets 405; Node answers requests it cannot parse with 400/431. None of them, nor a
 *   file that vanishes while it is being sent, takes the process down.
 *
 *   npx tsx scripts/serve.ts [dir] [--port 8080]      (without --port: PORT from the environment, else 8080)
 */
import compression from 'compression'
import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

export const HOST = '127.0.0.1'

export interface StaticServer {
  url: string
  server: Server
  close(): Promise<void>
}

/** A content hash in the file name: app.1a2b3c4d.js, 204.0f9e8d7c.css. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i

/** sirv names text types without a charset; the app's scripts and styles carry Chinese text. */
const UTF8_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
}

/** Never kept: a stale service worker or manifest would hold a citizen on an old build. */
const ALWAYS_REVALIDATED = new Set(['/sw.js', '/manifest.webmanifest', '/index.html'])

export function cacheControl(pathname: string): string {
  if (ALWAYS_REVALIDATED.has(pathname)) return 'no-cache'
  return HASHED_NAME.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** The decoded path of a request, or null when it cannot name a file inside the build. */
export function requestPath(url: string): string | null {
  const raw = url.split(/[?#]/, 1)[0]
  if (!raw.startsWith('/')) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  if (decoded.split(/[/\\]/).some((segment) => segment === '..' || segment === '.')) return null
  return decoded
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(text)
}

export interface ServeOptions {
  /** Folders served under a URL prefix, without the app fallback: { '/data': '.scale/origin' } (a data origin beside the app). */
  mounts?: Record<string, string>
  /** Tests only: sees each request first and may answer it (return true). */
  intercept?: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean
}

function staticFiles(root: string) {
  return sirv(path.resolve(root), {
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControl(pathname))
      const type = UTF8_TYPES[path.posix.extname(pathname)]
      if (type) res.setHeader('Content-Type', type)
    },
  })
}

export function serveStatic(root: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const files = staticFiles(root)
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]) => ({ prefix: `${prefix.replace(/\/+$/, '')}/`, files: staticFiles(dir) }))
  // compression's types are written for express; on Node's own request and response it works as is.
  const gzip = compression() as unknown as Handler

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'method not allowed', { allow: 'GET, HEAD' })
    const pathname = requestPath(req.url ?? '')
    if (pathname === null) return reply(res, 400, 'bad request')
    // No partial content: nothing here needs it, and a malformed Range would reach fs.createReadStream.
    delete req.headers.range
    // sirv pipes a file stream into the response without an error handler; a file deleted after start
    // would otherwise throw from that stream and end the process.
    res.once('pipe', (source) => source.once('error', () => res.destroy()))
    if (options.intercept?.(req, res, pathname)) return
    const mount = mounts.find((m) => pathname.startsWith(m.prefix))
    if (mount) {
      req.url = (req.url ?? '/').slice(mount.prefix.length - 1)
      return gzip(req, res, () => mount.files(req, res, () => reply(res, 404, 'not found')))
    }
    gzip(req, res, () =>
      files(req, res, () => {
        // App routes have no dot in their last segment; anything else (app.js, .env) is a file that is not there.
        if (path.posix.basename(pathname).includes('.')) return reply(res, 404, 'not found')
        req.url = '/index.html'
        files(req, res, () => reply(res, 404, 'not found'))
      }),
    )
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res)
    } catch {
      if (res.headersSent) res.destroy()
      else reply(res, 500, 'internal error')
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => {
      server.off('error', reject)
      const address = server.address()
      const actual = typeof address === 'object' && address ? address.port : port
      resolve({ url: `http://${HOST}:${actual}`, server, close: () => new Promise((r) => server.close(() => r())) })
    })
  })
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const portArg = args.indexOf('--port')
  const portText = portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? '8080')
  const port = Number(portText)
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist/h5'
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`port "${portText}" is not a port number (0-65535)`)
    process.exit(1)
  }
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: run npm run build:h5 first`)
    process.exit(1)
  }
  serveStatic(dir, port).then(
    ({ url }) => {
      // The address is the last line, where a person looks for it.
      console.log('Press Ctrl+C to stop.')
      console.log(`人社办事指南 (H5) is running at ${url}/`)
    },
    (error: Error) => {
      console.error(`cannot listen on ${HOST}:${port}: ${error.message}`)
      process.exit(1)
    },
  )
}
