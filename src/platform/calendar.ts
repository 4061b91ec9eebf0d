/**
 * 提醒我: puts calendar entries on the phone. weapp: wx.addPhoneCalendar (base library 2.15.0, scope
 * scope.addPhoneCalendar; WeChat asks the citizen, and a refusal comes back in fail). H5: an .ics file
 * (RFC 5545) made by the `ics` package, loaded only now, and downloaded: nothing is sent anywhere.
 *
 * Both branches test process.env.TARO_ENV inline, so webpack drops the other platform's (and `ics`
 * never reaches the mini-program).
 */
import Taro from '@tarojs/taro'
import type { CalendarEntry } from '../domain/calculators/reminders'

export type CalendarOutcome = { ok: true; message: string } | { ok: false; reason: 'refused' | 'unsupported' | 'failed'; message: string }

/** A refusal, as WeChat reports it in fail (auth deny / auth denied / authorize:fail …). */
function isRefusal(errMsg: string): boolean {
  return /auth|deny|denied|cancel|privacy|scope/i.test(errMsg)
}

function addOne(entry: CalendarEntry): Promise<string | null> {
  return new Promise((resolve) => {
    Taro.addPhoneCalendar({
      title: entry.title,
      startTime: entry.startTime,
      allDay: true,
      description: entry.description,
      alarm: true,
      success: () => resolve(null),
      fail: (res: { errMsg?: string }) => resolve(res?.errMsg ?? 'fail'),
    })?.catch?.(() => undefined)
  })
}

export async function addToPhoneCalendar(entries: CalendarEntry[], fileName: string): Promise<CalendarOutcome> {
  const what = entries.map((e) => e.title).join('；')
  if (process.env.TARO_ENV === 'h5') {
    try {
      const { createEvents } = await import(/* webpackChunkName: "ics" */ 'ics')
      const { error, value } = createEvents(
        entries.map((e) => ({
          start: e.date,
          duration: { days: 1 },
          title: e.title,
          description: e.description,
          productId: 'rsbszn/retirement',
          calName: '人社办事指南',
        })),
      )
      if (error || !value) throw error ?? new Error('empty calendar')
      const url = URL.createObjectURL(new Blob([value], { type: 'text/calendar;charset=utf-8' }))
      const a = document.createElement('a')
      a.href = url
      a.download = fileName
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { ok: true, message: `已下载日历文件 ${fileName}，打开它即可加入手机日历：${what}` }
    } catch {
      return { ok: false, reason: 'failed', message: `日历文件没有生成成功。请自己记下：${what}` }
    }
  } else {
    if (typeof Taro.addPhoneCalendar !== 'function') {
      return { ok: false, reason: 'unsupported', message: `当前微信版本不支持添加到日历，请升级微信，或自己记下：${what}` }
    }
    for (const entry of entries) {
      const errMsg = await addOne(entry)
      if (errMsg === null) continue
      if (isRefusal(errMsg)) {
        return {
          ok: false,
          reason: 'refused',
          message: `没有得到添加日历的授权，提醒没有加上。如需添加，请点右上角“…”→“设置”，允许“添加到日历”后再点“提醒我”；或自己记下：${what}`,
        }
      }
      return { ok: false, reason: 'failed', message: `添加到日历没有成功，请稍后再试，或自己记下：${what}` }
    }
    return { ok: true, message: `已添加到手机日历：${what}` }
  }
}
