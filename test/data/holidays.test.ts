/**
 * The holiday calendar: chinese-days plus maintainers' data files (scripts/data/holidays.ts).
 * test/fixtures/holidays/ holds two made-up years, never shipped: 2031 (a year no library has) and a
 * fictional 2026 that must replace chinese-days' real 2026 as a whole. Broken copies of the 2031 file,
 * placed where the build reads them, must be refused with the file and field named.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { addWorkdays, chinaDate, dayInfo } from '../../src/domain/calendar'
import { buildHolidayCalendar, calendarReport, deriveHolidayCalendar, loadHolidayFiles, validateHolidayFiles } from '../../scripts/data/holidays'
import { formatProblem, type DataFile } from '../../scripts/data/validate'

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'holidays')
const F2026 = 'test/fixtures/holidays/2026.json'
const F2031 = 'test/fixtures/holidays/2031.json'
const fixtureFiles = loadHolidayFiles(FIXTURES)
const fixtureYears = validateHolidayFiles(fixtureFiles).years
const withFixtures = deriveHolidayCalendar(2025, fixtureYears)
const libraryOnly = deriveHolidayCalendar(2025)
/** 2026-12-01 10:00 in Beijing. */
const DEC_2026 = Date.UTC(2026, 11, 1, 2)

describe('the fixture years', () => {
  test('are valid and read from their folder', () => {
    expect(fixtureFiles.map((f) => f.path)).toEqual([F2026, F2031])
    expect(validateHolidayFiles(fixtureFiles).problems).toEqual([])
    expect(fixtureYears.map((y) => y.data.year)).toEqual([2026, 2031])
  })

  test('are covered, each from its file', () => {
    expect(withFixtures.years).toEqual([2025, 2026, 2031])
    expect(withFixtures.sources).toEqual({ 2025: 'chinese-days 1.5.7', 2026: F2026, 2031: F2031 })
    expect(withFixtures.source).toBe(`2025 from chinese-days 1.5.7; 2026 from ${F2026}; 2031 from ${F2031}`)
    expect([withFixtures.firstYear, withFixtures.lastYear]).toEqual([2025, 2031])
  })

  test.each([
    ['2031-05-01', 'holiday', '测试劳动假（虚构）'],
    ['2031-05-03', 'holiday', '测试劳动假（虚构）'],
    ['2031-05-05', 'holiday', '测试劳动假（虚构）'],
    ['2031-05-10', 'makeup-workday', '测试劳动假（虚构）'],
    ['2031-09-27', 'makeup-workday', '测试长假（虚构）'],
    ['2031-05-06', 'workday', undefined],
    ['2031-05-17', 'weekend', undefined],
  ])('2031: %s is a %s', (date, kind, holiday) => {
    expect(dayInfo(chinaDate(date), withFixtures)).toEqual({ kind, ...(holiday ? { holiday } : {}), covered: true })
  })

  test('working days are counted across the fixture holidays, and 2031 is no longer a weekends-only guess', () => {
    // Accepted Tuesday 30 September 2031; 10/1-10/7 are off, so the 3rd working day is Friday 10/10.
    const counted = addWorkdays(chinaDate('2031-09-30'), 3, withFixtures)
    expect([counted.date.format('YYYY-MM-DD'), counted.uncoveredYears]).toEqual(['2031-10-10', []])
    const guessed = addWorkdays(chinaDate('2031-09-30'), 3, libraryOnly)
    expect([guessed.date.format('YYYY-MM-DD'), guessed.uncoveredYears]).toEqual(['2031-10-03', [2031]])
  })

  test('a year between two covered years stays uncovered', () => {
    expect(dayInfo(chinaDate('2028-10-02'), withFixtures)).toEqual({ kind: 'workday', covered: false })
  })

  test("a file replaces the library's whole year: chinese-days' real 2026 days are gone", () => {
    expect(dayInfo(chinaDate('2026-10-01'), libraryOnly)).toEqual({ kind: 'holiday', holiday: '国庆节', covered: true })
    expect(dayInfo(chinaDate('2026-10-01'), withFixtures)).toEqual({ kind: 'workday', covered: true })
    expect(dayInfo(chinaDate('2026-02-14'), withFixtures)).toEqual({ kind: 'weekend', covered: true })
    expect(dayInfo(chinaDate('2026-03-02'), withFixtures)).toEqual({ kind: 'holiday', holiday: '测试覆盖假（虚构）', covered: true })
    expect(dayInfo(chinaDate('2026-03-07'), withFixtures)).toEqual({ kind: 'makeup-workday', holiday: '测试覆盖假（虚构）', covered: true })
    expect(Object.keys(withFixtures.holidays).filter((d) => d.startsWith('2026'))).toEqual(['2026-03-02', '2026-03-03'])
    // ... while 2025 still comes from the library.
    expect(dayInfo(chinaDate('2025-10-01'), withFixtures)).toEqual({ kind: 'holiday', holiday: '国庆节', covered: true })
  })
})

