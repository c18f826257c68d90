import { http, primeCsrf } from './http'
import type { CodeName, Id } from './types'

export interface MePermission {
  code: string
  scope: string
}

export interface Me {
  accountId: Id
  username: string
  displayName: string
  officerId: Id | null
  badgeNumber: string | null
  unitId: Id | null
  unitName: string | null
  roles: CodeName[]
  permissions: MePermission[]
  passwordChangeRequired: boolean
}

export const authApi = {
  csrf: primeCsrf,

  async login(username: string, password: string): Promise<Me> {
    const form = new URLSearchParams({ username, password })
    const { data } = await http.post<Me>('/api/auth/login', form, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      silent: true,
      skipAuthRedirect: true,
    })
    return data
  },

  async logout(): Promise<void> {
    await http.post('/api/auth/logout', null, { skipAuthRedirect: true, silent: true })
  },

  /** The signed-in account; rejects with a 401 ApiError when there is no session. */
  async me(): Promise<Me> {
    const { data } = await http.get<Me>('/api/auth/me', { skipAuthRedirect: true, silent: true })
    return data
  },

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await http.post('/api/auth/password', { currentPassword, newPassword })
  },
}
