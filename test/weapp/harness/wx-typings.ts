/**
 * The API surface of WeChat's `wx` object, read from WeChat's own typings (miniprogram-api-typings,
 * `interface Wx` in types/wx/lib.wx.api.d.ts). The stand-in exposes exactly these names, so an app
 * that calls an API WeChat does not have fails here as it fails on a phone: "wx.xxx is not a function".
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type tsModule from 'typescript'

const TYPINGS = path.join(path.dirname(require.resolve('miniprogram-api-typings/package.json')), 'types/wx/lib.wx.api.d.ts')

let cache: Map<string, string[]> | undefined

/** Member names of the named interfaces in WeChat's typings (e.g. Wx, FileSystemManager). */
function interfaces(): Map<string, string[]> {
  if (cache) return cache
  // Parsing the typings takes a while; the names are kept in the temp folder per typings file.
  const stamp = `${typingsVersion()}-${Math.round(statSync(TYPINGS).mtimeMs)}`
  const cacheFile = path.join(os.tmpdir(), `weapp-suite-wx-typings-${stamp}.json`)
  try {
    cache = new Map(Object.entries(JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string[]>))
    if (cache.get('Wx')?.length) return cache
  } catch {
    // not cached yet
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const ts = require('typescript') as typeof tsModule
  const source = ts.createSourceFile(TYPINGS, readFileSync(TYPINGS, 'utf8'), ts.ScriptTarget.Latest, false)
  const found = new Map<string, string[]>()
  const visit = (node: tsModule.Node): void => {
    if (ts.isInterfaceDeclaration(node)) {
      const names = node.members.flatMap((m) => (m.name ? [m.name.getText(source)] : []))
      found.set(node.name.text, [...new Set([...(found.get(node.name.text) ?? []), ...names])])
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  cache = found
  try {
    writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(found)))
  } catch {
    // a read-only temp folder only costs time
  }
  return found
}

/** The 425 names of `interface Wx` (miniprogram-api-typings 3.12.3). */
export function wxApiNames(): string[] {
  return interfaces().get('Wx') ?? []
}

/** Member names of another interface of the typings, e.g. FileSystemManager. */
export function interfaceMembers(name: string): string[] {
  return interfaces().get(name) ?? []
}

export function typingsVersion(): string {
  return (JSON.parse(readFileSync(path.join(path.dirname(TYPINGS), '../../package.json'), 'utf8')) as { version: string }).version
}
