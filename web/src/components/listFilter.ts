import dayjs from 'dayjs'
import { ZONE } from '@/utils/format'

/** A span of Beijing calendar days as ISO instants: the first day's start and the start of the day after the last (exclusive). */
export interface InstantRange {
  from: string
  to: string
}

/** The picked days [first, last] (YYYY-MM-DD, Beijing) as an {@link InstantRange}. */
export function daysToInstants(days: [string, string]): InstantRange {
  return { from: dayjs.tz(days[0], ZONE).toISOString(), to: dayjs.tz(days[1], ZONE).add(1, 'day').toISOString() }
}

/** Back to the picked days, for an API that takes calendar days (inclusive). */
export function instantsToDays(range: InstantRange): [string, string] {
  return [dayjs(range.from).tz(ZONE).format('YYYY-MM-DD'), dayjs(range.to).tz(ZONE).subtract(1, 'day').format('YYYY-MM-DD')]
}
