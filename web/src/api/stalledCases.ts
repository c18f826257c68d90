import { http } from './http'
import type { Id, Page, PageQuery } from './types'

export type ReviewState = 'AWAITING_ANSWER' | 'CLOSING_PROPOSED' | 'EXTENDED' | 'RESOLVED'

/** A stalled-case review (挂案清理), docs/api.md § Stalled cases. */
export interface StalledCaseReview {
  id: Id
  caseId: Id
  caseLabel: string
  unitId: Id
  officerIds: Id[]
  idleSince: string
  openedAt: string
  state: ReviewState
  stateLabel: string
  reviewDueAt: string
  escalated: boolean
  escalatedAt: string | null
  answerReason: string | null
  answeredAt: string | null
  extendedUntil: string | null
  decisionReason: string | null
  resolution: string | null
  resolvedAt: string | null
  version: number
}

export const stalledCaseApi = {
  async list(query: PageQuery & { state?: ReviewState }): Promise<Page<StalledCaseReview>> {
    return (await http.get<Page<StalledCaseReview>>('/api/stalled-cases', { params: query })).data
  },
  async explain(id: Id, reason: string, days: number, version: number): Promise<StalledCaseReview> {
    return (await http.post<StalledCaseReview>(`/api/stalled-cases/${id}/explanation`, { reason, days, version })).data
  },
  async proposeClosing(id: Id, reason: string, version: number): Promise<StalledCaseReview> {
    return (await http.post<StalledCaseReview>(`/api/stalled-cases/${id}/closing-proposal`, { reason, version })).data
  },
  async returnProposal(id: Id, reason: string, version: number): Promise<StalledCaseReview> {
    return (await http.post<StalledCaseReview>(`/api/stalled-cases/${id}/return`, { reason, version })).data
  },
}
