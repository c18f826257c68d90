-- supervision (挂案清理): officers see and answer the reviews of their own cases; department heads see their unit's and
-- decide on closing proposals; legal affairs, leaders and inspectors watch the whole subtree (read only).
INSERT INTO permission (code, name, sort_order) VALUES
  ('stalled-case:read',   '查看挂案清理', 110),
  ('stalled-case:answer', '说明挂案或提出结案建议', 111),
  ('stalled-case:decide', '审查结案建议', 112);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'stalled-case:read', 'OWN'), ('CASE_OFFICER', 'stalled-case:answer', 'OWN'),
  ('DEPARTMENT_HEAD', 'stalled-case:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'stalled-case:answer', 'UNIT_AND_BELOW'),
  ('DEPARTMENT_HEAD', 'stalled-case:decide', 'UNIT_AND_BELOW'),
  ('LEGAL_OFFICER', 'stalled-case:read', 'UNIT'),
  ('LEGAL_REVIEWER', 'stalled-case:read', 'UNIT_AND_BELOW'),
  ('BUREAU_LEADER', 'stalled-case:read', 'UNIT_AND_BELOW'), ('BUREAU_LEADER', 'stalled-case:decide', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'stalled-case:read', 'UNIT_AND_BELOW'),
  ('INSPECTOR', 'stalled-case:read', 'UNIT_AND_BELOW');
