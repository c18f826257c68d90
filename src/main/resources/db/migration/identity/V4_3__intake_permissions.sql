-- intake (接处警与受案): case officers register incidents and accept them in their own unit; the filing decision
-- (立案 / 不予立案, 复议, 复核) is recorded by the department head or bureau leader (刑规178: 县级以上公安机关负责人
-- approves; the approval chain itself belongs to the approval module). Oversight roles read bureau-wide.
INSERT INTO permission (code, name, sort_order) VALUES
  ('intake:read',     '查看警情与受案',         70),
  ('intake:register', '登记警情、处置与受案',   71),
  ('intake:decide',   '立案决定与复议复核',     72);

INSERT INTO role_permission (role, permission, scope) VALUES
  ('CASE_OFFICER', 'intake:read', 'UNIT'), ('CASE_OFFICER', 'intake:register', 'UNIT'),
  ('LEGAL_OFFICER', 'intake:read', 'UNIT'),
  ('DEPARTMENT_HEAD', 'intake:read', 'UNIT_AND_BELOW'), ('DEPARTMENT_HEAD', 'intake:register', 'UNIT_AND_BELOW'),
  ('DEPARTMENT_HEAD', 'intake:decide', 'UNIT_AND_BELOW'),
  ('BUREAU_LEADER', 'intake:read', 'UNIT_AND_BELOW'), ('BUREAU_LEADER', 'intake:decide', 'UNIT_AND_BELOW'),
  ('LEGAL_REVIEWER', 'intake:read', 'ALL'), ('CASE_MANAGEMENT', 'intake:read', 'ALL'), ('INSPECTOR', 'intake:read', 'ALL');
