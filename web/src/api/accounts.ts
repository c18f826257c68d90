import { cleanParams, http } from './http'
import type { CodeName, Id, Page, PageQuery } from './types'

export interface Account {
  id: Id
  username: string
  officerId: Id
  officerName: string
  badgeNumber: string
  unitId: Id
  unitName: string
  roles: CodeName[]
  enabled: boolean
  lockedUntil: string | null
  failedAttempts: number
  lastLoginAt: string | null
  /** on an initial or reset password: must change it at next login */
  passwordChangeRequired?: boolean
  version: number
}

export interface AccountQuery extends PageQuery {
  q?: string
  unitId?: Id | null
}

export interface NewAccount {
  username: string
  officerId: Id
  initialPassword: string
}

export const accountApi = {
  async list(query: AccountQuery = {}): Promise<Page<Account>> {
    return (await http.get<Page<Account>>('/api/accounts', { params: cleanParams(query) })).data
  },
  async create(account: NewAccount): Promise<Account> {
    return (await http.post<Account>('/api/accounts', account)).data
  },
  async unlock(id: Id, version: number): Promise<Account> {
    return (await http.post<Account>(`/api/accounts/${id}/unlock`, { version })).data
  },
  async disable(id: Id, version: number): Promise<Account> {
    return (await http.post<Account>(`/api/accounts/${id}/disable`, { version })).data
  },
  async enable(id: Id, version: number): Promise<Account> {
    return (await http.post<Account>(`/api/accounts/${id}/enable`, { version })).data
  },
  async resetPassword(id: Id, newPassword: string, version: number): Promise<Account> {
    return (await http.post<Account>(`/api/accounts/${id}/password-reset`, { newPassword, version })).data
  },
}
