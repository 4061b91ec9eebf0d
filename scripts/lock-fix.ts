/**
 * npm run lock:fix — re-adds the optional native bindings of @tarojs/binding for other platforms to
 * package-lock.json. Those packages (darwin, win32, linux-arm64 at 4.2.1) are not in the registry
 * this project installs from, so `npm install` skips them and leaves them out of the lock file, and
 * then `npm ci` refuses the lock as out of sync. npm never fetches an optional package whose os/cpu
 * does not match the machine, so listing them is enough. Idempotent; run after `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const LOCK = path.resolve(__dirname, '..', 'package-lock.json')

interface LockEntry {
  version?: string
  dev?: boolean
  optionalDependencies?: Record<string, string>
  [key: string]: unknown
}

function platformOf(name: string): { os: string[]; cpu: string[]; libc?: string[] } {
  const [, os, cpu, abi] = /binding-(darwin|linux|win32)-([a-z0-9]+)(?:-(gnu|musl|msvc))?$/.exec(name) ?? []
  return { os: [os], cpu: [cpu], ...(abi === 'gnu' ? { libc: ['glibc'] } : abi === 'musl' ? { libc: ['musl'] } : {}) }
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, LockEntry> }
const binding = lock.packages['node_modules/@tarojs/binding']
const wanted = Object.entries(binding?.optionalDependencies ?? {}).filter(([name]) => !lock.packages[`node_modules/${name}`])
if (wanted.length === 0) {
  console.log('package-lock.json already lists every @tarojs/binding platform package')
} else {
  const out: Record<string, LockEntry> = {}
  for (const [key, entry] of Object.entries(lock.packages)) {
    out[key] = entry
    if (key === 'node_modules/@tarojs/binding') {
      for (const [name, version] of wanted) {
        const { os, cpu, libc } = platformOf(name)
        out[`node_modules/${name}`] = { version, cpu, ...(binding.dev ? { dev: true } : {}), license: 'MIT', optional: true, os, ...(libc ? { libc } : {}) }
      }
    }
  }
  lock.packages = out
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`)
  console.log(`added ${wanted.map(([n]) => n).join(', ')} to package-lock.json`)
}
