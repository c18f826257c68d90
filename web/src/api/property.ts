import { http } from './http'
import type { Id } from './types'

/** docs/api.md § Property (涉案财物): /api/property. */

export type Measure = 'SEIZURE' | 'SEALING' | 'FREEZING' | 'RETRIEVAL' | 'PRESERVATION' | 'SAMPLING' | 'COLLECTION' | 'RECOVERY'
export type Category = 'CASH' | 'VEHICLE' | 'ELECTRONIC' | 'FIREARM' | 'DRUGS' | 'HAZARDOUS' | 'DOCUMENTS' | 'PERISHABLE' | 'ORDINARY'
export type ItemStatus = 'PENDING_HANDOVER' | 'IN_STORE' | 'REGISTERED' | 'ON_LOAN' | 'TRANSFERRED' | 'DISPOSED'
export type LoanPurpose = 'INTERROGATION' | 'APPRAISAL' | 'IDENTIFICATION' | 'EXAMINATION'
export type LoanStatus = 'REQUESTED' | 'APPROVED' | 'OUT' | 'RETURNED'
export type StoreKind = 'CENTRAL' | 'CASH' | 'VEHICLE' | 'ELECTRONIC' | 'DANGEROUS' | 'GENERAL'
export type LocationKind = 'AREA' | 'SHELF' | 'CABINET' | 'SAFE' | 'BAY'

export const MEASURES: Record<Measure, string> = {
  SEIZURE: '扣押',
  SEALING: '查封',
  FREEZING: '冻结',
  RETRIEVAL: '调取',
  PRESERVATION: '先行登记保存',
  SAMPLING: '抽样取证',
  COLLECTION: '收缴',
  RECOVERY: '追缴',
}
export const CATEGORIES: Record<Category, string> = {
  CASH: '现金',
  VEHICLE: '车辆',
  ELECTRONIC: '手机及电子设备',
  FIREARM: '枪支弹药',
  DRUGS: '毒品',
  HAZARDOUS: '危险物品',
  DOCUMENTS: '文件资料',
  PERISHABLE: '易腐物品',
  ORDINARY: '一般物品',
}
export const PURPOSES: Record<LoanPurpose, string> = { INTERROGATION: '讯问', APPRAISAL: '鉴定', IDENTIFICATION: '辨认', EXAMINATION: '检验' }
export const STORE_KINDS: Record<StoreKind, string> = {
  CENTRAL: '中心库',
  CASH: '现金库',
  VEHICLE: '车辆库',
  ELECTRONIC: '电子物证库',
  DANGEROUS: '危险品库',
  GENERAL: '一般物品库',
}
export type DisposalMethod = 'RETURN_TO_OWNER' | 'CONFISCATION' | 'DESTRUCTION' | 'AUCTION' | 'EARLY_SALE'
export const DISPOSAL_METHODS: Record<DisposalMethod, string> = {
  RETURN_TO_OWNER: '返还',
  CONFISCATION: '没收',
  DESTRUCTION: '销毁',
  AUCTION: '拍卖',
  EARLY_SALE: '先行变卖',
}
export const LOCATION_KINDS: Record<LocationKind, string> = { AREA: '区域', SHELF: '货架', CABINET: '柜', SAFE: '保险柜', BAY: '车位' }
export const EVENT_KINDS: Record<string, string> = {
  registered: '登记',
  'checked-in': '入库',
  'loan-requested': '申请调用',
  'loan-approved': '批准调用',
  'checked-out': '出库调用',
  returned: '调用归还',
  transferred: '随案移交',
  disposed: '处置',
  'review-extended': '延期复核',
  'photo-added': '添加照片',
}

/** A photo uploaded for an item (GET /api/property/items/{id}/photos); its SM3 is cited by the item's chain. */
export interface PropertyPhoto {
  id: Id
  itemId: Id
  fileName: string
  mediaType: string
  sizeBytes: number
  sm3: string
  uploadedAt: string
  uploadedBy: Id | null
  uploadedByName: string
}

/** What the photo upload accepts (the server checks the file's own signature too). */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp'

