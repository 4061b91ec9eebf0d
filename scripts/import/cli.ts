/**
 * npm run catalogue:import -- <file> --region <id> --name <地区名称> [--parent <city id>] [--prefix <hm>] [--out <dir>]
 *
 * Writes <out>/<id>/catalogue.json, copies the source file to <out>/<id>/source/, writes the review
 * report to <out>/<id>/import-report.json and prints it. On bad input: one line on stderr, exit 1,
 * nothing written.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as v from 'valibot'
import { CatalogueFileSchema, type CatalogueFile } from '../../types/catalogue'
import { ImportError, importCatalogue } from './index'
import { printReport } from './report'

interface Args {
  file: string
  region: string
  name: string
  parent?: string
  prefix?: string
  out: string
}

function parseArgs(argv: string[]): Args {
  const flags: Record<string, string> = {}
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2)
      const value = inline ?? argv[++i]
      if (value === undefined || value.startsWith('--')) throw new ImportError(`--${k} needs a value`)
      flags[k] = value
    } else positional.push(a)
  }
  const unknown = Object.keys(flags).filter((k) => !['region', 'name', 'parent', 'prefix', 'out'].includes(k))
  if (unknown.length) throw new ImportError(`unknown option --${unknown[0]}`)
  if (positional.length !== 1)
    throw new ImportError('usage: npm run catalogue:import -- <file> --region <id> --name <地区名称> [--parent <city id>] [--prefix <xx>] [--out <dir>]')
  if (!flags.region) throw new ImportError('--region <id> is required (e.g. --region hami)')
  if (!flags.name) throw new ImportError("--name <地区名称> is required: state the bureau's area, e.g. --name 哈密市")
  return { file: positional[0], region: flags.region, name: flags.name, parent: flags.parent, prefix: flags.prefix, out: flags.out ?? 'mock-data' }
}

function readExisting(file: string): CatalogueFile | undefined {
  if (!existsSync(file)) return undefined
  const parsed = v.safeParse(CatalogueFileSchema, JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new ImportError(`${file} exists but is not a valid catalogue; fix or remove it before re-importing`)
  return parsed.output
}

function otherPrefixes(out: string, region: string): Set<string> {
  const taken = new Set<string>()
  if (!existsSync(out)) return taken
  for (const dir of readdirSync(out)) {
    const file = path.join(out, dir, 'catalogue.json')
    if (dir === region || !existsSync(file)) continue
    try {
      taken.add(JSON.parse(readFileSync(file, 'utf8')).region.idPrefix)
    } catch {
      // An unreadable neighbour is the validator's business, not the importer's.
    }
  }
  return taken
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv)
    if (!existsSync(args.file)) throw new ImportError(`${args.file} does not exist`)
    const bytes = readFileSync(args.file)
    const dir = path.join(args.out, args.region)
    const target = path.join(dir, 'catalogue.json')
    const existing = readExisting(target)
    const { catalogue, report } = await importCatalogue(args.file, bytes, {
      regionId: args.region,
      name: args.name,
      parent: args.parent,
      prefix: args.prefix,
      existing,
      takenPrefixes: otherPrefixes(args.out, args.region),
    })
    const guidesDir = path.join(dir, 'guides')
    if (existsSync(guidesDir)) {
      const ids = new Set(catalogue.items.map((i) => i.id))
      report.orphanedGuides = readdirSync(guidesDir)
        .filter((f) => f.endsWith('.json') && !ids.has(f.replace(/\.json$/, '')))
        .map((f) => path.join(guidesDir, f))
    }
    // Write into a temporary directory first, then move: a failure leaves the old files as they were.
    mkdirSync(dir, { recursive: true })
    const sourceDir = path.join(dir, 'source')
    const staging = path.join(dir, '.import-staging')
    rmSync(staging, { recursive: true, force: true })
    mkdirSync(staging)
    writeFileSync(path.join(staging, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`)
    writeFileSync(path.join(staging, 'import-report.json'), `${JSON.stringify(report, null, 2)}\n`)
    copyFileSync(args.file, path.join(staging, path.basename(args.file)))
    mkdirSync(sourceDir, { recursive: true })
    // The previous source file is replaced: validation reads the region's source for its phone numbers.
    for (const old of readdirSync(sourceDir)) if (old !== path.basename(args.file)) rmSync(path.join(sourceDir, old))
    renameSync(path.join(staging, path.basename(args.file)), path.join(sourceDir, path.basename(args.file)))
    renameSync(path.join(staging, 'catalogue.json'), target)
    renameSync(path.join(staging, 'import-report.json'), path.join(dir, 'import-report.json'))
    rmSync(staging, { recursive: true, force: true })
    printReport(report, target)
    return 0
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`catalogue:import: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code))
}
