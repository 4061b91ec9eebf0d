/**
 * The official holiday calendar the app bundles (src/generated/holidays.json), called from
 * `npm run data`:
 * - chinese-days for the years it has (from the year before the oldest data version on);
 * - mock-data/holidays/<year>.json for each year a maintainer transcribed from the State Council's
 *   notice (schema: types/holidays.ts). A file takes precedence over the library for its whole year:
 *   the library's days of that year are dropped, not merged.
 * The build prints which years are covered and from where, and warns (without failing) when the next
 * 12 months, China time, reach a year that is not covered: the app then counts weekends only there and
 * says so on the page.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { HolidayCalendar } from '../../types/generated'
import { HolidayYearFileSchema, type HolidayYearFile } from '../../types/holidays'
import { chinaDate, chinaTime, isoDate, isoWeekday } from '../../src/domain/calendar/china-time'
import { ROOT, loadDataFiles } from './load'
import { checkSchema, formatProblem, type DataFile, type DataProblem } from './validate'

export const HOLIDAYS_DIR = path.join(ROOT, 'mock-data', 'holidays')

export interface HolidayYear {
  /** Path relative to the repository root: mock-data/holidays/2027.json. */
  file: string
  data: HolidayYearFile
}

export function loadHolidayFiles(dir = HOLIDAYS_DIR): DataFile[] {
  return existsSync(dir) ? loadDataFiles(dir, path.relative(ROOT, dir).split(path.sep).join('/')) : []
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Every day from `from` to `to`, inclusive, as YYYY-MM-DD. */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let day = chinaDate(from); isoDate(day) <= to; day = day.add(1, 'day')) out.push(isoDate(day))
  return out
}

/** The rules across one file's fields; the schema has already checked its shape and every date. */
export function holidayYearProblems(data: HolidayYearFile, fileYear: number): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = []
  const add = (field: string, message: string) => out.push({ field, message })
  const year = data.year
  const inYear = (date: string) => date.startsWith(`${year}-`)

  if (year !== fileYear) add('year', `is ${year}, but the file is named ${fileYear}.json`)
  if (!data.source.title.includes(`${year}年`)) add('source.title', `does not name ${year}年: is this the notice for ${year}?`)
  const issued = Number(data.source.date.slice(0, 4))
  if (issued !== year - 1 && issued !== year) add('source.date', `is in ${issued}; the notice for ${year} is issued in ${year - 1} or ${year}`)

  const names = new Map<string, string>()
  const daysOff = new Map<string, { name: string; at: string }>()
  data.holidays.forEach((h, i) => {
    const at = `holidays.${i}`
    const first = names.get(h.name)
    if (first) add(`${at}.name`, `"${h.name}" is listed twice (also ${first})`)
    else names.set(h.name, at)
    if (!inYear(h.from)) add(`${at}.from`, `${h.from} is not in ${year}`)
    if (!inYear(h.to)) add(`${at}.to`, `${h.to} is not in ${year}`)
    if (!inYear(h.from) || !inYear(h.to)) return
    if (h.to < h.from) {
      add(`${at}.to`, `${h.to} is before from (${h.from})`)
      return
    }
    for (const day of daysBetween(h.from, h.to)) {
      const other = daysOff.get(day)
      if (other) add(at, `${day} is also a day off of ${other.name} (${other.at})`)
      else daysOff.set(day, { name: h.name, at })
    }
  })

  const workdays = new Map<string, string>()
  data.holidays.forEach((h, i) =>
    h.makeupWorkdays.forEach((day, k) => {
      const at = `holidays.${i}.makeupWorkdays.${k}`
      if (!inYear(day)) {
        add(at, `${day} is not in ${year}`)
        return
      }
      const weekday = isoWeekday(chinaDate(day))
      if (weekday < 6) add(at, `${day} is a ${WEEKDAY_NAMES[weekday]}; a make-up workday (调休上班) is always a Saturday or Sunday`)
      const off = daysOff.get(day)
      if (off) add(at, `${day} is also a day off of ${off.name} (${off.at}); a day cannot be both`)
      const seen = workdays.get(day)
      if (seen) add(at, `${day} is listed twice (also ${seen})`)
      else workdays.set(day, at)
    }),
  )
  return out
}

/** Checks each file (name, JSON, schema, rules); only files without any problem are returned as years. */
export function validateHolidayFiles(files: readonly DataFile[]): { years: HolidayYear[]; problems: DataProblem[] } {
  const problems: DataProblem[] = []
  const years: HolidayYear[] = []
  for (const file of files) {
    const named = /^(\d{4})\.json$/.exec(path.posix.basename(file.path))
    if (!named) {
      problems.push({ file: file.path, message: 'must be named after the year it arranges, e.g. 2027.json' })
      continue
    }
    let raw: unknown
    try {
      raw = JSON.parse(file.text)
    } catch (error) {
      problems.push({ file: file.path, message: `is not valid JSON (${(error as Error).message})` })
      continue
    }
    const data = checkSchema(HolidayYearFileSchema, raw, file.path, problems)
    if (!data) continue
    const found = holidayYearProblems(data, Number(named[1]))
    for (const p of found) problems.push({ file: file.path, ...p })
    if (found.length === 0) years.push({ file: file.path, data })
  }
  return { years, problems }
}

