import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'

/** An ISO instant as `YYYY-MM-DD HH:mm:ss` in Beijing time; '—' when absent. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '—'
  const d = dayjs(value)
  return d.isValid() ? d.tz(ZONE).format('YYYY-MM-DD HH:mm:ss') : value
}

/**
 * `value-format` of every date-time picker: the wall-clock time the picker shows is read as Beijing time, so the value is
 * an ISO date-time with `+08:00` whatever the browser's own zone — input agrees with what the pages show.
 */
export const PICKER_VALUE_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss[+08:00]'

/** The current time as a picker value (Beijing wall-clock, `+08:00`). */
export function nowForPicker(): string {
  return dayjs().tz(ZONE).format('YYYY-MM-DD[T]HH:mm:ss') + '+08:00'
}

/** `disabled-date` of a picker: the calendar cell's day lies after today in Beijing. */
export function afterTodayInBeijing(day: Date): boolean {
  return dayjs(day).format('YYYY-MM-DD') > today()
}

/** A picked date-time (a picker value with its offset, or a Date) as an ISO instant (UTC, with `Z`). */
export function toInstant(value: Date | string | null | undefined): string | undefined {
  if (!value) return undefined
  const d = dayjs(value)
  return d.isValid() ? d.toISOString() : undefined
}

/** Today's date in Beijing as `YYYY-MM-DD`. */
export function today(): string {
  return dayjs().tz(ZONE).format('YYYY-MM-DD')
}

/** Whole days from today (Beijing) to an ISO date; negative when it has passed. */
export function daysUntil(date: string | null | undefined): number | null {
  if (!date) return null
  return dayjs(date).diff(dayjs(today()), 'day')
}

/** Whether an instant lies in the future (e.g. an account's lock). */
export function isFuture(value: string | null | undefined): boolean {
  return !!value && dayjs(value).isAfter(dayjs())
}

/** How long ago an instant was, in words: `3天4小时`, `2小时5分`, `12分钟`. */
export function elapsedSince(value: string | null | undefined, now: number = Date.now()): string {
  if (!value) return '—'
  const minutes = Math.max(0, Math.floor((now - dayjs(value).valueOf()) / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days > 0) return `${days}天${hours}小时`
  if (hours > 0) return `${hours}小时${minutes % 60}分`
  return `${minutes}分钟`
}
