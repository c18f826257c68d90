-- evidence (证据与视音频): case officers and the centre's staff ingest recordings, link them and record evidence of their
-- unit; heads within their unit and below; legal affairs, case management and inspectors read everything; administrators
-- and the centre's staff keep the device registry (执法记录仪, 同步录音录像设备).
INSERT INTO permission (code, name, sort_order) VALUES
  ('evidence:read',    '查看证据与视音频', 140),
  ('evidence:record',  '登记证据、上传与关联视音频', 141),
  ('evidence:devices', '维护视音频设备', 142);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'evidence:read', 'UNIT'), ('CASE_OFFICER', 'evidence:record', 'UNIT'),
  ('CUSTODY_STAFF', 'evidence:read', 'UNIT'), ('CUSTODY_STAFF', 'evidence:record', 'UNIT'), ('CUSTODY_STAFF', 'evidence:devices', 'UNIT'),
  ('LEGAL_OFFICER', 'evidence:read', 'UNIT'),
  ('DEPARTMENT_HEAD', 'evidence:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'evidence:record', 'UNIT_AND_BELOW'),
  ('LEGAL_REVIEWER', 'evidence:read', 'ALL'),
  ('BUREAU_LEADER', 'evidence:read', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'evidence:read', 'ALL'),
  ('INSPECTOR', 'evidence:read', 'ALL'),
  ('ADMINISTRATOR', 'evidence:devices', 'UNIT_AND_BELOW'), ('ADMINISTRATOR', 'evidence:read', 'UNIT_AND_BELOW');