test("the file format holds a real year: 2026's arrangement, written as a file, gives exactly chinese-days' days", () => {
  // The days of the 2026 notice (国务院办公厅关于2026年部分节假日安排的通知), as test/unit/calendar.test.ts
  // counts them. The issue date below is a stand-in (only the days are compared); this is not shipped.
  const notice2026 = {
    year: 2026,
    source: { title: '国务院办公厅关于2026年部分节假日安排的通知', date: '2025-11-01' },
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeupWorkdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', makeupWorkdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', makeupWorkdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeupWorkdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', makeupWorkdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', makeupWorkdays: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeupWorkdays: ['2026-09-20', '2026-10-10'] },
    ],
  }
  const { years, problems } = validateHolidayFiles([{ path: 'mock-data/holidays/2026.json', text: JSON.stringify(notice2026) }])
  expect(problems).toEqual([])
  const fromFile = deriveHolidayCalendar(2025, years)
  expect(fromFile.sources[2026]).toBe('mock-data/holidays/2026.json')
  expect(Object.keys(fromFile.holidays)).toEqual(Object.keys(libraryOnly.holidays))
  expect(Object.keys(fromFile.workdays)).toEqual(Object.keys(libraryOnly.workdays))
})

describe('what the build prints', () => {
  test('the years and where they come from, and a line per file to check against the notice', () => {
    const { lines } = calendarReport(withFixtures, fixtureYears, DEC_2026)
    expect(lines).toEqual([
      `calendar: 2025 from chinese-days 1.5.7; 2026 from ${F2026}; 2031 from ${F2031}`,
      `  ${F2026}: 《虚构的测试通知：2026年部分节假日安排（不是真实通知，只供测试覆盖 chinese-days）》 (2025-11-20): 1 holidays, 2 days off, 1 make-up workdays`,
      `  ${F2031}: 《虚构的测试通知：2031年部分节假日安排（不是真实通知，只供测试）》 (2030-11-15): 3 holidays, 13 days off, 4 make-up workdays`,
    ])
  })

  test('a warning when the next 12 months reach a year that is not covered', () => {
    expect(calendarReport(libraryOnly, [], DEC_2026)).toEqual({
      lines: ['calendar: 2025–2026 from chinese-days 1.5.7'],
      warning:
        'warning: the next 12 months (2026-12-01 to 2027-12-01, China time) reach 2027, which the calendar does not cover: ' +
        'completion dates there count weekends only (the guide page says so). ' +
        "When the State Council's notice is out, add mock-data/holidays/2027.json (see mock-data/README.md).",
    })
    expect(calendarReport(withFixtures, fixtureYears, Date.UTC(2030, 2, 1)).warning).toContain('reach 2030,')
  })

  test('no warning while the next 12 months are covered', () => {
    expect(calendarReport(libraryOnly, [], Date.UTC(2025, 5, 1)).warning).toBeNull()
    expect(calendarReport(withFixtures, fixtureYears, Date.UTC(2031, 0, 1, 2)).warning).toContain('reach 2032,')
  })

  test("today is China's today: 00:30 on 1 January 2026 in Beijing is still 2025 in UTC", () => {
    expect(calendarReport(libraryOnly, [], Date.UTC(2025, 11, 31, 15, 30)).warning).toBeNull()
    expect(calendarReport(libraryOnly, [], Date.UTC(2025, 11, 31, 16, 30)).warning).toContain('(2026-01-01 to 2027-01-01, China time) reach 2027,')
  })

  test('npm run data uses a data file: buildHolidayCalendar on the fixture folder', () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      const calendar = buildHolidayCalendar(2025, fixtureFiles, DEC_2026)
      expect(calendar).toEqual(withFixtures)
      expect(log.mock.calls[0]).toEqual([`calendar: 2025 from chinese-days 1.5.7; 2026 from ${F2026}; 2031 from ${F2031}`])
      expect(warn.mock.calls[0][0]).toContain('reach 2027,')
    } finally {
      log.mockRestore()
      warn.mockRestore()
    }
  })

  test('with no holiday folder the library alone is used', () => {
    expect(loadHolidayFiles(path.join(FIXTURES, 'no-such-folder'))).toEqual([])
  })
})

