import { cleanParams, http } from './http'
import type { CodeName, Id, Page, PageQuery, ReasonedChange } from './types'

export type UnitKind =
  | 'MUNICIPAL_BUREAU'
  | 'DISTRICT_BUREAU'
  | 'COUNTY_BUREAU'
  | 'POLICE_STATION'
  | 'CRIMINAL_INVESTIGATION'
  | 'PUBLIC_ORDER'
  | 'ECONOMIC_CRIME'
  | 'NARCOTICS'
  | 'TRAFFIC'
  | 'LEGAL_AFFAIRS'
  | 'INSPECTORATE'
  | 'CASE_MANAGEMENT_CENTER'
  | 'CASE_HANDLING_CENTER'
  | 'PROPERTY_CENTER'

export interface UnitNode {
  id: Id
  code: string
  name: string
  kind: UnitKind
  kindName: string
  parentId: Id | null
  active: boolean
  children: UnitNode[]
}

export interface Unit {
  id: Id
  code: string
  name: string
  kind: UnitKind
  kindName: string
  parentId: Id | null
  parentName: string | null
  active: boolean
  path: { id: Id; name: string }[]
  version: number
}

export interface UnitHistoryEntry {
  at: string
  action: string
  actionName: string
  actorName: string
  detail: string | null
}

export interface UnitQuery extends PageQuery {
  q?: string
  kind?: UnitKind | ''
  active?: boolean
}

export interface NewUnit {
  code: string
  name: string
  kind: UnitKind
  parentId: Id
}

export const unitApi = {
  async tree(): Promise<UnitNode[]> {
    return (await http.get<UnitNode[]>('/api/units/tree')).data
  },
  async list(query: UnitQuery = {}): Promise<Page<Unit>> {
    return (await http.get<Page<Unit>>('/api/units', { params: cleanParams(query) })).data
  },
  async get(id: Id): Promise<Unit> {
    return (await http.get<Unit>(`/api/units/${id}`)).data
  },
  async create(unit: NewUnit): Promise<Unit> {
    return (await http.post<Unit>('/api/units', unit)).data
  },
  async rename(id: Id, name: string, version: number): Promise<Unit> {
    return (await http.put<Unit>(`/api/units/${id}`, { name, version })).data
  },
  async move(id: Id, body: { newParentId: Id } & ReasonedChange): Promise<Unit> {
    return (await http.post<Unit>(`/api/units/${id}/move`, body)).data
  },
  async deactivate(id: Id, body: ReasonedChange): Promise<Unit> {
    return (await http.post<Unit>(`/api/units/${id}/deactivate`, body)).data
  },
  async reactivate(id: Id, body: ReasonedChange): Promise<Unit> {
    return (await http.post<Unit>(`/api/units/${id}/reactivate`, body)).data
  },
  async history(id: Id): Promise<UnitHistoryEntry[]> {
    return (await http.get<UnitHistoryEntry[]>(`/api/units/${id}/history`)).data
  },
  async kinds(): Promise<CodeName<UnitKind>[]> {
    return (await http.get<CodeName<UnitKind>[]>('/api/unit-kinds')).data
  },
}
