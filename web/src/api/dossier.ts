import { http } from './http'
import type { Id } from './types'

export type DossierVolume = 'LITIGATION' | 'INVESTIGATION'

export interface DossierItem {
  position: number
  kind: string
  id: Id
  title: string
  number: string | null
  note: string | null
  issuedAt: string
  sm3: string
  firstPage: number
  lastPage: number
}

export interface DossierVolumeView {
  volume: DossierVolume
  volumeName: string
  frontPages: number
  pageCount: number
  items: DossierItem[]
}

export interface Dossier {
  caseId: Id
  caseLabel: string
  unitId: Id
  unitName: string
  volumes: DossierVolumeView[]
}

export interface DossierExport {
  id: Id
  caseId: Id
  caseLabel: string
  volume: DossierVolume
  volumeName: string
  sequence: number
  unitName: string
  exportedByName: string
  exportedAt: string
  itemCount: number
  pageCount: number
  pdfSm3: string
  pdfSize: number
}

export interface ManifestItem {
  position: number
  kind: string
  id: Id
  title: string
  number: string | null
  issuedAt: string
  sm3: string
  firstPage: number
  lastPage: number
}

export interface DossierDiff {
  from: DossierExport
  to: DossierExport
  identical: boolean
  added: ManifestItem[]
  removed: ManifestItem[]
  changed: { before: ManifestItem; after: ManifestItem }[]
  moved: { before: ManifestItem; after: ManifestItem }[]
  unchanged: number
}

export interface DossierCheck {
  valid: boolean
  reason: string
  exportId: Id | null
  caseLabel: string | null
  volumeName: string | null
  unitName: string | null
  itemCount: number
  pdfChecked: boolean
  steps: { name: string; passed: boolean; detail: string }[]
}

export const dossierApi = {
  get: (caseId: Id) => http.get<Dossier>(`/api/cases/${caseId}/dossier`).then((r) => r.data),
  exports: (caseId: Id) => http.get<DossierExport[]>(`/api/cases/${caseId}/dossier/exports`).then((r) => r.data),
  export: (caseId: Id, volume: DossierVolume) =>
    http.post<DossierExport>(`/api/cases/${caseId}/dossier/exports`, { volume }, { timeout: 120_000 }).then((r) => r.data),
  pdfUrl: (caseId: Id, exportId: Id) => `/api/cases/${caseId}/dossier/exports/${exportId}/pdf`,
  manifestUrl: (caseId: Id, exportId: Id) => `/api/cases/${caseId}/dossier/exports/${exportId}/manifest`,
  diff: (caseId: Id, fromId: Id, toId: Id) =>
    http.get<DossierDiff>(`/api/cases/${caseId}/dossier/exports/${fromId}/diff/${toId}`).then((r) => r.data),
  verify: (manifest: File, pdf: File | null) => {
    const form = new FormData()
    form.append('manifest', manifest)
    if (pdf) form.append('pdf', pdf)
    return http.post<DossierCheck>('/api/dossier-verification', form, { timeout: 120_000 }).then((r) => r.data)
  },
}
