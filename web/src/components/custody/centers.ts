import { http } from '@/api/http'

/** A unit that keeps a 办案区, as GET /api/custody/centers lists it. */
export interface Center {
  id: string
  code: string
  name: string
  kind: string
  parentId: string | null
  active: boolean
}

let cache: Promise<Center[]> | null = null

/** Where a person may be brought: every 执法办案管理中心, then the 派出所 in the caller's scope (active only). */
export function loadCenters(): Promise<Center[]> {
  cache ??= http.get<Center[]>('/api/custody/centers').then((r) => r.data)
  cache.catch(() => {
    cache = null
  })
  return cache
}
