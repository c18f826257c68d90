-- cases (案件): case officers read and handle the cases of their own unit; heads and leaders those of their unit and
-- below; the legal department, the case management centre and the inspectorate read every case. Administrators do
-- not read cases (organisation and accounts are not case data).
INSERT INTO permission (code, name, sort_order) VALUES
  ('case:read',   '查看案件', 70),
  ('case:manage', '办理案件（当事人、强制措施、结案）', 71);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'case:read', 'UNIT'), ('CASE_OFFICER', 'case:manage', 'UNIT'),
  ('LEGAL_OFFICER', 'case:read', 'UNIT'),
  ('DEPARTMENT_HEAD', 'case:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'case:manage', 'UNIT_AND_BELOW'),
  ('BUREAU_LEADER', 'case:read', 'UNIT_AND_BELOW'),
  ('LEGAL_REVIEWER', 'case:read', 'ALL'), ('CASE_MANAGEMENT', 'case:read', 'ALL'), ('INSPECTOR', 'case:read', 'ALL'),
  ('CUSTODY_STAFF', 'case:read', 'UNIT');
