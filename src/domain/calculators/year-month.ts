/**
 * A calendar month as one integer (year * 12 + month - 1), so that birth months, ages and retirement
 * months add and compare as plain numbers. No Date and no time zone: a month is a month everywhere.
 */
export type MonthIndex = number

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1)
}

export function yearOf(m: MonthIndex): number {
  return Math.floor(m / 12)
}

export function monthOf(m: MonthIndex): number {
  return (m % 12) + 1
}

/** 2025年2月 */
export function formatMonth(m: MonthIndex): string {
  return `${yearOf(m)}年${monthOf(m)}月`
}

/** 1965-03 (the form links carry). */
export function isoMonth(m: MonthIndex): string {
  return `${yearOf(m)}-${String(monthOf(m)).padStart(2, '0')}`
}

/** A length in months as 60岁1个月 / 63岁 (ages) or 15年6个月 / 20年 (years of contributions). */
export function formatSpan(months: number, unit: '岁' | '年'): string {
  const years = Math.floor(months / 12)
  const rest = months % 12
  return rest ? `${years}${unit}${rest}个月` : `${years}${unit}`
}

/** The month in China (UTC+8) at an instant: citizens and offices are on China time whatever the phone says. */
export function chinaMonthAt(epochMs: number): MonthIndex {
  const d = new Date(epochMs + 8 * 3600_000)
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1)
}
