-- Metrics and module information under /actuator (all but health) are for system administrators only.
INSERT INTO permission (code, name, sort_order) VALUES ('system:monitor', '查看系统运行指标', 50);
INSERT INTO role_permission (role, permission, scope) VALUES ('ADMINISTRATOR', 'system:monitor', 'ALL');
