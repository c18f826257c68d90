import { cleanParams, http } from './http'
import type { CodeName, Id, Page, PageQuery, ReasonedChange } from './types'

export type OfficerKind = 'SWORN' | 'AUXILIARY'
export type QualificationLevel = 'BASIC' | 'INTERMEDIATE' | 'ADVANCED'
export type QualificationStatus = 'VALID' | 'EXPIRING' | 'EXPIRED' | 'NONE'
export type LegalOfficerDesignation = 'FULL_TIME' | 'PART_TIME' | 'STATIONED'

/** Enumerations fixed by the contract (docs/api.md); the server sends the names alongside where it can. */
export const OFFICER_KINDS: CodeName<OfficerKind>[] = [
  { code: 'SWORN', name: '民警' },
  { code: 'AUXILIARY', name: '辅警' },
]

export const QUALIFICATION_LEVELS: CodeName<QualificationLevel>[] = [
  { code: 'BASIC', name: '基本级' },
  { code: 'INTERMEDIATE', name: '中级' },
  { code: 'ADVANCED', name: '高级' },
]

export const LEGAL_OFFICER_DESIGNATIONS: CodeName<LegalOfficerDesignation>[] = [
  { code: 'FULL_TIME', name: '专职' },
  { code: 'PART_TIME', name: '兼职' },
  { code: 'STATIONED', name: '派驻' },
]

export function designationName(code: LegalOfficerDesignation | null | undefined): string {
  return LEGAL_OFFICER_DESIGNATIONS.find((d) => d.code === code)?.name ?? ''
}

export interface Qualification {
  level: QualificationLevel
  levelName?: string
  passedOn: string
  expiresOn: string
}

export interface Officer {
  id: Id
  name: string
  badgeNumber: string
  kind: OfficerKind
  kindName: string
  unitId: Id
  unitName: string
  roles: CodeName[]
  qualification: Qualification | null
  qualificationStatus: QualificationStatus
  qualificationStatusName: string
  legalProfessionQualified: boolean
  legalOfficerDesignation: LegalOfficerDesignation | null
  phone: string | null
  active: boolean
  version: number
}

export interface OfficerQuery extends PageQuery {
  q?: string
  unitId?: Id | null
  includeSubunits?: boolean
  kind?: OfficerKind | ''
  role?: string
  qualificationLevel?: QualificationLevel | ''
}

export interface NewOfficer {
  name: string
  badgeNumber: string
  kind: OfficerKind
  unitId: Id
  roles: string[]
  legalProfessionQualified: boolean
  legalOfficerDesignation?: LegalOfficerDesignation | null
  phone?: string | null
  qualification?: { level: QualificationLevel; passedOn: string; expiresOn: string } | null
}

export interface OfficerUpdate {
  name: string
  unitId: Id
  roles: string[]
  legalProfessionQualified: boolean
  legalOfficerDesignation?: LegalOfficerDesignation | null
  phone?: string | null
  version: number
}

export interface QualificationUpdate {
  level: QualificationLevel
  passedOn: string
  expiresOn: string
  version: number
}

export interface EnforcementEligibility {
  eligible: boolean
  reasons: string[]
}

export const officerApi = {
  async list(query: OfficerQuery = {}): Promise<Page<Officer>> {
    return (await http.get<Page<Officer>>('/api/officers', { params: cleanParams(query) })).data
  },
  async get(id: Id): Promise<Officer> {
    return (await http.get<Officer>(`/api/officers/${id}`)).data
  },
  async create(officer: NewOfficer): Promise<Officer> {
    return (await http.post<Officer>('/api/officers', officer)).data
  },
  async update(id: Id, officer: OfficerUpdate): Promise<Officer> {
    return (await http.put<Officer>(`/api/officers/${id}`, officer)).data
  },
  async updateQualification(id: Id, q: QualificationUpdate): Promise<Officer> {
    return (await http.put<Officer>(`/api/officers/${id}/qualification`, q)).data
  },
  async deactivate(id: Id, body: ReasonedChange): Promise<Officer> {
    return (await http.post<Officer>(`/api/officers/${id}/deactivate`, body)).data
  },
  async expiringQualifications(withinDays = 30): Promise<Officer[]> {
    return (await http.get<Officer[]>('/api/officers/expiring-qualifications', { params: { withinDays } })).data
  },
  async eligibility(id: Id): Promise<EnforcementEligibility> {
    return (await http.get<EnforcementEligibility>(`/api/officers/${id}/enforcement-eligibility`)).data
  },
  async roles(): Promise<CodeName[]> {
    return (await http.get<CodeName[]>('/api/officer-roles')).data
  },
}
