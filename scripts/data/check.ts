/**
 * npm run data:check [-- --items hm-006,hm-007]
 * Validates mock-data/ (holiday files in mock-data/holidays/ too) and prints every problem; exits 1 when there is any.
 * --items limits guide checks to the listed items (useful while writing guides).
 */
import { validateHolidayFiles, loadHolidayFiles } from './holidays'
import { loadDataFiles } from './load'
import { formatProblem, validateData } from './validate'

const arg = process.argv.indexOf('--items')
const onlyItems = arg > 0 ? new Set(process.argv[arg + 1].split(',').map((s) => s.trim())) : undefined
const problems = [...validateData(loadDataFiles(), { onlyItems }).problems, ...validateHolidayFiles(loadHolidayFiles()).problems]
for (const p of problems) console.error(formatProblem(p))
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in mock-data/`)
  process.exit(1)
}
console.log('mock-data/ is valid')
