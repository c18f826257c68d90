import { http } from './http'

export type DayKind = 'HOLIDAY' | 'MAKE_UP_WORKDAY'

export interface CalendarDay {
  date: string
  kind: DayKind
  kindName: string
  name: string
}

export interface RuleExtension {
  code: string
  name: string
  mode: 'ADD' | 'TOTAL'
  length: number
  unit: string
  description: string
  approver: string | null
  basis: string | null
}

export interface PeriodRule {
  code: string
  version: number
  name: string
  trigger: string
  unit: string
  unitName: string
  length: number
  period: string
  counting: string
  countingName: string
  rollOver: string
  rollOverName: string
  custodyException: boolean
  extensions: RuleExtension[]
  basis: string
  certainty: 'V' | 'P' | 'U'
  certaintyName: string
  needsVerification: boolean
  source: string | null
  changeReason: string | null
  changedAt: string | null
  changedBy: string | null
}

export interface DeadlinePreview {
  ruleCode: string
  start: string
  inCustody: boolean
  extensions: string[]
}

export interface Deadline {
  dueAt: string
  dueAtText: string
  ruleCode: string
  ruleVersion: number
  basis: string
  steps: string[]
}

export const calendarApi = {
  async days(year: number): Promise<CalendarDay[]> {
    return (await http.get<CalendarDay[]>('/api/calendar/days', { params: { year } })).data
  },
  async declare(day: { date: string; kind: DayKind; name: string }): Promise<CalendarDay> {
    return (await http.post<CalendarDay>('/api/calendar/days', day)).data
  },
  async remove(date: string): Promise<void> {
    await http.delete(`/api/calendar/days/${date}`)
  },
  async rules(): Promise<PeriodRule[]> {
    return (await http.get<PeriodRule[]>('/api/period-rules')).data
  },
  async preview(request: DeadlinePreview): Promise<Deadline> {
    return (await http.post<Deadline>('/api/deadlines/preview', request)).data
  },
}
