import { cleanParams, http } from './http'
import type { Id, Page, PageQuery } from './types'
import type { CaseKind } from './cases'
import type { UnitKind } from './units'

/** docs/api.md § Approvals (审核审批) and § Approval policies (审批流程配置). */

export type SubmissionState = 'IN_REVIEW' | 'WITH_SUBMITTER' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN'
export type StepKind =
  | 'LEGAL_OFFICER'
  | 'DEPARTMENT_HEAD'
  | 'LEGAL_REVIEW'
  | 'BUREAU_LEADER'
  | 'COLLECTIVE_DELIBERATION'
  | 'ADDED_REVIEWER'
export type PenaltyKind = 'WARNING' | 'FINE' | 'CONFISCATION' | 'LICENSE_REVOCATION' | 'DETENTION' | 'DEPORTATION'
export type DeliberationDecision = 'APPROVE' | 'REJECT' | 'RETURN'
export type ActionKind =
  | 'SUBMITTED'
  | 'RESUBMITTED'
  | 'APPROVED'
  | 'RETURNED'
  | 'REJECTED'
  | 'RECALLED'
  | 'WITHDRAWN'
  | 'DELEGATED'
  | 'REVIEWER_ADDED'
  | 'DELIBERATED'
  | 'ESCALATED'

export const STATE_LABELS: Record<SubmissionState, string> = {
  IN_REVIEW: '审批中',
  WITH_SUBMITTER: '退回呈请人',
  APPROVED: '已批准',
  REJECTED: '不予批准',
  WITHDRAWN: '已撤回',
}
export const STATE_TAGS: Record<SubmissionState, 'primary' | 'warning' | 'success' | 'danger' | 'info'> = {
  IN_REVIEW: 'primary',
  WITH_SUBMITTER: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'info',
}
export const STEP_LABELS: Record<StepKind, string> = {
  LEGAL_OFFICER: '法制员审核',
  DEPARTMENT_HEAD: '办案部门负责人审核',
  LEGAL_REVIEW: '法制部门审核',
  BUREAU_LEADER: '公安机关负责人审批',
  COLLECTIVE_DELIBERATION: '集体讨论',
  ADDED_REVIEWER: '加签审核',
}
/** The steps a policy may list (an added reviewer is only inserted into a running request). */
export const POLICY_STEPS = (Object.keys(STEP_LABELS) as StepKind[]).filter((k) => k !== 'ADDED_REVIEWER')
export const PENALTY_LABELS: Record<PenaltyKind, string> = {
  WARNING: '警告',
  FINE: '罚款',
  CONFISCATION: '没收违法所得、非法财物',
  LICENSE_REVOCATION: '吊销许可证件',
  DETENTION: '行政拘留',
  DEPORTATION: '限期出境或者驱逐出境',
}
export const ACTION_LABELS: Record<ActionKind, string> = {
  SUBMITTED: '提交呈请',
  RESUBMITTED: '重新提交',
  APPROVED: '同意',
  RETURNED: '退回',
  REJECTED: '不予批准',
  RECALLED: '撤回重改',
  WITHDRAWN: '撤销呈请',
  DELEGATED: '委托代签',
  REVIEWER_ADDED: '加签',
  DELIBERATED: '集体讨论',
  ESCALATED: '逾期督办',
}
export const DECISION_LABELS: Record<DeliberationDecision, string> = { APPROVE: '同意', REJECT: '不同意', RETURN: '退回补充' }
export const CERTAINTY_LABELS: Record<string, string> = { V: 'V 法定', P: 'P 较确定', U: 'U 本局规定待核实' }

export interface RequestType {
  code: string
  name: string
  caseKind: CaseKind | null
  partyRequired: boolean
  documentType: string | null
  effect: string
  basis: string
}

/** A row of the inbox and of the search. */
export interface SubmissionRow {
  id: Id
  number: string
  requestType: string
  title: string
  caseId: Id
  caseLabel: string
  unitId: Id
  submittedByName: string
  submittedAt: string
  state: SubmissionState
  stateLabel: string
  currentStep: number
  round: number
  waitingSince: string
  stepDueAt: string | null
  escalatedAt: string | null
  documentNumber: string | null
  version: number
}

export interface Submission {
  id: Id
  number: string
  requestType: string
  caseId: Id
  caseLabel: string
  caseKind: CaseKind
  unitId: Id
  partyId: Id | null
  partyName: string | null
  title: string
  facts: string
  reasons: string
  legalBasis: string
  amount: number | null
  penaltyKind: PenaltyKind | null
  majorCase: boolean
  minorInvolved: boolean
  params: Record<string, string>
  documentFields: Record<string, string>
  officerIds: Id[]
  submittedBy: Id
  submittedByName: string
  submittedAt: string
  policyId: Id
  policyVersion: number
  state: SubmissionState
  currentStep: number
  round: number
  waitingSince: string
  stepDueAt: string | null
  escalatedAt: string | null
  candidateIds: Id[]
  decidedAt: string | null
  documentId: Id | null
  documentNumber: string | null
  version: number
}

export interface ApprovalStep {
  position: number
  kind: StepKind
  assigneeId: Id | null
  deputyId: Id | null
  delegatedBy: Id | null
  delegationReason: string | null
  approved: boolean
  actedBy: Id | null
  actedByName: string | null
  onBehalfOf: Id | null
  actedAt: string | null
  opinion: string | null
}

