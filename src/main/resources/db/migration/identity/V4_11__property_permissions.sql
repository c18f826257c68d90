-- property (涉案财物): 办案与管理相分离 — case officers register the items of their unit's cases and ask to borrow them;
-- the 办案部门负责人 approves a loan; only the 涉案财物管理员 keeps the stores (check-in, hand-out, return, inventory);
-- legal affairs, leaders, case management and inspectors watch.
INSERT INTO permission (code, name, sort_order) VALUES
  ('property:read',     '查看涉案财物', 140),
  ('property:register', '登记涉案财物、申请调用', 141),
  ('property:approve',  '审批涉案财物调用', 142),
  ('property:custody',  '涉案财物保管（入库、出库、归还、盘点、库房）', 143);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'property:read', 'UNIT'), ('CASE_OFFICER', 'property:register', 'UNIT'),
  ('LEGAL_OFFICER', 'property:read', 'UNIT'),
  ('DEPARTMENT_HEAD', 'property:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'property:register', 'UNIT_AND_BELOW'),
  ('DEPARTMENT_HEAD', 'property:approve', 'UNIT_AND_BELOW'),
  ('PROPERTY_CUSTODIAN', 'property:read', 'ALL'), ('PROPERTY_CUSTODIAN', 'property:custody', 'ALL'),
  ('LEGAL_REVIEWER', 'property:read', 'ALL'),
  ('BUREAU_LEADER', 'property:read', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'property:read', 'ALL'),
  ('INSPECTOR', 'property:read', 'ALL');
