import { cleanParams, http } from './http'
import type { Id, Page, PageQuery } from './types'
import type { Category } from './property'

/** docs/api.md § Case-handling centre (执法办案管理中心): /api/custody. */

export type VisitReason =
  | 'SUMMONS'
  | 'COMPELLED_APPEARANCE'
  | 'CONTINUED_QUESTIONING'
  | 'CITIZEN_ARREST'
  | 'SURRENDER'
  | 'CAUGHT_IN_THE_ACT'
export type ExitOutcome = 'RELEASED' | 'CRIMINAL_DETENTION' | 'ADMINISTRATIVE_DETENTION' | 'TRANSFERRED' | 'HOSPITAL'
export type Disposition = 'RETURNED' | 'SEIZED' | 'HANDED_TO_FAMILY' | 'TRANSFERRED_WITH_PERSON' | 'KEPT'
export type CollectedItem = 'PHOTO' | 'FINGERPRINTS' | 'PALM_PRINTS' | 'DNA' | 'PHONE_DATA' | 'VOICEPRINT' | 'IRIS' | 'URINE_TEST'
export type RoomKind = 'INTERROGATION' | 'INQUIRY' | 'WAITING' | 'SOBERING'
export type QuestioningKind = 'INTERROGATION' | 'INQUIRY'
export type AlarmKind =
  | 'CLOCK_EXPIRING'
  | 'CLOCK_EXPIRED'
  | 'NO_WATCHER'
  | 'ROOM_OVER_CAPACITY'
  | 'CO_SUSPECTS_TOGETHER'
  | 'QUESTIONING_UNRECORDED'
  | 'SINGLE_OFFICER_UNRECORDED'
  | 'BELONGINGS_NOT_RETURNED'

export const REASONS: Record<VisitReason, string> = {
  SUMMONS: '传唤',
  COMPELLED_APPEARANCE: '拘传',
  CONTINUED_QUESTIONING: '继续盘问',
  CITIZEN_ARREST: '扭送',
  SURRENDER: '投案',
  CAUGHT_IN_THE_ACT: '现场抓获',
}
/** 传唤 and 拘传 are acts in a case. */
export const REASONS_NEEDING_CASE: VisitReason[] = ['SUMMONS', 'COMPELLED_APPEARANCE']

export const OUTCOMES: Record<ExitOutcome, string> = {
  RELEASED: '释放/离开',
  CRIMINAL_DETENTION: '刑事拘留送看守所',
  ADMINISTRATIVE_DETENTION: '行政拘留送拘留所',
  TRANSFERRED: '移交其他单位',
  HOSPITAL: '送医',
}
/** Exits that must name the approval or document allowing them. */
export const OUTCOMES_NEEDING_AUTHORITY: ExitOutcome[] = ['CRIMINAL_DETENTION', 'ADMINISTRATIVE_DETENTION', 'TRANSFERRED']

export const DISPOSITIONS: Record<Disposition, string> = {
  RETURNED: '已返还',
  SEIZED: '已扣押',
  HANDED_TO_FAMILY: '交家属',
  TRANSFERRED_WITH_PERSON: '随人移交',
  KEPT: '中心暂存',
}

export const COLLECTED_ITEMS: Record<CollectedItem, string> = {
  PHOTO: '人像照片',
  FINGERPRINTS: '指纹',
  PALM_PRINTS: '掌纹',
  DNA: 'DNA',
  PHONE_DATA: '手机信息',
  VOICEPRINT: '声纹',
  IRIS: '虹膜',
  URINE_TEST: '尿检',
}

export const ROOM_KINDS: Record<RoomKind, string> = {
  INTERROGATION: '讯问室',
  INQUIRY: '询问室',
  WAITING: '候问室',
  SOBERING: '醒酒室',
}

export const QUESTIONING_KINDS: Record<QuestioningKind, string> = { INTERROGATION: '讯问', INQUIRY: '询问' }

export const ALARM_KINDS: Record<AlarmKind, string> = {
  CLOCK_EXPIRING: '法定时限即将届满',
  CLOCK_EXPIRED: '已超过法定时限',
  NO_WATCHER: '无人看管',
  ROOM_OVER_CAPACITY: '房间超员',
  CO_SUSPECTS_TOGETHER: '同案嫌疑人同室',
  QUESTIONING_UNRECORDED: '讯问/询问未录音录像',
  SINGLE_OFFICER_UNRECORDED: '单人询问未全程录音录像',
  BELONGINGS_NOT_RETURNED: '出区时随身物品未返还',
}

export interface Visit {
  id: Id
  number: string
  centerId: Id
  unitId: Id
  caseId: Id | null
  caseLabel: string | null
  caseKind: 'CRIMINAL' | 'ADMINISTRATIVE' | null
  partyId: Id | null
  suspect: boolean
  personName: string
  citizenId: string | null
  reason: VisitReason
  arrivedAt: string
  escortIds: Id[]
  admittedBy: Id
  clockId: Id | null
  dueAt: string | null
  roomId: Id | null
  checkedAt: string | null
  belongingsAt: string | null
  locker: string | null
  collectedAt: string | null
  collectedItems: CollectedItem[]
  exitedAt: string | null
  outcome: ExitOutcome | null
  destination: string | null
  authority: string | null
  version: number
}

