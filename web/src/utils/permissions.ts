/** Permission codes the UI checks (Me.permissions[].code). */
export const P = {
  UNIT_READ: 'unit:read',
  UNIT_MANAGE: 'unit:manage',
  OFFICER_READ: 'officer:read',
  OFFICER_MANAGE: 'officer:manage',
  ACCOUNT_READ: 'account:read',
  ACCOUNT_MANAGE: 'account:manage',
  ROLE_READ: 'role:read',
  AUDIT_READ: 'audit:read',
  AUDIT_VERIFY: 'audit:verify',
  CALENDAR_READ: 'calendar:read',
  CALENDAR_MANAGE: 'calendar:manage',
  STALLED_CASE_READ: 'stalled-case:read',
  STALLED_CASE_ANSWER: 'stalled-case:answer',
  STALLED_CASE_DECIDE: 'stalled-case:decide',
  WORKBENCH_READ: 'workbench:read',
  WORKBENCH_UNIT_READ: 'workbench:unit-read',
  INTAKE_READ: 'intake:read',
  INTAKE_REGISTER: 'intake:register',
  INTAKE_DECIDE: 'intake:decide',
  CASE_READ: 'case:read',
  CASE_MANAGE: 'case:manage',
  DOCUMENT_READ: 'document:read',
  DOCUMENT_SERVE: 'document:serve',
  DOCUMENT_ISSUER: 'document:issuer',
} as const

export type PermissionCode = (typeof P)[keyof typeof P]
