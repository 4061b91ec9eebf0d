// The ui project's transform: test-utils' own, with one fix. test-utils rewrites `process.env.TARO_ENV` in
// src textually to `process.env.TARO_ENV_JEST || process.env.TARO_ENV`, which binds wrongly inside
// `process.env.TARO_ENV === 'h5'`. This wrapper rewrites it first, parenthesised and in bracket form (which
// test-utils' pattern no longer matches), so src carries no extra parentheses for a formatter to remove.
const path = require('node:path')
const base = require('@tarojs/test-utils-react/dist/jest/babel-transformer.js').default

const SRC = path.join(process.cwd(), 'src')
const rewrite = (text, file) =>
  file.startsWith(SRC) ? text.replace(/process\.env\.TARO_ENV\b/g, "(process.env['TARO_ENV_JEST'] || process.env['TARO_ENV'])") : text

module.exports = {
  ...base,
  process: (text, file, options) => base.process(rewrite(text, file), file, options),
  getCacheKey: (text, file, options) => `${base.getCacheKey(rewrite(text, file), file, options)}:taro-env`,
}