export interface VisitRow {
  id: Id
  number: string
  personName: string
  citizenId: string | null
  reason: VisitReason
  reasonLabel: string
  caseId: Id | null
  caseLabel: string | null
  centerId: Id
  unitId: Id
  arrivedAt: string
  dueAt: string | null
  exitedAt: string | null
  outcome: ExitOutcome | null
  version: number
}

/** The statutory clock as the calendar module stores it (only the parts the pages show). */
export interface VisitClock {
  label: string
  startedAt: string
  state: string
  stoppedAt: string | null
  stopReason: string | null
  deadline: { dueAt: string; dueAtText: string; ruleCode: string; basis: string; steps?: string[] }
}

export interface VisitEntry {
  seq: number
  kind: string
  at: string
  officerIds: Id[]
  recordedBy: Id | null
  recordedByName: string
  summary: string
  details: Record<string, unknown>
}

export interface Belonging {
  seq: number
  description: string
  quantity: number
  caseRelated: boolean
  disposition: Disposition | null
  disposedAt: string | null
  note: string | null
  /** the seized property item registered for it (扣押 at the centre) */
  propertyItemId: Id | null
  propertyItemCode: string | null
}

export interface Session {
  id: Id
  visitId: Id
  kind: QuestioningKind
  roomId: Id
  officerIds: Id[]
  fullRecording: boolean
  startedAt: string
  endedAt: string | null
  recordingFile: string | null
  recordingFrom: string | null
  recordingTo: string | null
}

export interface Watch {
  seq: number
  watcherId: Id
  watcherName: string
  from: string
  to: string | null
}

export interface Alarm {
  id: Id
  kind: AlarmKind
  kindLabel?: string
  subjectId: Id
  visitId: Id | null
  roomId: Id | null
  centerId: Id
  unitId: Id
  detail: string
  raisedAt: string
  seenAt: string | null
  seenBy: Id | null
  seenByName: string | null
  clearedAt: string | null
  clearedBy: Id | null
  clearedByName: string | null
  version: number
}

export interface VisitDetails {
  visit: Visit
  centerName: string
  unitName: string
  roomName: string | null
  clock: VisitClock | null
  entries: VisitEntry[]
  belongings: Belonging[]
  sessions: Session[]
  watches: Watch[]
  alarms: Alarm[]
}

export interface Room {
  id: Id
  centerId: Id
  name: string
  kind: RoomKind
  capacity: number
  active: boolean
  version: number
}

export interface BoardPerson {
  visitId: Id
  number: string
  personName: string
  reason: VisitReason
  caseLabel: string | null
  arrivedAt: string
  dueAt: string | null
  roomId: Id | null
  roomName: string | null
  watcherName: string | null
  checked: boolean
  belongingsRecorded: boolean
  collected: boolean
  questioning: boolean
  openAlarms: number
  version: number
}

export interface Board {
  centerId: Id
  centerName: string
  at: string
  rooms: { room: Room; occupants: number }[]
  people: BoardPerson[]
  openAlarms: Alarm[]
}

export interface VisitQuery extends PageQuery {
  centerId?: Id | null
  unitId?: Id | null
  caseId?: Id | null
  inside?: boolean | null
  reason?: VisitReason | ''
  arrivedFrom?: string
  arrivedBefore?: string
  name?: string
}

export interface Admission {
  centerId: Id
  caseId?: Id | null
  partyId?: Id | null
  personName?: string | null
  citizenId?: string | null
  suspect?: boolean | null
  reason: VisitReason
  arrivedAt: string
  escortIds: Id[]
}

type Versioned = { version: number; at?: string | null }

/** Every step answers the visit's whole record; refusals are shown by the caller (silent). */
async function step<B>(id: Id, path: string, body: B): Promise<VisitDetails> {
  return (await http.post<VisitDetails>(`/api/custody/visits/${id}/${path}`, body, { silent: true })).data
}

/** An extension the visit's legal clock may still be given (the calendar's rule data). */
export interface StayExtensionOption {
  code: string
  name: string
  describe: string
  approver: string | null
  basis: string | null
}

/** One unit's line of the centre figures; 入区率 is null where the denominator is not known to the caller. */
export interface FiguresLine {
  unitId: Id
  unitName: string
  admissions: number
  criminalSuspectAdmissions: number
  criminalSuspectsBroughtIn: number | null
  criminalSuspectsThroughCentre: number
  entryRatePercent: number | null
  discharged: number
  averageStayMinutes: number
  maxStayMinutes: number
  alarms: number
  alarmsPer100Admissions: number
}

export interface Figures {
  from: string
  to: string
  units: FiguresLine[]
}

