// Plain Node transform for domain tests: no Taro preset, just TypeScript to CommonJS.
module.exports = {
  presets: [['@babel/preset-env', { targets: { node: 'current' }, modules: 'commonjs' }], '@babel/preset-typescript'],
}
