/**
 * Mutation testing of the domain (README "Test 测试"): StrykerJS with its Jest runner, one folder of
 * src/domain at a time, so a run stays tractable on a small machine. Not part of npm test.
 *
 *   npm run mutate                 every folder in FOLDERS, one after another
 *   npm run mutate -- calendar     one folder (several: calendar region-data)
 *   MUTATE_CONCURRENCY=1           test runners at once (default 2)
 *   MUTATE_IGNORE_STATIC=1         skip static mutants (see below): a much faster, partial run
 *   npm run mutate -- search --mutate scoring.ts,route.ts
 *                                  only these files of the folder (Stryker's --mutate; one folder only)
 *
 * Each folder runs only the tests that import it (found by their import lines), and keeps its own
 * incremental file under reports/mutation/ (git-ignored), so a second run re-tests only what changed.
 * The HTML report is reports/mutation/<folder>.html.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const FOLDERS = ['calendar', 'life-events', 'region-data', 'search', 'routes']
const ROOT = path.resolve(__dirname, '..')
const TEST_DIRS = ['test/unit', 'test/data']
/**
 * Tests left out of every run: they would be re-run for each mutant they cover. province-scale builds a
 * synthetic province of ten thousand items first (about 50 s in Jest); its search checks are scale checks,
 * and the search tests in test/unit cover the same code on the real data.
 */
const LEFT_OUT = ['test/data/province-scale.test.ts']

/** The domain tests that import the folder (directly: `domain/<folder>/` or `domain/<folder>'`). */
export function testsOf(folder: string): string[] {
  const pattern = new RegExp(`domain/${folder}(/|')`)
  return TEST_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.test.ts') && pattern.test(readFileSync(path.join(ROOT, dir, f), 'utf8')))
      .map((f) => `${dir}/${f}`)
      .filter((t) => !LEFT_OUT.includes(t)),
  )
}

async function mutate(folder: string, files?: string[]): Promise<number | null> {
  const tests = testsOf(folder)
  if (tests.length === 0) throw new Error(`no test imports src/domain/${folder}`)
  console.log(`\n== src/domain/${folder}: ${tests.join(', ')}`)
  // Stryker is an ES module; this script runs as CommonJS under tsx.
  const { Stryker } = await import('@stryker-mutator/core')
  // Tests that run a compiled copy of the source (the H5 preload script) skip themselves: see page-spec.test.ts.
  process.env.MUTATE_RUN = '1'
  const stryker = new Stryker({
    testRunner: 'jest',
    plugins: ['@stryker-mutator/jest-runner'],
    mutate: files ? files.map((f) => `src/domain/${folder}/${f}`) : [`src/domain/${folder}/**/*.ts`],
    disableTypeChecks: 'src/**/*.{ts,tsx}',
    jest: {
      projectType: 'custom',
      configFile: 'test/jest.mutate.config.js',
      config: { testMatch: tests.map((t) => `<rootDir>/${t}`) },
      enableFindRelatedTests: false,
    },
    coverageAnalysis: 'perTest',
    concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
    timeoutMS: 20_000,
    // MUTATE_IGNORE_STATIC=1: skip mutants of values computed once at module load (tables, messages),
    // which need every test file re-run each (most of a run's time); reported as ignored, not scored.
    ignoreStatic: process.env.MUTATE_IGNORE_STATIC === '1',
    incremental: true,
    incrementalFile: `reports/mutation/${folder}.incremental.json`,
    reporters: ['html', 'clear-text', 'progress'],
    htmlReporter: { fileName: `reports/mutation/${folder}.html` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
    // Copy only what the tests read into each sandbox (node_modules is linked).
    ignorePatterns: ['/*', '!/src', '!/types', '!/test', '!/mock-data', '!/scripts', '!/config', '!/package.json', '!/tsconfig.json', '!/babel.config.js'],
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    thresholds: { high: 90, low: 80, break: null },
  })
  const results = await stryker.runMutationTest()
  const killed = results.filter((r) => r.status === 'Killed' || r.status === 'Timeout').length
  const valid = results.filter((r) => !['CompileError', 'RuntimeError', 'Ignored'].includes(r.status)).length
  return valid ? (100 * killed) / valid : null
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const at = args.indexOf('--mutate')
  const files = at >= 0 ? (args.splice(at, 2)[1] ?? '').split(',').filter(Boolean) : undefined
  if (files && (!files.length || files.some((f) => f.startsWith('-')))) throw new Error('--mutate needs a comma-separated list of files of the folder')
  const asked = args
  if (files && asked.length !== 1) throw new Error('--mutate takes the files of one folder: npm run mutate -- search --mutate scoring.ts,route.ts')
  const unknown = asked.filter((f) => !FOLDERS.includes(f))
  if (unknown.length) throw new Error(`unknown folder(s) ${unknown.join(', ')}; choose from ${FOLDERS.join(', ')}`)
  const scores: string[] = []
  for (const folder of asked.length ? asked : FOLDERS) {
    const score = await mutate(folder, files)
    scores.push(`${folder}: ${score === null ? '—' : `${score.toFixed(1)}%`}`)
  }
  console.log(`\nmutation score (killed + timed out / valid mutants): ${scores.join(', ')}`)
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
