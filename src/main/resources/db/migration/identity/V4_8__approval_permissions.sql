-- approval (审核审批): officers submit requests for their unit's cases; the reviewing roles act on the steps their role
-- holds (whether an officer may act on a given step is decided per step: role, unit, qualification, maker ≠ checker);
-- administrators edit the policy table.
INSERT INTO permission (code, name, sort_order) VALUES
  ('approval:read',   '查看审批', 120),
  ('approval:submit', '提交呈请', 121),
  ('approval:act',    '审核审批', 122),
  ('approval-policy:manage', '维护审批流程配置', 123);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'approval:read', 'UNIT'), ('CASE_OFFICER', 'approval:submit', 'UNIT'),
  ('LEGAL_OFFICER', 'approval:read', 'UNIT'), ('LEGAL_OFFICER', 'approval:act', 'UNIT'),
  ('DEPARTMENT_HEAD', 'approval:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'approval:act', 'UNIT_AND_BELOW'),
  ('DEPARTMENT_HEAD', 'approval:submit', 'UNIT_AND_BELOW'),
  ('LEGAL_REVIEWER', 'approval:read', 'ALL'), ('LEGAL_REVIEWER', 'approval:act', 'ALL'),
  ('BUREAU_LEADER', 'approval:read', 'UNIT_AND_BELOW'), ('BUREAU_LEADER', 'approval:act', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'approval:read', 'ALL'), ('INSPECTOR', 'approval:read', 'ALL'),
  ('ADMINISTRATOR', 'approval-policy:manage', 'ALL');
