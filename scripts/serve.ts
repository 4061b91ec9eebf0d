/**
 * A small static server for the H5 build: 127.0.0.1 only, gzip for text assets, and a fallback to
 * index.html for app routes (/guide?..., /search?...) so links and reloads work in browser mode.
 *
 *   npx tsx scripts/serve.ts [dir] [--port 8080]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticServer {
  url: string
  server: Server
  close(): Promise<void>
}

export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root)
  const gzCache = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let file = path.join(base, decodeURIComponent(url.pathname))
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    const isAsset = path.extname(url.pathname) !== ''
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (isAsset) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
        return
      }
      file = path.join(base, 'index.html')
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': /(index\.html|manifest\.json)$/.test(file) ? 'no-cache' : 'public, max-age=31536000' }
    if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzCache.get(file)
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 })
        gzCache.set(file, body)
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body)
      return
    }
    res.writeHead(200, headers)
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const actual = typeof address === 'object' && address ? address.port : port
      resolve({ url: `http://127.0.0.1:${actual}`, server, close: () => new Promise((r) => server.close(() => r())) })
    })
  })
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const portArg = args.indexOf('--port')
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 8080)
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist/h5'
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/index.html not found: run npm run build:h5 first`)
    process.exit(1)
  }
  void serveStatic(dir, port).then(({ url }) => {
    console.log(`人社办事指南 (H5) is running at ${url}/`)
    console.log('Press Ctrl+C to stop.')
  })
}
