/** The weapp output check's syntax rule: it must fail on syntax the oldest supported phones (iOS 10.3) cannot parse. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkSyntax } from '../../scripts/check-weapp'

function distWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'weapp-es-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

describe('ES2017 rule of check:weapp', () => {
  test('accepts ES2017 (let, arrow functions, classes, template literals, async functions, **) in every folder', () => {
    const failures: string[] = []
    const dir = distWith({
      'app.js': 'let a = () => `x${1}`; class B {}',
      'packages/guide/p.js': 'const [x] = [1]; async function f() { await (2 ** 3) }',
      'app.json': '{}',
    })
    expect(checkSyntax(dir, failures)).toBe(2)
    expect(failures).toEqual([])
  })

  test.each([
    ['optional chaining (iOS 13.4)', 'var a = {}; a?.b'],
    ['nullish coalescing (iOS 13.4)', 'var a = null ?? 1'],
    ['object spread (ES2018, iOS 11.3)', 'var a = { ...{} }'],
    ['async iteration (ES2018, iOS 12)', 'async function f() { for await (const x of []) {} }'],
  ])('fails on %s, naming the file', (_label, code) => {
    const failures: string[] = []
    checkSyntax(distWith({ 'vendors.js': 'var ok = 1;', 'packages/search/x.js': code }), failures)
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/^packages\/search\/x\.js is not ES2017/)
  })
})

describe('built-ins rule of check:weapp', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { checkBuiltIns } = require('../../scripts/check-weapp')

  test('Object.fromEntries (iOS 12.2) and friends fail, naming the file and the iOS that has them', () => {
    const failures: string[] = []
    checkBuiltIns(
      distWith({
        'common.js': 'var o = Object.fromEntries([["a", 1]]);',
        'app.js': 'var s = "a".replaceAll("a", "b");',
        'ok.js': 'Object.entries({}).map(function (e) { return e })',
      }),
      failures,
    )
    expect(failures.sort()).toEqual([
      'app.js uses String.prototype.replaceAll (iOS 13.4); the oldest supported iOS is 10.3: replace it or guard it',
      'common.js uses Object.fromEntries (iOS 12.2); the oldest supported iOS is 10.3: replace it or guard it',
    ])
  })
})