export interface StepView {
  step: ApprovalStep
  whoMay: string
  assigneeName: string | null
  deputyName: string | null
}

export interface AttendeeOpinion {
  officerId: Id
  officerName: string
  agrees: boolean
  text: string
}

export interface ApprovalAction {
  seq: number
  action: ActionKind
  stepPosition: number | null
  stepKind: StepKind | null
  round: number
  actorId: Id | null
  actorName: string
  onBehalfOf: Id | null
  onBehalfOfName: string | null
  opinion: string | null
  at: string
  deliberation: {
    heldAt: string
    opinions: AttendeeOpinion[]
    decision: DeliberationDecision
    conclusion: string
  } | null
}

export interface PolicyConditions {
  caseKind: CaseKind | null
  unitKind: UnitKind | null
  minAmount: number | null
  maxAmount: number | null
  penaltyKinds: PenaltyKind[]
  minorInvolved: boolean | null
  majorCase: boolean | null
}

export interface ApprovalPolicy {
  id: Id
  version: number
  requestType: string
  name: string
  priority: number
  conditions: PolicyConditions
  steps: StepKind[]
  basis: string
  certainty: string
  active: boolean
  changeReason: string
  changedAt: string
  changedBy: string | null
}

export interface SubmissionDetails {
  submission: Submission
  type: RequestType
  policy: ApprovalPolicy
  steps: StepView[]
  history: ApprovalAction[]
  candidateNames: string[]
  permitted: { act: boolean; recall: boolean; resubmit: boolean; withdraw: boolean }
}

export interface SubmissionQuery extends PageQuery {
  state?: SubmissionState | ''
  caseId?: Id
  mine?: boolean
  requestType?: string
}

export interface NewSubmission {
  requestType: string
  caseId: Id
  partyId: Id | null
  facts: string
  reasons: string
  legalBasis: string
  amount: number | null
  penaltyKind: PenaltyKind | null
  majorCase: boolean
  params: Record<string, string>
  documentFields: Record<string, string>
  requestKey: string
}

export interface Deliberation {
  heldAt: string
  opinions: { officerId: Id; agrees: boolean; text: string }[]
  decision: DeliberationDecision
  conclusion: string
  version: number
}

export interface PolicyView {
  policy: ApprovalPolicy
  conditions: string
  chain: string
}

/** What an administrator saves: the conditions flat beside the other fields, and why it changed. */
export interface PolicyDraft extends PolicyConditions {
  requestType: string
  name: string
  priority: number
  steps: StepKind[]
  basis: string
  certainty: string
  active: boolean
  changeReason: string
  version?: number
}

const base = '/api/approvals'

/** An action on a request: silent, the caller shows the problem (in the dialog or as a message). */
function act<B extends object>(id: Id, path: string, body: B): Promise<SubmissionDetails> {
  return http.post<SubmissionDetails>(`${base}/${id}/${path}`, body, { silent: true }).then((r) => r.data)
}

export const approvalApi = {
  requestTypes: () => http.get<RequestType[]>(`${base}/request-types`).then((r) => r.data),
  inbox: (query: PageQuery) => http.get<Page<SubmissionRow>>(`${base}/inbox`, { params: query }).then((r) => r.data),
  search: (query: SubmissionQuery) =>
    http.get<Page<SubmissionRow>>(base, { params: cleanParams(query) }).then((r) => r.data),
  get: (id: Id) => http.get<SubmissionDetails>(`${base}/${id}`).then((r) => r.data),
  draftUrl: (id: Id) => `${base}/${id}/draft.pdf`,
  submit: (body: NewSubmission) => http.post<SubmissionDetails>(base, body, { silent: true }).then((r) => r.data),
  approve: (id: Id, opinion: string, version: number) => act(id, 'approval', { opinion, version }),
  reject: (id: Id, opinion: string, version: number) => act(id, 'rejection', { opinion, version }),
  returnTo: (id: Id, toStep: number, opinion: string, version: number) => act(id, 'return', { toStep, opinion, version }),
  delegate: (id: Id, deputyId: Id, reason: string, version: number) => act(id, 'delegation', { deputyId, reason, version }),
  addReviewer: (id: Id, reviewerId: Id, reason: string, version: number) =>
    act(id, 'added-reviewer', { reviewerId, reason, version }),
  deliberate: (id: Id, body: Deliberation) => act(id, 'deliberation', body),
  recall: (id: Id, reason: string, version: number) => act(id, 'recall', { reason, version }),
  resubmit: (
    id: Id,
    body: { facts: string; reasons: string; legalBasis: string; documentFields: Record<string, string>; version: number },
  ) => act(id, 'resubmission', body),
  withdraw: (id: Id, reason: string, version: number) => act(id, 'withdrawal', { reason, version }),
}

export const approvalPolicyApi = {
  list: () => http.get<PolicyView[]>('/api/approval-policies').then((r) => r.data),
  versions: (id: Id) => http.get<PolicyView[]>(`/api/approval-policies/${id}/versions`).then((r) => r.data),
  create: (body: PolicyDraft) => http.post<PolicyView>('/api/approval-policies', body, { silent: true }).then((r) => r.data),
  revise: (id: Id, body: PolicyDraft) =>
    http.put<PolicyView>(`/api/approval-policies/${id}`, body, { silent: true }).then((r) => r.data),
}
