// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
//
// weapp follows package.json's browserslist (ES5 out; scripts/check-weapp.ts fails any script newer
// than ES2015). H5 targets what Taro's own H5 components already need, custom elements v1 (Chrome 54,
// iOS 10.3): there async functions, classes, for-of and destructuring are native, so no page carries
// regenerator or class helpers that no browser able to run the app would use.
const H5_TARGETS = { chrome: '55', ios: '10.3' }

module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'h5' ? { targets: H5_TARGETS } : {}) }],
  ],
}
