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
  DOCUMENT_READ: 'document:read',
  DOCUMENT_SERVE: 'document:serve',
  DOCUMENT_ISSUER: 'document:issuer',
} as const

export type PermissionCode = (typeof P)[keyof typeof P]
