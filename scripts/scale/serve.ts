/**
 * npm run scale:serve [-- --port 8080] — serves the synthetic province's H5 build (.scale/dist/h5)
 * and its data origin (.scale/origin, under /data/) on 127.0.0.1, for a person to try. Same origin,
 * so no CORS: the scale H5 build's TARO_APP_DATA_ORIGIN defaults to /data (same origin, any port).
 * Run npm run scale:build first.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../data/load'
import { serveStatic } from '../serve'

const h5 = path.join(ROOT, '.scale', 'dist', 'h5')
const origin = path.join(ROOT, '.scale', 'origin')

if (!existsSync(path.join(h5, 'index.html')) || !existsSync(path.join(origin, 'manifest.json'))) {
  console.error('.scale/dist/h5 or .scale/origin is missing: run npm run scale:build first')
  process.exit(1)
}
const portArg = process.argv.indexOf('--port')
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 8080)
void serveStatic(h5, port, { mounts: { '/data': origin } }).then(({ url }) => {
  console.log(`合成省份 (H5) is running at ${url}/`)
  console.log(`data origin: ${url}/data/manifest.json`)
  console.log('Press Ctrl+C to stop.')
})