export const custodyApi = {
  async figures(from: string, to: string, unitId?: Id | null): Promise<Figures> {
    return (await http.get<Figures>('/api/custody/figures', { params: { from, to, unitId: unitId ?? undefined } })).data
  },
  async search(query: VisitQuery = {}): Promise<Page<VisitRow>> {
    return (await http.get<Page<VisitRow>>('/api/custody/visits', { params: cleanParams(query) })).data
  },
  async get(id: Id): Promise<VisitDetails> {
    return (await http.get<VisitDetails>(`/api/custody/visits/${id}`)).data
  },
  async admit(body: Admission): Promise<VisitDetails> {
    return (await http.post<VisitDetails>('/api/custody/visits', body, { silent: true })).data
  },
  securityCheck(
    id: Id,
    body: Versioned & { officerIds: Id[]; findings: string; injuries?: string | null; injuryPhotos?: string[]; itemsFound?: string[] },
  ): Promise<VisitDetails> {
    return step(id, 'security-check', body)
  },
  belongings(
    id: Id,
    body: Versioned & { locker: string; items: { description: string; quantity: number; caseRelated: boolean }[] },
  ): Promise<VisitDetails> {
    return step(id, 'belongings', body)
  },
  collect(id: Id, body: Versioned & { officerIds: Id[]; items: CollectedItem[] }): Promise<VisitDetails> {
    return step(id, 'information-collection', body)
  },
  watch(id: Id, body: Versioned & { watcherId: Id }): Promise<VisitDetails> {
    return step(id, 'watch', body)
  },
  seize(
    id: Id,
    seq: number,
    body: Versioned & { category: Category; documentNumber: string; quantityUnit: string | null; estimatedValue: number | null },
  ): Promise<VisitDetails> {
    return step(id, `belongings/${seq}/seizure`, body)
  },
  async extensions(id: Id): Promise<StayExtensionOption[]> {
    return (await http.get<StayExtensionOption[]>(`/api/custody/visits/${id}/extensions`)).data
  },
  extend(id: Id, body: Versioned & { extensionCode: string; reason: string; approvedBy: string }): Promise<VisitDetails> {
    return step(id, 'extension', body)
  },
  move(id: Id, body: { version: number; roomId: Id | null }): Promise<VisitDetails> {
    return step(id, 'room', body)
  },
  startQuestioning(
    id: Id,
    body: Versioned & { kind: QuestioningKind; roomId: Id; officerIds: Id[]; fullRecording: boolean },
  ): Promise<VisitDetails> {
    return step(id, 'questioning', body)
  },
  endQuestioning(
    id: Id,
    sessionId: Id,
    body: Versioned & { recordingFile?: string | null; recordingFrom?: string | null; recordingTo?: string | null },
  ): Promise<VisitDetails> {
    return step(id, `questioning/${sessionId}/end`, body)
  },
  exit(
    id: Id,
    body: Versioned & {
      outcome: ExitOutcome
      destination?: string | null
      authority?: string | null
      belongings: { seq: number; disposition: Disposition; note?: string | null }[]
    },
  ): Promise<VisitDetails> {
    return step(id, 'exit', body)
  },
  async rooms(centerId: Id): Promise<Room[]> {
    return (await http.get<Room[]>(`/api/custody/centers/${centerId}/rooms`)).data
  },
  async board(centerId: Id): Promise<Board> {
    return (await http.get<Board>(`/api/custody/centers/${centerId}/board`, { silent: true })).data
  },
  async alarms(query: { centerId?: Id; visitId?: Id; open?: boolean } = {}): Promise<Alarm[]> {
    return (await http.get<Alarm[]>('/api/custody/alarms', { params: cleanParams(query) })).data
  },
  async seen(alarm: Alarm): Promise<Alarm> {
    return (await http.post<Alarm>(`/api/custody/alarms/${alarm.id}/seen`, { version: alarm.version })).data
  },
  async clear(alarm: Alarm): Promise<Alarm> {
    return (await http.post<Alarm>(`/api/custody/alarms/${alarm.id}/clearance`, { version: alarm.version })).data
  },
}

export function alarmLabel(a: Alarm): string {
  return a.kindLabel ?? ALARM_KINDS[a.kind] ?? a.kind
}

/** Minutes until an instant (negative when past). */
export function minutesUntil(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null
  return Math.floor((new Date(value).getTime() - now) / 60_000)
}

/** A countdown in words: 剩余 3小时5分 / 已超 12分钟. */
export function countdown(value: string | null | undefined, now: number = Date.now()): string {
  const m = minutesUntil(value, now)
  if (m === null) return '无法定时限'
  const abs = Math.abs(m)
  const text = abs >= 60 ? `${Math.floor(abs / 60)}小时${abs % 60}分` : `${abs}分钟`
  return m >= 0 ? `剩余 ${text}` : `已超 ${text}`
}

/** The colour of a clock: danger when over, warning within an hour, success otherwise. */
export function clockLevel(value: string | null | undefined, now: number = Date.now()): 'danger' | 'warning' | 'success' | 'info' {
  const m = minutesUntil(value, now)
  if (m === null) return 'info'
  if (m < 0) return 'danger'
  if (m <= 60) return 'warning'
  return 'success'
}