describe('broken holiday files', () => {
  const FILE = 'mock-data/holidays/2031.json'
  const fixtureText = readFileSync(path.join(FIXTURES, '2031.json'), 'utf8')
  /** The 2031 fixture where the build reads data files, with one change. */
  const broken = (change: (json: any) => void, file = FILE): DataFile[] => {
    const json = JSON.parse(fixtureText)
    change(json)
    return [{ path: file, text: JSON.stringify(json) }]
  }
  const messages = (files: DataFile[]) => validateHolidayFiles(files).problems.map(formatProblem)

  test('the unbroken copy is fine where the build reads it', () => {
    expect(messages(broken(() => undefined))).toEqual([])
  })

  test.each<[string, (json: any) => void, string[]]>([
    ['an impossible date', (j) => (j.holidays[0].from = '2031-02-30'), [`${FILE} holidays.0.from: is not a date on the calendar`]],
    ['a date not written YYYY-MM-DD', (j) => (j.holidays[1].to = '2031-5-5'), [`${FILE} holidays.1.to: must be a date written YYYY-MM-DD`]],
    ['a day off in another year', (j) => (j.holidays[2].to = '2032-01-02'), [`${FILE} holidays.2.to: 2032-01-02 is not in 2031`]],
    [
      'a make-up workday in another year',
      (j) => (j.holidays[0].makeupWorkdays = ['2030-12-28']),
      [`${FILE} holidays.0.makeupWorkdays.0: 2030-12-28 is not in 2031`],
    ],
    [
      'a make-up workday on a weekday',
      (j) => (j.holidays[1].makeupWorkdays[1] = '2031-05-06'),
      [`${FILE} holidays.1.makeupWorkdays.1: 2031-05-06 is a Tuesday; a make-up workday (调休上班) is always a Saturday or Sunday`],
    ],
    [
      'a day both off and a make-up workday',
      (j) => (j.holidays[2].makeupWorkdays[0] = '2031-05-03'),
      [`${FILE} holidays.2.makeupWorkdays.0: 2031-05-03 is also a day off of 测试劳动假（虚构） (holidays.1); a day cannot be both`],
    ],
    [
      'two holidays sharing a day',
      (j) => (j.holidays[2].from = '2031-05-05') && (j.holidays[2].to = '2031-05-05'),
      [`${FILE} holidays.2: 2031-05-05 is also a day off of 测试劳动假（虚构） (holidays.1)`],
    ],
    [
      'a make-up workday listed twice',
      (j) => j.holidays[2].makeupWorkdays.push('2031-04-26'),
      [`${FILE} holidays.2.makeupWorkdays.2: 2031-04-26 is listed twice (also holidays.1.makeupWorkdays.0)`],
    ],
    ['a holiday that ends before it starts', (j) => (j.holidays[2].to = '2031-09-30'), [`${FILE} holidays.2.to: 2031-09-30 is before from (2031-10-01)`]],
    ['a holiday without a name', (j) => (j.holidays[0].name = ' '), [`${FILE} holidays.0.name: must not be empty`]],
    ['a holiday with no name field', (j) => delete j.holidays[0].name, [`${FILE} holidays.0.name: is missing`]],
    [
      'a holiday listed twice',
      (j) => (j.holidays[2].name = j.holidays[1].name),
      [`${FILE} holidays.2.name: "测试劳动假（虚构）" is listed twice (also holidays.1)`],
    ],
    ['no holidays', (j) => (j.holidays = []), [`${FILE} holidays: must list the holidays of the notice`]],
    ['no source', (j) => delete j.source, [`${FILE} source: is missing`]],
    ['a source without a date', (j) => delete j.source.date, [`${FILE} source.date: is missing`]],
    ['a notice issued years away', (j) => (j.source.date = '2027-11-15'), [`${FILE} source.date: is in 2027; the notice for 2031 is issued in 2030 or 2031`]],
    [
      "a title that names another year (last year's file copied)",
      (j) => (j.source.title = '国务院办公厅关于2030年部分节假日安排的通知'),
      [`${FILE} source.title: does not name 2031年: is this the notice for 2031?`],
    ],
    ['a field the schema does not know', (j) => (j.holidays[0].days = 1), [`${FILE} holidays.0.days: is not a known field`]],
    ['a year that is not a number', (j) => (j.year = '2031'), [`${FILE} year: expected number, got "2031"`]],
  ])('%s', (_label, change, expected) => {
    expect(messages(broken(change))).toEqual(expected)
    expect(validateHolidayFiles(broken(change)).years).toEqual([])
  })

  test('a year that does not match the file name', () => {
    expect(messages(broken((j) => (j.year = 2032)))).toContain(`${FILE} year: is 2032, but the file is named 2031.json`)
  })

  test('a file not named after its year', () => {
    expect(messages(broken(() => undefined, 'mock-data/holidays/holidays-2031.json'))).toEqual([
      'mock-data/holidays/holidays-2031.json: must be named after the year it arranges, e.g. 2027.json',
    ])
  })

  test('a file that is not JSON', () => {
    expect(messages([{ path: FILE, text: '{ "year": 2031,' }])).toEqual([expect.stringMatching(new RegExp(`^${FILE}: is not valid JSON \\(`))])
  })

  test('a bad file does not stop a good one from being checked', () => {
    const { years, problems } = validateHolidayFiles([...broken((j) => (j.holidays[0].from = '2031-02-30')), ...fixtureFiles.filter((f) => f.path === F2026)])
    expect(problems).toHaveLength(1)
    expect(years.map((y) => y.file)).toEqual([F2026])
  })
})
