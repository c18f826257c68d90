import { http } from './http'
import type { Id, Page, PageQuery } from './types'

export type ServiceMethod = 'IN_PERSON' | 'MAIL' | 'LEFT_AT_RESIDENCE' | 'ENTRUSTED' | 'ELECTRONIC' | 'PUBLIC_NOTICE'

export interface DocumentField {
  key: string
  label: string
  required: boolean
}

export interface DocumentType {
  code: string
  name: string
  category: '刑' | '行' | null
  word: string
  approver: string
  basis: string
  stubNote: string | null
  fields: DocumentField[]
}

export interface DocumentSummary {
  id: Id
  typeCode: string
  typeName: string
  number: string
  unitId: Id
  issuerName: string
  caseId: Id | null
  caseLabel: string | null
  issuedByName: string
  issuedAt: string
  corrects: Id | null
  correctsNumber: string | null
  correctedBy: Id | null
  correctedByNumber: string | null
}

export interface DocumentService {
  id: Id
  method: ServiceMethod
  methodName: string
  servedAt: string
  recipient: string
  note: string | null
  recordedByName: string
  recordedAt: string
}

export interface DocumentDetails extends DocumentSummary {
  fields: { key: string; label: string; value: string }[]
  correctionReason: string | null
  sm3: string
  pdfSize: number
  services: DocumentService[]
}

export interface DocumentQuery extends PageQuery {
  typeCode?: string
  caseId?: Id
  from?: string
  to?: string
  q?: string
}

export interface NewService {
  method: ServiceMethod
  servedAt: string
  recipient: string
  note?: string
  requestId: string
}

export interface VerificationResult {
  valid: boolean
  verdict: string
  reason: string
  sm3: string
  documentId: Id | null
  number: string | null
  typeName: string | null
  issuerName: string | null
  issuedAt: string | null
  note: string | null
}

export interface DocumentIssuer {
  unitId: Id
  unitName: string
  abbreviation: string
  issuerName: string
  customized: boolean
  version: number
}

export const documentsApi = {
  types: () => http.get<DocumentType[]>('/api/document-types').then((r) => r.data),
  serviceMethods: () =>
    http.get<{ code: ServiceMethod; name: string }[]>('/api/document-service-methods').then((r) => r.data),
  list: (query: DocumentQuery) => http.get<Page<DocumentSummary>>('/api/documents', { params: query }).then((r) => r.data),
  get: (id: Id) => http.get<DocumentDetails>(`/api/documents/${id}`).then((r) => r.data),
  pdfUrl: (id: Id) => `/api/documents/${id}/pdf`,
  /** The PDF as a blob: framed through an object URL, which the server's X-Frame-Options: DENY does not apply to. */
  pdf: (id: Id) =>
    http.get<Blob>(`/api/documents/${id}/pdf`, { responseType: 'blob', headers: { Accept: 'application/pdf' } }).then((r) => r.data),
  serve: (id: Id, body: NewService) =>
    http.post<DocumentService>(`/api/documents/${id}/services`, body, { silent: true }).then((r) => r.data),
  verify: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<VerificationResult>('/api/documents/verification', form).then((r) => r.data)
  },
  issuer: (unitId: Id) => http.get<DocumentIssuer>(`/api/document-issuers/${unitId}`).then((r) => r.data),
  changeIssuer: (unitId: Id, body: { abbreviation: string; issuerName: string; version: number }) =>
    http.put<DocumentIssuer>(`/api/document-issuers/${unitId}`, body, { silent: true }).then((r) => r.data),
}
