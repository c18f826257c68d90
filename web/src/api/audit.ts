import { cleanParams, http } from './http'
import type { Id, Page, PageQuery } from './types'

export interface AuditEntry {
  sequence: number
  occurredAt: string
  actorUsername: string | null
  actorName: string | null
  unitId: Id | null
  action: string
  subjectType: string | null
  subjectId: string | null
  summary: string | null
  hash: string | null
  previousHash: string | null
  sealed: boolean
}

export interface AuditQuery extends PageQuery {
  actor?: string
  action?: string
  subjectType?: string
  subjectId?: string
  /** ISO instants */
  from?: string
  to?: string
}

export interface ChainVerification {
  valid: boolean
  checkedEntries: number
  pendingEntries: number
  firstBrokenSequence: number | null
  reason: string | null
  verifiedAt: string
}

export const auditApi = {
  async list(query: AuditQuery = {}): Promise<Page<AuditEntry>> {
    return (await http.get<Page<AuditEntry>>('/api/audit-entries', { params: cleanParams(query) })).data
  },
  async verify(): Promise<ChainVerification> {
    return (await http.post<ChainVerification>('/api/audit-entries/verification')).data
  },
}
