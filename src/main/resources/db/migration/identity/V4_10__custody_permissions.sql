-- custody (执法办案管理中心): the centre's staff run the entry-to-exit flow of everyone brought into their centre; case
-- officers record the steps of the people of their unit's cases (a visit is in scope by its handling unit or by its
-- centre); heads, legal affairs, leaders, case management and inspectors watch; administrators and the centre's staff keep
-- the rooms.
INSERT INTO permission (code, name, sort_order) VALUES
  ('custody:read',    '查看办案中心', 130),
  ('custody:operate', '办案中心登记与看管', 131),
  ('custody:rooms',   '维护办案中心房间', 132);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CUSTODY_STAFF', 'custody:read', 'UNIT'), ('CUSTODY_STAFF', 'custody:operate', 'UNIT'), ('CUSTODY_STAFF', 'custody:rooms', 'UNIT'),
  ('CASE_OFFICER', 'custody:read', 'UNIT'), ('CASE_OFFICER', 'custody:operate', 'UNIT'),
  ('DEPARTMENT_HEAD', 'custody:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'custody:operate', 'UNIT_AND_BELOW'),
  ('DEPARTMENT_HEAD', 'custody:rooms', 'UNIT'),
  ('LEGAL_REVIEWER', 'custody:read', 'ALL'),
  ('BUREAU_LEADER', 'custody:read', 'UNIT_AND_BELOW'),
  ('CASE_MANAGEMENT', 'custody:read', 'ALL'),
  ('INSPECTOR', 'custody:read', 'ALL'),
  ('ADMINISTRATOR', 'custody:rooms', 'UNIT_AND_BELOW');
