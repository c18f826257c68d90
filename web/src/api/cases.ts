import { cleanParams, http } from './http'
import type { CodeName, Id, Page, PageQuery } from './types'

export type CaseKind = 'CRIMINAL' | 'ADMINISTRATIVE'
export type CaseStatus = 'OPEN' | 'CLOSED'
export type PartyRole = 'SUSPECT' | 'VICTIM' | 'WITNESS'

export const CASE_KINDS: CodeName<CaseKind>[] = [
  { code: 'CRIMINAL', name: '刑事案件' },
  { code: 'ADMINISTRATIVE', name: '行政案件' },
]
export const CASE_STATUSES: CodeName<CaseStatus>[] = [
  { code: 'OPEN', name: '办理中' },
  { code: 'CLOSED', name: '已结案' },
]
export const PARTY_ROLES: CodeName<PartyRole>[] = [
  { code: 'SUSPECT', name: '犯罪嫌疑人/违法嫌疑人' },
  { code: 'VICTIM', name: '被害人' },
  { code: 'WITNESS', name: '证人' },
]
export const NOTICE_WITHHELD: CodeName[] = [
  { code: 'CANNOT_NOTIFY', name: '无法通知（身份不明、无家属、无法联系或不可抗力）' },
  { code: 'WOULD_OBSTRUCT_INVESTIGATION', name: '涉嫌危害国家安全犯罪、恐怖活动犯罪，通知可能有碍侦查（仅刑事拘留）' },
]
export const CUSTODY_RESTARTS: CodeName[] = [
  { code: 'IDENTITY_ESTABLISHED', name: '查清身份（自查清身份之日起计算）' },
  { code: 'OTHER_MAJOR_CRIME', name: '发现另有重要罪行（重新计算）' },
]

export interface Offence {
  code: string
  name: string
  kind: CaseKind
  kindName: string
  legalBasis: string
  needsVerification: boolean
}

export interface CaseRow {
  id: Id
  kind: CaseKind
  kindName: string
  number: string
  unitId: Id
  unitName: string
  offenceCode: string
  offenceName: string
  summary: string
  status: CaseStatus
  statusName: string
  closing: string | null
  closingName: string | null
  occurredAt: string
  filedAt: string
}

export interface CasePage extends Page<CaseRow> {
  totalExact: boolean
}

export interface Clock {
  id: Id
  label: string
  ruleCode: string
  ruleVersion: number
  startedAt: string
  dueAt: string
  dueAtText: string
  basis: string
  steps: string[]
  extensions: string[]
  running: boolean
  stoppedAt: string | null
  stopReason: string | null
  metLate: boolean
}

export interface Extension {
  code: string
  name: string
  description: string
  approver: string | null
}

/** A measure or closing the case page offers; requestType: the 呈请事项 whose approval takes it (it may not be taken directly). */
export interface Choice extends CodeName {
  requestType: string | null
}

export interface Party {
  id: Id
  role: PartyRole
  roleName: string
  name: string
  citizenId: string | null
  unidentified: boolean
  birthDate: string | null
  minor: boolean
  terminatedAt: string | null
  version: number
  allowedMeasures: Choice[]
  clocks: Clock[]
}

export interface Measure {
  id: Id
  partyId: Id | null
  partyName: string
  kind: string
  kindName: string
  active: boolean
  outcome: 'APPROVED' | 'REFUSED' | null
  officerIds: Id[]
  startedAt: string
  endedAt: string | null
  endReason: string | null
  note: string | null
  version: number
  clocks: Clock[]
  openActs: CodeName[]
  extensions: Extension[]
  /** the 呈请事项 whose approval extends this measure's period; null: extended directly */
  extensionRequestType: string | null
}

export interface TimelineEvent {
  at: string
  recordedAt: string
  actorUsername: string
  actorName: string
  kind: string
  summary: string
  clocksStarted: string[]
  clocksStopped: string[]
}

export interface CaseDetails {
  id: Id
  kind: CaseKind
  kindName: string
  number: string
  unitId: Id
  unitName: string
  offence: Offence
  summary: string
  place: string
  acceptanceNumber: string | null
  officers: { id: Id; name: string; badgeNumber: string }[]
  occurredAt: string
  filedAt: string
  status: CaseStatus
  statusName: string
  closing: string | null
  closingName: string | null
  closingReason: string | null
  closedAt: string | null
  version: number
  parties: Party[]
  measures: Measure[]
  caseClocks: Clock[]
  casePeriodExtensions: Extension[]
  measuresWithoutParty: Choice[]
  closings: Choice[]
  timeline: TimelineEvent[]
}

export interface CaseQuery extends PageQuery {
  unitId?: Id | null
  includeSubunits?: boolean
  status?: CaseStatus | ''
  kind?: CaseKind | ''
  offenceCode?: string
  officerId?: Id | null
  filedFrom?: string
  filedTo?: string
  number?: string
}

export interface Brief {
  id: Id
  number: string
  status: CaseStatus
  version: number
}

export const caseApi = {
  async offences(kind?: CaseKind): Promise<Offence[]> {
    return (await http.get<Offence[]>('/api/offences', { params: cleanParams({ kind }) })).data
  },
  async list(query: CaseQuery = {}): Promise<CasePage> {
    return (await http.get<CasePage>('/api/cases', { params: cleanParams(query) })).data
  },
  async get(id: Id): Promise<CaseDetails> {
    return (await http.get<CaseDetails>(`/api/cases/${id}`)).data
  },
  async addParty(id: Id, body: { requestId: string; role: PartyRole; name: string; citizenId?: string | null }): Promise<Party> {
    return (await http.post<Party>(`/api/cases/${id}/parties`, body, { silent: true })).data
  },
  async startMeasure(
    id: Id,
    body: { requestId: string; partyId: Id | null; kind: string; startedAt: string; note?: string | null },
  ): Promise<Measure> {
    return (await http.post<Measure>(`/api/cases/${id}/measures`, body, { silent: true })).data
  },
  async act(id: Id, measureId: Id, body: { act: string; at: string; withheld?: string | null; version: number }): Promise<Measure> {
    return (await http.post<Measure>(`/api/cases/${id}/measures/${measureId}/acts`, body, { silent: true })).data
  },
  async extend(id: Id, measureId: Id, body: { code: string; reason: string; at: string; version: number }): Promise<Measure> {
    return (await http.post<Measure>(`/api/cases/${id}/measures/${measureId}/extensions`, body, { silent: true })).data
  },
  async restart(id: Id, measureId: Id, body: { reason: string; at: string; version: number }): Promise<Measure> {
    return (await http.post<Measure>(`/api/cases/${id}/measures/${measureId}/restart`, body, { silent: true })).data
  },
  async release(id: Id, measureId: Id, body: { reason: string; at: string; version: number }): Promise<Measure> {
    return (await http.post<Measure>(`/api/cases/${id}/measures/${measureId}/release`, body, { silent: true })).data
  },
  async extendCasePeriod(id: Id, body: { code: string; reason: string; version: number }): Promise<Brief> {
    return (await http.post<Brief>(`/api/cases/${id}/case-period/extensions`, body, { silent: true })).data
  },
  async close(id: Id, body: { closing: string; reason: string; at: string; version: number }): Promise<Brief> {
    return (await http.post<Brief>(`/api/cases/${id}/closing`, body, { silent: true })).data
  },
}
