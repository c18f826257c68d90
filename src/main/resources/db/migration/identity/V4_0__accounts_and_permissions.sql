-- identity: accounts of officers, and the role → permission policy with its data scope (policy as data).

CREATE TABLE permission (
  code        VARCHAR(40) PRIMARY KEY,
  name        VARCHAR(60) NOT NULL,
  sort_order  INT NOT NULL
);

CREATE TABLE role_permission (
  role        VARCHAR(40) NOT NULL,
  permission  VARCHAR(40) NOT NULL REFERENCES permission (code),
  scope       VARCHAR(20) NOT NULL CHECK (scope IN ('OWN', 'UNIT', 'UNIT_AND_BELOW', 'ALL')),
  PRIMARY KEY (role, permission)
);

CREATE TABLE account (
  id                        UUID PRIMARY KEY,
  username                  VARCHAR(32) NOT NULL,
  officer_id                UUID NOT NULL,
  password_hash             VARCHAR(100) NOT NULL,
  enabled                   BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts           INT NOT NULL DEFAULT 0,
  locked_until              TIMESTAMPTZ,
  password_change_required  BOOLEAN NOT NULL DEFAULT TRUE,
  password_changed_at       TIMESTAMPTZ,
  last_login_at             TIMESTAMPTZ,
  created_at                TIMESTAMPTZ NOT NULL,
  version                   BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_username_uq ON account (lower(username));
CREATE UNIQUE INDEX account_officer_uq ON account (officer_id);

INSERT INTO permission (code, name, sort_order) VALUES
  ('unit:read',       '查看组织机构', 10),
  ('unit:manage',     '管理组织机构', 11),
  ('officer:read',    '查看民警',     20),
  ('officer:manage',  '管理民警',     21),
  ('account:read',    '查看账号',     30),
  ('account:manage',  '管理账号',     31),
  ('role:read',       '查看角色与权限', 32),
  ('audit:read',      '查看审计日志', 40),
  ('audit:verify',    '校验审计哈希链', 41);

-- Who may see what, per architecture.md §1. Scopes are relative to the officer's own unit: an administrator
-- or leader at the 市局 (the root) reaches every unit through UNIT_AND_BELOW, one at a 分局 only that branch.
-- City-wide oversight roles (法制, 督察, 案管) see everything.
INSERT INTO role_permission (role, permission, scope) VALUES
  ('ADMINISTRATOR', 'unit:read', 'UNIT_AND_BELOW'), ('ADMINISTRATOR', 'unit:manage', 'UNIT_AND_BELOW'),
  ('ADMINISTRATOR', 'officer:read', 'UNIT_AND_BELOW'), ('ADMINISTRATOR', 'officer:manage', 'UNIT_AND_BELOW'),
  ('ADMINISTRATOR', 'account:read', 'UNIT_AND_BELOW'), ('ADMINISTRATOR', 'account:manage', 'UNIT_AND_BELOW'),
  ('ADMINISTRATOR', 'role:read', 'ALL'), ('ADMINISTRATOR', 'audit:read', 'UNIT_AND_BELOW'),
  ('ADMINISTRATOR', 'audit:verify', 'ALL'),

  ('CASE_OFFICER', 'unit:read', 'UNIT'), ('CASE_OFFICER', 'officer:read', 'UNIT'), ('CASE_OFFICER', 'audit:read', 'OWN'),

  ('LEGAL_OFFICER', 'unit:read', 'UNIT'), ('LEGAL_OFFICER', 'officer:read', 'UNIT'), ('LEGAL_OFFICER', 'audit:read', 'UNIT'),

  ('DEPARTMENT_HEAD', 'unit:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'officer:read', 'UNIT_AND_BELOW'),
  ('DEPARTMENT_HEAD', 'audit:read', 'UNIT_AND_BELOW'),

  ('LEGAL_REVIEWER', 'unit:read', 'ALL'), ('LEGAL_REVIEWER', 'officer:read', 'ALL'), ('LEGAL_REVIEWER', 'audit:read', 'ALL'),

  ('BUREAU_LEADER', 'unit:read', 'UNIT_AND_BELOW'), ('BUREAU_LEADER', 'officer:read', 'UNIT_AND_BELOW'),
  ('BUREAU_LEADER', 'audit:read', 'UNIT_AND_BELOW'),

  ('CASE_MANAGEMENT', 'unit:read', 'ALL'), ('CASE_MANAGEMENT', 'officer:read', 'ALL'),

  ('PROPERTY_CUSTODIAN', 'unit:read', 'UNIT'), ('PROPERTY_CUSTODIAN', 'officer:read', 'UNIT'),

  ('CUSTODY_STAFF', 'unit:read', 'UNIT'), ('CUSTODY_STAFF', 'officer:read', 'UNIT'),

  ('INSPECTOR', 'unit:read', 'ALL'), ('INSPECTOR', 'officer:read', 'ALL'),
  ('INSPECTOR', 'audit:read', 'ALL'), ('INSPECTOR', 'audit:verify', 'ALL');
