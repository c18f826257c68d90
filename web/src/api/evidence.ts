import { cleanParams, http } from './http'
import type { Id, Page, PageQuery } from './types'

/** docs/api.md § Evidence and recordings (证据与视音频): /api/recordings, /api/recording-devices, /api/questioning-coverage, /api/cases/{id}/evidence. */

export type DeviceKind = 'BODY_CAMERA' | 'ROOM_RECORDER'
export type LinkStatus = 'LINKED' | 'UNMATCHED' | 'NOT_CASE_RELATED'
export type TargetKind = 'QUESTIONING' | 'INCIDENT' | 'CASE'
export type EvidenceKind =
  | 'PHYSICAL'
  | 'DOCUMENTARY'
  | 'WITNESS_TESTIMONY'
  | 'VICTIM_STATEMENT'
  | 'SUSPECT_STATEMENT'
  | 'PARTY_STATEMENT'
  | 'EXPERT_OPINION'
  | 'INSPECTION_RECORD'
  | 'SCENE_RECORD'
  | 'AUDIOVISUAL'
  | 'ELECTRONIC_DATA'

export const DEVICE_KINDS: Record<DeviceKind, string> = { BODY_CAMERA: '执法记录仪', ROOM_RECORDER: '同步录音录像' }
export const LINK_STATUSES: Record<LinkStatus, string> = { LINKED: '已关联', UNMATCHED: '待关联', NOT_CASE_RELATED: '非涉案' }
export const TARGET_KINDS: Record<TargetKind, string> = { QUESTIONING: '讯问/询问', INCIDENT: '警情', CASE: '案件' }
export const EVIDENCE_KINDS: Record<EvidenceKind, string> = {
  PHYSICAL: '物证',
  DOCUMENTARY: '书证',
  WITNESS_TESTIMONY: '证人证言',
  VICTIM_STATEMENT: '被害人陈述',
  SUSPECT_STATEMENT: '犯罪嫌疑人供述和辩解',
  PARTY_STATEMENT: '当事人的陈述',
  EXPERT_OPINION: '鉴定意见',
  INSPECTION_RECORD: '勘验、检查、辨认、侦查实验等笔录',
  SCENE_RECORD: '现场笔录',
  AUDIOVISUAL: '视听资料',
  ELECTRONIC_DATA: '电子数据',
}

export interface Device {
  id: Id
  code: string
  kind: DeviceKind
  unitId: Id
  officerId: Id | null
  roomId: Id | null
  label: string
  active: boolean
  version: number
}

export interface DeviceView {
  device: Device
  kindLabel: string
  holder: string
}

export interface RecordingLink {
  targetKind: TargetKind
  targetId: Id
  targetLabel: string
  targetUnitId: Id
  caseId: Id | null
  automatic: boolean
  rule: string
  borderline: boolean
  reason: string
  details: Record<string, unknown>
  linkedAt: string
  linkedBy: string
}

export interface Recording {
  id: Id
  number: string
  deviceId: Id
  deviceCode: string
  kind: DeviceKind
  unitId: Id
  officerId: Id | null
  badge: string | null
  roomId: Id | null
  startedAt: string
  endedAt: string
  location: string | null
  fileName: string
  mediaType: string
  sizeBytes: number
  /** the SM3 seal, computed from the stored file right after the upload; null until then */
  sm3: string | null
  sha256: string
  sealedAt: string | null
  /** why the seal could not be made (the stored file changed or is missing) */
  sealProblem: string | null
  source: 'UPLOAD' | 'FOLDER'
  ingestedAt: string
  ingestedBy: string
  status: LinkStatus
  link: RecordingLink | null
  note: string | null
  version: number
}

export interface RecordingView {
  recording: Recording
  kindLabel: string
  statusLabel: string
  targetKindLabel: string | null
}

export interface Gap {
  from: string
  to: string
}

export interface Coverage {
  from: string
  to: string
  covered: boolean
  gaps: Gap[]
  recordingIds: Id[]
}

export interface Session {
  id: Id
  visitId: Id
  kind: 'INTERROGATION' | 'INQUIRY'
  roomId: Id
  roomName: string
  centerId: Id
  unitId: Id
  caseId: Id | null
  caseLabel: string | null
  personName: string
  startedAt: string
  endedAt: string | null
  recordingFile: string | null
}

export interface SessionCoverage {
  session: Session
  coverage: Coverage | null
  recordings: Recording[]
  finding: boolean
}

