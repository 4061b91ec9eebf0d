/**
 * 提醒我: the calendar entries for a retirement answer (the retirement month, and the earliest 弹性
 * month when it is earlier), as plain data the platform turns into wx.addPhoneCalendar calls (weapp)
 * or an .ics file (H5). Dates are the first day of the month, China time.
 */
import type { RetirementAnswer } from './retirement'
import { formatMonth, monthOf, yearOf, type MonthIndex } from './year-month'

export interface CalendarEntry {
  title: string
  description: string
  /** The first day of the month: [year, month, 1]. */
  date: [number, number, number]
  /** 00:00 of that day in China (UTC+8), in seconds since the epoch (wx.addPhoneCalendar's startTime). */
  startTime: number
}

function entryAt(m: MonthIndex, title: string, description: string): CalendarEntry {
  const year = yearOf(m)
  const month = monthOf(m)
  return { title, description, date: [year, month, 1], startTime: Date.UTC(year, month - 1, 1) / 1000 - 8 * 3600 }
}

const ASK = '具体办理请咨询参保地社保经办机构或拨打 12333。'

export function retirementReminders(answer: RetirementAnswer): CalendarEntry[] {
  const entries = [entryAt(answer.retireAt, `法定退休时间：${formatMonth(answer.retireAt)}`, `${answer.lines.age}。${answer.lines.minimum}。${ASK}`)]
  const f = answer.flexible
  if (f && f.earliest < answer.retireAt) {
    entries.push(
      entryAt(
        f.earliest,
        `最早可申请弹性提前退休：${formatMonth(f.earliest)}`,
        `须达到最低缴费年限；自愿选择弹性提前退休的，应至少在本人选择的退休时间前3个月以书面形式告知所在单位。${ASK}`,
      ),
    )
  }
  return entries
}
