-- calendar: how long one review step of an approval may wait before the workbench warns and the step is escalated.
-- No statute sets it: bureau policy, marked U (待核实), editable on the 期限规则 page.
INSERT INTO period_rule (code, version, name, trigger_event, unit, length, counting, roll_over, custody_exception, basis,
                         certainty, source, change_reason, changed_at) VALUES
  ('approval.step.response', 1, '审核审批：本环节办理', '呈请送达本环节', 'HOURS', 8, 'START_EXCLUDED', 'NONE', FALSE,
   '本局审核审批制度，非法定期限；涉及羁押的呈请应随到随审，可按本局规定修改', 'U', '本局制度', '初始规则', now()),
  ('approval.step.escalation', 1, '审核审批逾期：上级督办', '审批环节逾期', 'HOURS', 4, 'START_EXCLUDED', 'NONE', FALSE,
   '本局审核审批制度，非法定期限，可按本局规定修改', 'U', '本局制度', '初始规则', now());