export interface RecordingDetails {
  view: RecordingView
  session: SessionCoverage | null
}

export interface RoomRef {
  id: Id
  name: string
  centerId: Id
}

export interface EvidenceRecord {
  id: Id
  caseId: Id
  unitId: Id
  kind: EvidenceKind
  title: string
  description: string | null
  source: string
  collectedAt: string
  documentId: Id | null
  documentNumber: string | null
  recordingId: Id | null
  recordingNumber: string | null
  propertyItemId: Id | null
  propertyItemCode: string | null
  transcript: string | null
  createdAt: string
  createdBy: string
}

/** The choices of the 登记证据 form: the case's own property items, legal documents and linked recordings. */
export interface EvidenceSources {
  items: { id: Id; code: string; description: string; statusLabel: string }[]
  documents: { id: Id; number: string; typeName: string; issuedAt: string }[]
  recordings: { id: Id; number: string; kindLabel: string; startedAt: string; endedAt: string; linkedTo: string }[]
}

export interface EvidenceView {
  record: EvidenceRecord
  kindLabel: string
}

export interface RecordingQuery extends PageQuery {
  status?: LinkStatus | ''
  kind?: DeviceKind | ''
  deviceId?: Id | null
  caseId?: Id | null
  targetId?: Id | null
  from?: string
  to?: string
}

export interface UploadMetadata {
  deviceCode: string
  badge?: string
  startedAt: string
  endedAt: string
  location?: string
}

export interface NewEvidence {
  kind: EvidenceKind
  title: string
  description?: string
  source: string
  collectedAt: string
  documentId?: Id | null
  recordingId?: Id | null
  propertyItemId?: Id | null
  transcript?: string
}

export const evidenceApi = {
  search: (q: RecordingQuery) => http.get<Page<RecordingView>>('/api/recordings', { params: cleanParams(q) }).then((r) => r.data),
  get: (id: Id) => http.get<RecordingDetails>(`/api/recordings/${id}`).then((r) => r.data),
  /** The file is the request body (streamed by the browser, never read into memory here); the metadata goes in the query. */
  upload: (file: File, meta: UploadMetadata, onProgress?: (percent: number) => void) =>
    http
      .post<RecordingView>('/api/recordings', file, {
        params: cleanParams({ ...meta, fileName: file.name, mediaType: file.type || undefined }),
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        timeout: 0,
        onUploadProgress: (e) => onProgress?.(e.total ? Math.round((e.loaded * 100) / e.total) : 0),
      })
      .then((r) => r.data),
  contentUrl: (id: Id) => `/api/recordings/${id}/content`,
  link: (id: Id, body: { version: number; targetKind: TargetKind; targetId: Id; reason: string }) =>
    http.post<RecordingView>(`/api/recordings/${id}/link`, body).then((r) => r.data),
  setAside: (id: Id, body: { version: number; reason: string }) =>
    http.post<RecordingView>(`/api/recordings/${id}/set-aside`, body).then((r) => r.data),
  coverage: (from: string, to: string, findingsOnly: boolean) =>
    http.get<SessionCoverage[]>('/api/questioning-coverage', { params: { from, to, findingsOnly } }).then((r) => r.data),
  sessionCoverage: (sessionId: Id) => http.get<SessionCoverage>(`/api/questioning-coverage/${sessionId}`).then((r) => r.data),
  devices: () => http.get<DeviceView[]>('/api/recording-devices').then((r) => r.data),
  rooms: (centerId: Id) => http.get<RoomRef[]>('/api/recording-devices/rooms', { params: { centerId } }).then((r) => r.data),
  registerDevice: (body: { code: string; kind: DeviceKind; officerId?: Id | null; roomId?: Id | null; label: string }) =>
    http.post<Device>('/api/recording-devices', body).then((r) => r.data),
  updateDevice: (id: Id, body: { officerId?: Id | null; roomId?: Id | null; label: string; active: boolean; version: number }) =>
    http.put<Device>(`/api/recording-devices/${id}`, body).then((r) => r.data),
  caseEvidence: (caseId: Id) => http.get<EvidenceView[]>(`/api/cases/${caseId}/evidence`).then((r) => r.data),
  evidenceSources: (caseId: Id) => http.get<EvidenceSources>(`/api/cases/${caseId}/evidence/sources`).then((r) => r.data),
  addEvidence: (caseId: Id, body: NewEvidence) => http.post<EvidenceView>(`/api/cases/${caseId}/evidence`, body).then((r) => r.data),
}