export interface PropertyItem {
  id: Id
  code: string
  caseId: Id
  caseLabel: string
  measure: Measure
  measureLabel: string
  category: Category
  categoryLabel: string
  description: string
  quantity: number
  quantityUnit: string
  estimatedValue: number | null
  photos: string[]
  holderName: string
  holderIdNumber: string | null
  documentNumber: string
  legalDocumentId: Id | null
  held: boolean
  seizedAt: string
  registeredAt: string
  status: ItemStatus
  statusLabel: string
  storeId: Id | null
  locationId: Id | null
  handoverDueAt: string | null
  measureDueAt: string | null
  checkedInAt: string | null
  transferredTo: string | null
  transferDocument: string | null
  transferredAt: string | null
  chainLength: number
  version: number
}

export interface Loan {
  id: Id
  purpose: LoanPurpose
  purposeLabel: string
  reason: string
  borrowerName: string
  requestedByName: string
  approvedByName: string | null
  approvedAt: string | null
  requestedAt: string
  dueBackAt: string
  status: LoanStatus
  statusLabel: string
  outAt: string | null
  returnedAt: string | null
  conditionOk: boolean | null
  conditionNote: string | null
  overdue: boolean
  version: number
}

export interface ChainEvent {
  itemCode: string
  seq: number
  kind: string
  actorId: Id | null
  actorName: string
  unitId: Id | null
  at: string
  location: string | null
  document: string | null
  details: string
  prevHash: string
  hash: string
}

export interface ChainCheck {
  itemCode: string
  valid: boolean
  checkedEvents: number
  firstBadSeq: number | null
  reason: string | null
}

export interface ItemDetails {
  item: PropertyItem
  location: string | null
  registeredByName: string
  checkedInByName: string | null
  loans: Loan[]
  chain: ChainEvent[]
  verification: ChainCheck
}

export interface StoreLocation {
  id: Id
  storeId: Id
  code: string
  kind: LocationKind
  description: string | null
  active: boolean
}

export interface Store {
  id: Id
  unitId: Id
  parentId: Id | null
  name: string
  kind: StoreKind
  active: boolean
  locations: StoreLocation[]
  version: number
}

export interface PropertyAlarm {
  kind: 'HANDOVER_OVERDUE' | 'LOAN_OVERDUE' | 'MEASURE_ENDING' | 'CASE_CLOSED_UNDISPOSED' | 'REVIEW_DUE'
  itemId: Id
  code: string
  description: string
  caseLabel: string
  dueAt: string
  text: string
}
export const ALARM_KINDS: Record<PropertyAlarm['kind'], string> = {
  HANDOVER_OVERDUE: '超时未移交',
  LOAN_OVERDUE: '调用逾期未还',
  MEASURE_ENDING: '措施期限将届满',
  REVIEW_DUE: '到期复核',
  CASE_CLOSED_UNDISPOSED: '结案未处置',
}

export interface Inventory {
  locationId: Id
  location: string
  present: string[]
  missing: string[]
  unexpected: string[]
}

export interface NewItem {
  caseId: Id
  measure: Measure
  category: Category
  description: string
  quantity: number
  quantityUnit: string
  estimatedValue?: number | null
  photos?: string[]
  holderName: string
  holderIdNumber?: string | null
  documentNumber?: string | null
  legalDocumentId?: Id | null
  seizedAt: string
  seizedBy: Id[]
}