// ---------------------------------------------------------------------------------------------
// Derivation
// ---------------------------------------------------------------------------------------------

/** chinese-days' tables, labels reduced to the Chinese name ("National Day,国庆节,3" -> 国庆节). */
function libraryTables(): { name: string; holidays: Record<string, string>; workdays: Record<string, string> } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const raw = require('chinese-days/dist/chinese-days.json') as Record<'holidays' | 'workdays', Record<string, string>>
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const version = (require('chinese-days/package.json') as { version: string }).version
  const names = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).map(([date, label]) => [date, label.split(',')[1] ?? label]))
  return { name: `chinese-days ${version}`, holidays: names(raw.holidays), workdays: names(raw.workdays) }
}

const yearOf = (date: string) => Number(date.slice(0, 4))
const sorted = (table: Record<string, string>) => Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)))

/** "2025–2026 from chinese-days 1.5.7; 2027 from mock-data/holidays/2027.json" */
export function describeCoverage(years: readonly number[], sources: Record<string, string>): string {
  const runs: { from: number; to: number; source: string }[] = []
  for (const year of years) {
    const last = runs[runs.length - 1]
    if (last && last.to === year - 1 && last.source === sources[year]) last.to = year
    else runs.push({ from: year, to: year, source: sources[year] })
  }
  return runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`} from ${r.source}`).join('; ')
}

/**
 * The calendar from `firstYear` on (the year before the oldest data version: the first the app can
 * need): chinese-days' years, each replaced by its data file where there is one, plus every year that
 * has a data file.
 */
export function deriveHolidayCalendar(firstYear: number, files: readonly HolidayYear[] = []): HolidayCalendar {
  const library = libraryTables()
  const fileFor = new Map(files.map((f) => [f.data.year, f]))
  const fromLibrary = (date: string) => yearOf(date) >= firstYear && !fileFor.has(yearOf(date))
  const holidays = Object.fromEntries(Object.entries(library.holidays).filter(([date]) => fromLibrary(date)))
  const workdays = Object.fromEntries(Object.entries(library.workdays).filter(([date]) => fromLibrary(date)))
  const sources: Record<string, string> = {}
  for (const date of Object.keys(holidays)) sources[yearOf(date)] = library.name
  for (const { file, data } of files) {
    sources[data.year] = file
    for (const h of data.holidays) {
      for (const day of daysBetween(h.from, h.to)) holidays[day] = h.name
      for (const day of h.makeupWorkdays) workdays[day] = h.name
    }
  }
  const years = Object.keys(sources)
    .map(Number)
    .sort((a, b) => a - b)
  return {
    source: describeCoverage(years, sources),
    firstYear: years[0],
    lastYear: years[years.length - 1],
    years,
    sources,
    holidays: sorted(holidays),
    workdays: sorted(workdays),
  }
}

// ---------------------------------------------------------------------------------------------
// What the build prints
// ---------------------------------------------------------------------------------------------

/** The coverage line, one line per data file (to check against the notice), and a warning if any. */
export function calendarReport(calendar: HolidayCalendar, files: readonly HolidayYear[], nowMs: number): { lines: string[]; warning: string | null } {
  const lines = [`calendar: ${calendar.source}`]
  for (const { file, data } of [...files].sort((a, b) => a.data.year - b.data.year)) {
    const daysOff = data.holidays.reduce((n, h) => n + daysBetween(h.from, h.to).length, 0)
    const makeup = data.holidays.reduce((n, h) => n + h.makeupWorkdays.length, 0)
    lines.push(`  ${file}: 《${data.source.title}》 (${data.source.date}): ${data.holidays.length} holidays, ${daysOff} days off, ${makeup} make-up workdays`)
  }
  const today = chinaTime(nowMs).startOf('day')
  const end = today.add(12, 'month')
  const missing: number[] = []
  for (let year = today.year(); year <= end.year(); year++) if (!calendar.years.includes(year)) missing.push(year)
  const warning = missing.length
    ? `warning: the next 12 months (${isoDate(today)} to ${isoDate(end)}, China time) reach ${missing.join(', ')}, which the calendar does not cover: ` +
      'completion dates there count weekends only (the guide page says so). ' +
      `When the State Council's notice is out, add ${missing.map((y) => `mock-data/holidays/${y}.json`).join(', ')} (see mock-data/README.md).`
    : null
  return { lines, warning }
}

/** For `npm run data`: validates the holiday files, derives the calendar and prints the report; exits 1 on a bad file. */
export function buildHolidayCalendar(firstYear: number, files: readonly DataFile[] = loadHolidayFiles(), nowMs = Date.now()): HolidayCalendar {
  const { years, problems } = validateHolidayFiles(files)
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p))
    console.error(`\n${problems.length} problem(s) in mock-data/holidays/; nothing generated.`)
    process.exit(1)
  }
  const calendar = deriveHolidayCalendar(firstYear, years)
  const { lines, warning } = calendarReport(calendar, years, nowMs)
  for (const line of lines) console.log(line)
  if (warning) console.warn(warning)
  return calendar
}
