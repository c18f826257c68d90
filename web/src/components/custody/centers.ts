import { unitApi, type Unit } from '@/api/units'

let cache: Promise<Unit[]> | null = null

/** The units that keep a 办案区: 执法办案管理中心 first, then the 派出所 (active only). */
export function loadCenters(): Promise<Unit[]> {
  cache ??= Promise.all([
    unitApi.list({ kind: 'CASE_HANDLING_CENTER', active: true, page: 0, size: 100 }),
    unitApi.list({ kind: 'POLICE_STATION', active: true, page: 0, size: 200 }),
  ])
    .then(([centers, stations]) => [...centers.items, ...stations.items])
    .catch((e) => {
      cache = null
      throw e
    })
  return cache
}
