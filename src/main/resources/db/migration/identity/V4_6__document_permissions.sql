-- document (法律文书): reading issued documents and their PDFs, recording their service (送达), and each unit's 文号
-- settings. Documents belong to the issuing unit; scopes follow the unit tree like the rest of the case records.
-- Verifying a PDF needs no permission beyond being signed in.
INSERT INTO permission (code, name, sort_order) VALUES
  ('document:read',   '查看法律文书', 70),
  ('document:serve',  '登记文书送达', 71),
  ('document:issuer', '管理发文机关与文号', 72);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('ADMINISTRATOR', 'document:issuer', 'UNIT_AND_BELOW'),
  ('CASE_OFFICER', 'document:read', 'UNIT'), ('CASE_OFFICER', 'document:serve', 'UNIT'),
  ('LEGAL_OFFICER', 'document:read', 'UNIT'), ('LEGAL_OFFICER', 'document:serve', 'UNIT'),
  ('DEPARTMENT_HEAD', 'document:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'document:serve', 'UNIT_AND_BELOW'),
  ('LEGAL_REVIEWER', 'document:read', 'ALL'),
  ('BUREAU_LEADER', 'document:read', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'document:read', 'ALL'),
  ('CUSTODY_STAFF', 'document:read', 'UNIT'),
  ('INSPECTOR', 'document:read', 'ALL');
