// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
//
// One syntax target for both platforms, the oldest system the app supports: iOS 10.3 (WeChat runs a
// mini-program's code in iOS's own JavaScriptCore, and H5 pages in its WebKit), and on Android a
// Chrome 55 engine, which Taro's H5 components already need (custom elements v1: Chrome 54,
// iOS 10.3). There async functions, classes, for-of and destructuring are native (ES2017), so no
// script carries regenerator or class helpers; object spread (ES2018, iOS 11.3) and ?. (iOS 13.4)
// are still lowered. scripts/check-weapp.ts fails any weapp script newer than ES2017. package.json's
// browserslist names the same floor for autoprefixer and for that check's list of built-ins.
const TARGETS = { ios: '10.3', chrome: '55' }

/**
 * BigInt literals (1n, in @noble/ed25519, which checks the data origin's signature) become BigInt('1')
 * calls: a phone without BigInt (iOS before 14) then still parses the script, and the signature check
 * says it cannot run there (src/domain/region-data/remote/verify.ts) instead of the app failing to load.
 */
function bigIntLiteralsAsCalls({ types: t }) {
  return { visitor: { BigIntLiteral: (path) => path.replaceWith(t.callExpression(t.identifier('BigInt'), [t.stringLiteral(path.node.value)])) } }
}

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', targets: TARGETS }]],
  plugins: [bigIntLiteralsAsCalls],
}
