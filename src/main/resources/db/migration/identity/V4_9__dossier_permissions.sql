-- document (法律文书): the electronic dossier (电子卷宗). Reading a case's dossier, its exports and diffs, and verifying a
-- manifest need dossier:read; exporting a volume needs dossier:export. The scope is the units that issued the case's
-- documents, like document:read.
INSERT INTO permission (code, name, sort_order) VALUES
  ('dossier:read',   '查看电子卷宗', 73),
  ('dossier:export', '导出电子卷宗', 74);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'dossier:read', 'UNIT'), ('CASE_OFFICER', 'dossier:export', 'UNIT'),
  ('LEGAL_OFFICER', 'dossier:read', 'UNIT'), ('LEGAL_OFFICER', 'dossier:export', 'UNIT'),
  ('DEPARTMENT_HEAD', 'dossier:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'dossier:export', 'UNIT_AND_BELOW'),
  ('LEGAL_REVIEWER', 'dossier:read', 'ALL'),
  ('BUREAU_LEADER', 'dossier:read', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'dossier:read', 'ALL'), ('CASE_MANAGEMENT', 'dossier:export', 'ALL'),
  ('INSPECTOR', 'dossier:read', 'ALL');
