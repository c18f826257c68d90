import { http } from './http'

export interface RolePermission {
  code: string
  name: string
  scope: string
  scopeName: string
}

export interface Role {
  code: string
  name: string
  permissions: RolePermission[]
}

export const roleApi = {
  async list(): Promise<Role[]> {
    return (await http.get<Role[]>('/api/roles')).data
  },
}
