-- calendar (期限): every role reads the holiday calendar and the period rules and may preview a deadline; the calendar
-- and the rules are bureau-wide data, hence scope ALL. Only administrators change them.
INSERT INTO permission (code, name, sort_order) VALUES
  ('calendar:read',   '查看期限规则与节假日', 60),
  ('calendar:manage', '管理期限规则与节假日', 61);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('ADMINISTRATOR', 'calendar:read', 'ALL'), ('ADMINISTRATOR', 'calendar:manage', 'ALL'),
  ('CASE_OFFICER', 'calendar:read', 'ALL'), ('LEGAL_OFFICER', 'calendar:read', 'ALL'),
  ('DEPARTMENT_HEAD', 'calendar:read', 'ALL'), ('LEGAL_REVIEWER', 'calendar:read', 'ALL'),
  ('BUREAU_LEADER', 'calendar:read', 'ALL'), ('CASE_MANAGEMENT', 'calendar:read', 'ALL'),
  ('PROPERTY_CUSTODIAN', 'calendar:read', 'ALL'), ('CUSTODY_STAFF', 'calendar:read', 'ALL'),
  ('INSPECTOR', 'calendar:read', 'ALL');
