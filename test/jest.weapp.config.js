// WeChat runtime suite: the built mini-program (WEAPP_DIST, default dist/weapp) run in Node by the
// harness in test/weapp/harness: logic layer in a vm context, wx stand-in, WXML on exparser over jsdom.
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  displayName: 'weapp',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/weapp/setup.ts'],
  transform: { '^.+\\.ts$': ['babel-jest', { configFile: path.join(__dirname, 'setup/babel.node.js') }] },
  // A scenario takes well under a second of CPU; the limit is for busy shared machines.
  testTimeout: 120_000,
}
