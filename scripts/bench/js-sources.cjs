// Debug aid: which sources the bytes of a minified H5 script come from, by its source map (build with
// BUNDLE_STATS=/tmp/stats.json, which also writes source maps). node scripts/bench/js-sources.cjs dist/h5/js/app.*.js [depth] [rows]
// attribute minified bytes to sources
const { SourceMapConsumer } = require('source-map-js')
const fs = require('fs')
const file = process.argv[2]
const code = fs.readFileSync(file, 'utf8')
const map = JSON.parse(fs.readFileSync(file + '.map', 'utf8'))
const c = new SourceMapConsumer(map)
const lines = code.split('\n')
const lineStart = []
let off = 0
for (const l of lines) {
  lineStart.push(off)
  off += Buffer.byteLength(l) + 1
}
const agg = {}
let prev = null
c.eachMapping((m) => {
  const pos = { line: m.generatedLine, col: m.generatedColumn, src: m.source }
  if (prev) {
    const len =
      prev.line === pos.line ? Buffer.byteLength(lines[prev.line - 1].slice(prev.col, pos.col)) : Buffer.byteLength(lines[prev.line - 1].slice(prev.col))
    let k = (prev.src || '?').replace(/^.*node_modules\//, 'nm/').replace(/^webpack:\/\/[^/]*\//, '')
    const depth = +process.argv[3] || 2
    if (k.startsWith('nm/'))
      k =
        k
          .split('/')
          .slice(0, k.startsWith('nm/@') ? 3 : 2)
          .join('/') +
        (depth > 2
          ? '/' +
            k
              .split('/')
              .slice(k.startsWith('nm/@') ? 3 : 2)
              .join('/')
          : '')
    agg[k] = (agg[k] || 0) + len
  }
  prev = pos
})
const tot = Object.values(agg).reduce((a, b) => a + b, 0)
console.log('total mapped', tot, 'file', Buffer.byteLength(code))
Object.entries(agg)
  .sort((a, b) => b[1] - a[1])
  .slice(0, +process.argv[4] || 40)
  .forEach(([k, v]) => console.log(String(v).padStart(8), k))
