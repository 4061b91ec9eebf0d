/**
 * npm start — for a person: builds the data and the H5 app quietly (one progress line; the full output
 * goes to dist/h5-build.log and its end is printed only on failure), then serves dist/h5. The server's
 * address is the last line printed. PORT chooses the port, as for scripts/serve.ts.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')
const LOG = path.join(ROOT, 'dist', 'h5-build.log')

function run(command: string, args: string[], log: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } })
    child.stdout.on('data', (d: Buffer) => log.push(d.toString()))
    child.stderr.on('data', (d: Buffer) => log.push(d.toString()))
    child.on('close', (code) => resolve(code ?? 1))
  })
}

/** The lines of a build log a person must act on (a data problem fails the build instead; the holiday calendar running out is one). */
export function actionableWarnings(log: string): string[] {
  return log
    .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => /^warning: the next 12 months/.test(line))
}

async function main(): Promise<void> {
  const started = Date.now()
  process.stdout.write('Building the H5 app (npm run build:h5, about a minute; log: dist/h5-build.log)…\n')
  const log: string[] = []
  const code = await run('npm', ['run', '--silent', 'build:h5'], log)
  mkdirSync(path.dirname(LOG), { recursive: true })
  writeFileSync(LOG, log.join(''))
  if (code !== 0) {
    const text = log.join('').replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
    process.stderr.write(`${text.split('\n').slice(-40).join('\n')}\nThe build failed (full log: ${path.relative(ROOT, LOG)}).\n`)
    process.exit(code)
  }
  for (const line of actionableWarnings(log.join(''))) process.stdout.write(`${line}\n`)
  process.stdout.write(`Built in ${Math.round((Date.now() - started) / 1000)} s.\n`)
  const serve = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'scripts/serve.ts'), path.join(ROOT, 'dist/h5')], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  const stop = () => serve.kill('SIGINT')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  serve.on('close', (c) => process.exit(c ?? 0))
}

if (require.main === module) void main()
