// Jest for mutation testing (npm run mutate, scripts/mutate.ts): the domain project of jest.config.js
// alone, as a single project (Stryker's Jest runner takes one); scripts/mutate.ts narrows testMatch
// to the tests of the folder under test.
const { projects } = require('./jest.config.js')

const { displayName, ...domain } = projects.find((p) => p.displayName === 'domain')
module.exports = { ...domain, testEnvironment: 'node' }
