/**
 * `npm start` (scripts/start.ts) builds quietly and shows a person only what they must act on. The build
 * itself is not run here (too slow for Jest); this is the filter applied to its log.
 */
import { actionableWarnings } from '../../scripts/start'

const HOLIDAYS =
  "warning: the next 12 months (2026-12-08 to 2027-12-08, China time) reach 2027, which the calendar does not cover: completion dates there count weekends only (the guide page says so). When the State Council's notice is out, add mock-data/holidays/2027.json (see mock-data/README.md)."

test('of a build log, only the warnings a person must act on are kept; progress redraws and build chatter are not', () => {
  const log = [
    'mock-data/ is valid: 2 regions, 127 items, 80 guides, 50 aliases',
    `\u001b[33m${HOLIDAYS}\u001b[39m`,
    '  src/generated/catalogue.json  60.1 KB',
    ...Array.from({ length: 400 }, (_, i) => `\u001b[2K\u001b[1G● Webpack ${i}% building`).join('\r'),
    'WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).',
    '✓ Webpack Compiled successfully',
  ].join('\n')
  expect(actionableWarnings(log)).toEqual([HOLIDAYS])
  expect(actionableWarnings('mock-data/ is valid\n✓ Webpack Compiled successfully\n')).toEqual([])
})
