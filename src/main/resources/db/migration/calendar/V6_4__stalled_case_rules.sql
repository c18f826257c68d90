-- calendar: the time limits of the stalled-case review (挂案清理). No statute sets them: they are bureau policy, marked
-- U (待核实) so that every bureau checks them against its own 执法监督 rules and edits them on the 期限规则 page.
INSERT INTO period_rule (code, version, name, trigger_event, unit, length, counting, roll_over, custody_exception, basis,
                         certainty, source, change_reason, changed_at) VALUES
  ('supervision.stalled-case.review', 1, '挂案清理：办案民警说明或提出结案建议', '案件长期无进展', 'DAYS', 7, 'START_EXCLUDED', 'ROLL_TO_NEXT_WORKDAY', FALSE,
   '本局执法监督制度（挂案清理），非法定期限，可按本局规定修改', 'U', '本局制度', '初始规则', now()),
  ('supervision.stalled-case.escalation', 1, '挂案清理逾期：办案部门负责人督办', '挂案说明逾期', 'DAYS', 3, 'START_EXCLUDED', 'ROLL_TO_NEXT_WORKDAY', FALSE,
   '本局执法监督制度（挂案清理），非法定期限，可按本局规定修改', 'U', '本局制度', '初始规则', now()),
  ('supervision.stalled-case.closing-proposal', 1, '挂案清理：审查办案民警的结案建议', '提出结案建议', 'DAYS', 7, 'START_EXCLUDED', 'ROLL_TO_NEXT_WORKDAY', FALSE,
   '本局执法监督制度（挂案清理），非法定期限，可按本局规定修改', 'U', '本局制度', '初始规则', now());