export const propertyApi = {
  async ofCase(caseId: Id): Promise<PropertyItem[]> {
    return (await http.get<PropertyItem[]>('/api/property/items', { params: { caseId } })).data
  },
  async register(body: NewItem): Promise<ItemDetails> {
    return (await http.post<ItemDetails>('/api/property/items', body, { silent: true })).data
  },
  async get(id: Id): Promise<ItemDetails> {
    return (await http.get<ItemDetails>(`/api/property/items/${id}`)).data
  },
  async byCode(code: string): Promise<PropertyItem> {
    return (await http.get<PropertyItem>(`/api/property/items/by-code/${encodeURIComponent(code)}`, { silent: true })).data
  },
  /** The label PDF as a blob: opened through an object URL, which the server's X-Frame-Options: DENY does not apply to. */
  async label(id: Id): Promise<Blob> {
    return (await http.get<Blob>(`/api/property/items/${id}/label`, { responseType: 'blob', headers: { Accept: 'application/pdf' } })).data
  },
  async verify(id: Id): Promise<ChainCheck> {
    return (await http.post<ChainCheck>(`/api/property/items/${id}/chain/verification`)).data
  },
  async photos(id: Id): Promise<PropertyPhoto[]> {
    return (await http.get<PropertyPhoto[]>(`/api/property/items/${id}/photos`)).data
  },
  async addPhoto(id: Id, file: File): Promise<PropertyPhoto> {
    const form = new FormData()
    form.append('file', file)
    return (await http.post<PropertyPhoto>(`/api/property/items/${id}/photos`, form, { silent: true })).data
  },
  photoUrl: (id: Id, photoId: Id) => `/api/property/items/${id}/photos/${photoId}`,
  exportUrl: (id: Id) => `/api/property/items/${id}/chain/export`,
  caseExportUrl: (caseId: Id) => `/api/property/cases/${caseId}/chain/export`,
  async verifyExport(text: string): Promise<ChainCheck[]> {
    return (await http.post<ChainCheck[]>('/api/property/chain-verification', text, { headers: { 'Content-Type': 'application/json' } })).data
  },
  async pendingHandover(): Promise<PropertyItem[]> {
    return (await http.get<PropertyItem[]>('/api/property/pending-handover')).data
  },
  async alarms(): Promise<PropertyAlarm[]> {
    return (await http.get<PropertyAlarm[]>('/api/property/alarms')).data
  },
  async checkIn(body: { code: string; locationId?: Id | null; version?: number | null }): Promise<PropertyItem> {
    return (await http.post<PropertyItem>('/api/property/check-ins', body, { silent: true })).data
  },
  async requestLoan(id: Id, body: { version: number; purpose: LoanPurpose; reason: string; borrowerId: Id; dueBackAt: string }): Promise<ItemDetails> {
    return (await http.post<ItemDetails>(`/api/property/items/${id}/loans`, body)).data
  },
  async approveLoan(loan: Loan): Promise<ItemDetails> {
    return (await http.post<ItemDetails>(`/api/property/loans/${loan.id}/approval`, { version: loan.version })).data
  },
  async handOut(loan: Loan): Promise<ItemDetails> {
    return (await http.post<ItemDetails>(`/api/property/loans/${loan.id}/hand-out`, { version: loan.version })).data
  },
  async giveBack(loan: Loan, body: { conditionOk: boolean; conditionNote?: string | null; locationId?: Id | null }): Promise<ItemDetails> {
    return (await http.post<ItemDetails>(`/api/property/loans/${loan.id}/return`, { version: loan.version, ...body })).data
  },
  async extendReview(id: Id, body: { version: number; reason: string }): Promise<ItemDetails> {
    return (await http.post<ItemDetails>(`/api/property/items/${id}/review`, body)).data
  },
  async transfer(id: Id, body: { version: number; agency: string; documentNumber: string; physical: boolean }): Promise<ItemDetails> {
    return (await http.post<ItemDetails>(`/api/property/items/${id}/transfer`, body)).data
  },
  async stores(): Promise<Store[]> {
    return (await http.get<Store[]>('/api/property/stores')).data
  },
  async createStore(body: { unitId: Id; parentId: Id | null; name: string; kind: StoreKind }): Promise<Store> {
    return (await http.post<Store>('/api/property/stores', body)).data
  },
  async addLocation(storeId: Id, body: { code: string; kind: LocationKind; description?: string | null }): Promise<StoreLocation> {
    return (await http.post<StoreLocation>(`/api/property/stores/${storeId}/locations`, body)).data
  },
  async atLocation(locationId: Id): Promise<PropertyItem[]> {
    return (await http.get<PropertyItem[]>(`/api/property/locations/${locationId}/items`)).data
  },
  async inventory(locationId: Id, codes: string[]): Promise<Inventory> {
    return (await http.post<Inventory>(`/api/property/locations/${locationId}/inventory`, { codes })).data
  },
}
