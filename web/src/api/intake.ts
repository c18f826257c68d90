import { cleanParams, http } from './http'
import type { CodeName, Id, Page, PageQuery } from './types'

export type IncidentSource = 'PHONE_110' | 'WALK_IN' | 'TRANSFERRED' | 'ONLINE'
export type IncidentStatus = 'OPEN' | 'ACCEPTED' | 'NOT_POLICE_MATTER' | 'TRANSFERRING' | 'TRANSFERRED' | 'MERGED'
export type CaseKind = 'CRIMINAL' | 'ADMINISTRATIVE'
export type AcceptanceStatus = 'PENDING' | 'FILED' | 'CONVERTED' | 'PROCEEDED' | 'REFUSED' | 'RECONSIDERATION' | 'REVIEW'
export type FilingDecision = 'FILE' | 'REFUSE' | 'CONVERT' | 'PROCEED'
export type ChallengeOutcome = 'UPHELD' | 'OVERTURNED'

/** Enumerations fixed by the contract (docs/api.md § 接处警与受案). */
export const INCIDENT_SOURCES: CodeName<IncidentSource>[] = [
  { code: 'PHONE_110', name: '110报警' },
  { code: 'WALK_IN', name: '来所报案' },
  { code: 'TRANSFERRED', name: '转来/移送' },
  { code: 'ONLINE', name: '网上报警' },
]

export const INCIDENT_STATUSES: CodeName<IncidentStatus>[] = [
  { code: 'OPEN', name: '待处置' },
  { code: 'ACCEPTED', name: '已受案' },
  { code: 'NOT_POLICE_MATTER', name: '非警务' },
  { code: 'TRANSFERRING', name: '移交中' },
  { code: 'TRANSFERRED', name: '已移交' },
  { code: 'MERGED', name: '已合并' },
]

export const CASE_KINDS: CodeName<CaseKind>[] = [
  { code: 'CRIMINAL', name: '刑事案件' },
  { code: 'ADMINISTRATIVE', name: '行政案件' },
]

export interface OfficerRef {
  id: Id
  name: string
  badgeNumber: string
}

export interface Reporter {
  name: string
  phone: string | null
  citizenId: string | null
}

export interface StatutoryClock {
  id: Id
  label: string
  ruleCode: string
  ruleVersion: number
  startedAt: string
  dueAt: string
  dueAtText: string
  basis: string
  extensions: string[]
  running: boolean
  overdue: boolean
  stoppedAt: string | null
  stopReason: string | null
  metLate: boolean
}

export interface Incident {
  id: Id
  number: string
  unitId: Id
  unitName: string
  source: IncidentSource
  sourceName: string
  receivedAt: string
  occurredAt: string | null
  place: string
  reporter: Reporter
  summary: string
  officers: OfficerRef[]
  status: IncidentStatus
  statusName: string
  dispositionNote: string | null
  disposedAt: string | null
  transferTo: string | null
  handedOverAt: string | null
  transferClock: StatutoryClock | null
  mergedIntoId: Id | null
  mergedIntoNumber: string | null
  acceptanceId: Id | null
  acceptanceNumber: string | null
  version: number
}

export interface EvidenceItem {
  name: string
  quantity: number
  description?: string | null
}

export interface ExtensionOption {
  code: string
  name: string
  effect: string
  approver: string | null
}

export interface Acceptance {
  id: Id
  number: string
  receiptNumber: string
  queryCode: string
  incidentId: Id
  incidentNumber: string
  unitId: Id
  unitName: string
  kind: CaseKind
  kindName: string
  source: IncidentSource
  sourceName: string
  receivedAt: string
  occurredAt: string | null
  place: string
  reporter: Reporter
  summary: string
  acceptedAt: string
  officers: OfficerRef[]
  evidence: EvidenceItem[]
  status: AcceptanceStatus
  statusName: string
  decisionReason: string | null
  offenceCode: string | null
  decidedAt: string | null
  caseId: Id | null
  refusalNoticeServedAt: string | null
  reconsiderationAppliedAt: string | null
  reconsiderationDecidedAt: string | null
  reconsiderationOutcome: ChallengeOutcome | null
  reconsiderationOutcomeName: string | null
  reviewAppliedAt: string | null
  reviewDecidedAt: string | null
  reviewOutcome: ChallengeOutcome | null
  reviewOutcomeName: string | null
  clocks: StatutoryClock[]
  runningClock: StatutoryClock | null
  extensionOptions: ExtensionOption[]
  version: number
}

