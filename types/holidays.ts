/**
 * One year of official public holidays and make-up workdays (调休上班), transcribed from the State
 * Council's notice (国务院办公厅关于YYYY年部分节假日安排的通知), for a year the chinese-days library
 * does not have yet, or has wrong.
 *
 * mock-data/holidays/<year>.json -> HolidayYearFileSchema
 *
 * This schema checks the shape of one file and that every date is a real date. The rules across its
 * fields (dates in that year, no day listed twice, make-up workdays on a Saturday or Sunday, the file
 * named after its year) live in scripts/data/holidays.ts, which also merges the files with the library.
 */
import * as v from 'valibot'

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  // A real calendar date: 2027-02-29 and 2027-13-01 are refused. Only a well-formed date can be
  // checked against the calendar; the regex above reports the rest.
  v.check((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'is not a date on the calendar'),
)

export const HolidayNoticeSchema = v.strictObject({
  /** The notice's title as published: "国务院办公厅关于2027年部分节假日安排的通知". */
  title: text,
  /** The notice's document number, when it has one: "国办发明电〔2026〕7号". */
  documentNumber: v.optional(text),
  /** The date the notice was issued (成文日期 or 发布日期), YYYY-MM-DD. */
  date: isoDate,
  /** Where it was read, e.g. the notice's page on www.gov.cn. */
  url: v.optional(v.pipe(v.string(), v.url('must be a web address'))),
})
export type HolidayNotice = v.InferOutput<typeof HolidayNoticeSchema>

export const HolidaySchema = v.strictObject({
  /** As the notice names it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节. */
  name: text,
  /** First and last day off (放假), inclusive, weekends inside the range included. */
  from: isoDate,
  to: isoDate,
  /** The Saturdays and Sundays the notice makes working days for this holiday (调休上班). */
  makeupWorkdays: v.array(isoDate),
})
export type Holiday = v.InferOutput<typeof HolidaySchema>

export const HolidayYearFileSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(2000, 'must be 2000 or later'), v.maxValue(2100, 'must be 2100 or earlier')),
  source: HolidayNoticeSchema,
  holidays: v.pipe(v.array(HolidaySchema), v.minLength(1, 'must list the holidays of the notice')),
  /** Anything a maintainer should know about this transcription. */
  note: v.optional(text),
})
export type HolidayYearFile = v.InferOutput<typeof HolidayYearFileSchema>
