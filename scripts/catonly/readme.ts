import { readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

/**
 * README "Add your bureau" step 2, as written there: the import command's file and options
 * (test/import/add-your-bureau.test.ts and .catonly's builds run exactly this, with --out added).
 */
export function readmeImportCommand(): { args: string[]; region: string; name: string } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Add your bureau'), readme.indexOf('\n## ', readme.indexOf('## Add your bureau') + 1))
  const line = /^\s*npm run catalogue:import -- (.+)$/m.exec(section)
  if (!line) throw new Error('README "Add your bureau" has no `npm run catalogue:import -- …` line')
  const args = line[1].trim().split(/\s+/)
  const option = (name: string) => args[args.indexOf(name) + 1]
  return { args, region: option('--region'), name: option('--name') }
}