/** An entry of the cases module's offence catalogue (案由), GET /api/offences. */
export interface Offence {
  code: string
  name: string
  kind: CaseKind
  kindName: string
  legalBasis: string
  needsVerification: boolean
}

export interface IncidentQuery extends PageQuery {
  status?: IncidentStatus | ''
  source?: IncidentSource | ''
  from?: string
  to?: string
}

export interface NewIncident {
  requestId: string
  source: IncidentSource
  receivedAt: string
  occurredAt?: string
  place: string
  reporterName: string
  reporterPhone?: string
  reporterCitizenId?: string
  summary: string
  officerIds: Id[]
}

export interface AcceptRequest {
  requestId: string
  kind: CaseKind
  acceptedAt?: string
  evidence: EvidenceItem[]
  version: number
}

export const intakeApi = {
  async incidents(query: IncidentQuery = {}): Promise<Page<Incident>> {
    return (await http.get<Page<Incident>>('/api/incidents', { params: cleanParams(query) })).data
  },
  async incident(id: Id): Promise<Incident> {
    return (await http.get<Incident>(`/api/incidents/${id}`)).data
  },
  async register(body: NewIncident): Promise<Incident> {
    return (await http.post<Incident>('/api/incidents', body, { silent: true })).data
  },
  async notPoliceMatter(id: Id, body: { reason: string; version: number }): Promise<Incident> {
    return (await http.post<Incident>(`/api/incidents/${id}/not-police-matter`, body, { silent: true })).data
  },
  async transfer(id: Id, body: { transferTo: string; reason: string; version: number }): Promise<Incident> {
    return (await http.post<Incident>(`/api/incidents/${id}/transfer`, body, { silent: true })).data
  },
  async handOver(id: Id, body: { version: number }): Promise<Incident> {
    return (await http.post<Incident>(`/api/incidents/${id}/hand-over`, body)).data
  },
  async merge(id: Id, body: { targetId: Id; version: number }): Promise<Incident> {
    return (await http.post<Incident>(`/api/incidents/${id}/merge`, body, { silent: true })).data
  },
  async accept(id: Id, body: AcceptRequest): Promise<Acceptance> {
    return (await http.post<Acceptance>(`/api/incidents/${id}/acceptance`, body, { silent: true })).data
  },
  async acceptance(id: Id): Promise<Acceptance> {
    return (await http.get<Acceptance>(`/api/acceptances/${id}`)).data
  },
  async receipt(id: Id): Promise<Acceptance> {
    return (await http.get<Acceptance>(`/api/acceptances/${id}/receipt`)).data
  },
  /** The offence catalogue (案由), of one case kind or all; every decision that opens a case names one of them. */
  async offences(kind?: CaseKind): Promise<Offence[]> {
    return (await http.get<Offence[]>('/api/offences', { params: cleanParams({ kind }) })).data
  },
  /**
   * One of the acceptance's acts: `decision`, `extensions`, `refusal-notice`, `reconsideration`, … A decision that opens
   * a case (FILE, CONVERT, PROCEED, or an OVERTURNED 复议/复核 decision) needs `offenceCode`.
   */
  async act(id: Id, path: string, body: Record<string, unknown>): Promise<Acceptance> {
    return (await http.post<Acceptance>(`/api/acceptances/${id}/${path}`, body, { silent: true })).data
  },
}

/** A fresh id for one submission: sending the same form twice yields the first record, not a second one. */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID()
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16)
  })
}
