// Jest for the whole project. Three projects:
// - domain: plain TypeScript modules (no Taro) and the catalogue checks, in Node.
// - server: the static server behind npm start, attacked over raw TCP, in Node.
// - ui: components and pages through @tarojs/test-utils-react, in jsdom.
const path = require('node:path')
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

const rootDir = path.resolve(__dirname, '..')
const ourMappers = {
  '\\.(css|scss)$': '<rootDir>/test/setup/style-stub.js',
}
// Babel must not transpile Jest's own runner or React ("Class private methods are not enabled").
const transformIgnorePatterns = ['/node_modules/(jest-[^/]+|@jest|babel-jest|react|react-dom|scheduler|playwright-core|axe-core|fast-check|pure-rand)/']

// defineJestConfig merges only globals and moduleNameMapper into its defaults; every other key we
// pass replaces the default, so the keys below are complete on their own.
// bail and verbose are global Jest options, not project options, so they are dropped here.
// eslint-disable-next-line no-unused-vars
const { bail, verbose, ...uiBase } = defineJestConfig({ moduleNameMapper: ourMappers })

module.exports = {
  rootDir,
  projects: [
    {
      displayName: 'domain',
      rootDir,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/data/**/*.test.ts', '<rootDir>/test/import/**/*.test.ts'],
      transform: { '^.+\\.(ts|tsx|js|mjs)$': ['babel-jest', { configFile: path.join(__dirname, 'setup/babel.node.js') }] },
      transformIgnorePatterns,
      moduleNameMapper: ourMappers,
      moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    },
    {
      displayName: 'server',
      rootDir,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/server/**/*.test.ts'],
      transform: { '^.+\\.(ts|tsx|js|mjs)$': ['babel-jest', { configFile: path.join(__dirname, 'setup/babel.node.js') }] },
      transformIgnorePatterns,
      moduleNameMapper: ourMappers,
      moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    },
    {
      ...uiBase,
      displayName: 'ui',
      rootDir,
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      // test-utils' own setup first (it sets TARO_ENV), then ours, which breaks an import cycle.
      setupFiles: [...uiBase.setupFiles, '<rootDir>/test/setup/ui.setup.js'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/ui.after-env.ts'],
      // swiper ships .mjs, so mjs must be both transformed and resolvable.
      // test-utils' transform, with process.env.TARO_ENV rewritten so that it binds (see the file).
      transform: { '^.+\\.(js|jsx|ts|tsx|mjs)$': path.join(__dirname, 'setup/taro-env-transformer.js') },
      transformIgnorePatterns,
      moduleFileExtensions: [...uiBase.moduleFileExtensions, 'mjs'],
    },
  ],
}
