// Browser tests: the production H5 build (dist/h5) in Debian's Chromium, driven by playwright-core.
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['babel-jest', { configFile: path.join(__dirname, 'setup/babel.node.js') }] },
  testTimeout: 90_000,
}
