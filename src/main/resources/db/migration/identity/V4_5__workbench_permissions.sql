-- workbench (工作台): every role sees its own tasks (scope OWN: the tasks assigned to the signed-in officer). Those who
-- supervise a unit's deadlines see the unit's open tasks: 法制员 their own unit, 办案部门负责人 and 局领导 their unit and below.
INSERT INTO permission (code, name, sort_order) VALUES
  ('workbench:read',      '查看本人待办与预警', 70),
  ('workbench:unit-read', '查看本单位待办与预警', 71);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('ADMINISTRATOR', 'workbench:read', 'OWN'), ('CASE_OFFICER', 'workbench:read', 'OWN'),
  ('LEGAL_OFFICER', 'workbench:read', 'OWN'), ('DEPARTMENT_HEAD', 'workbench:read', 'OWN'),
  ('LEGAL_REVIEWER', 'workbench:read', 'OWN'), ('BUREAU_LEADER', 'workbench:read', 'OWN'),
  ('CASE_MANAGEMENT', 'workbench:read', 'OWN'), ('PROPERTY_CUSTODIAN', 'workbench:read', 'OWN'),
  ('CUSTODY_STAFF', 'workbench:read', 'OWN'), ('INSPECTOR', 'workbench:read', 'OWN'),
  ('LEGAL_OFFICER', 'workbench:unit-read', 'UNIT'),
  ('DEPARTMENT_HEAD', 'workbench:unit-read', 'UNIT_AND_BELOW'),
  ('BUREAU_LEADER', 'workbench:unit-read', 'UNIT_AND_BELOW');
