-- workbench (工作台): each statutory clock, as the to-do item (待办) of the officers answerable for it. Fed only by the
-- calendar's clock events; a row is the latest clock version seen (an older, late event never overwrites a newer one).
-- The level a user sees (NORMAL / DUE_SOON / OVERDUE) is computed on read from warn_at and due_at; level_reached only
-- records which warnings the scan has already announced, so a restart never repeats them.
CREATE TABLE workbench_task (
  clock_id        UUID PRIMARY KEY,
  clock_version   BIGINT       NOT NULL,
  label           VARCHAR(200) NOT NULL,
  subject_type    VARCHAR(40)  NOT NULL,
  subject_id      UUID         NOT NULL,
  case_id         UUID,
  case_label      VARCHAR(200) NOT NULL,
  unit_id         UUID         NOT NULL,
  assignee_ids    UUID[]       NOT NULL DEFAULT '{}',
  rule_code       VARCHAR(80)  NOT NULL,
  basis           TEXT         NOT NULL,
  started_at      TIMESTAMPTZ  NOT NULL,
  due_at          TIMESTAMPTZ  NOT NULL,
  due_at_text     VARCHAR(40)  NOT NULL,
  warn_at         TIMESTAMPTZ  NOT NULL,
  level_reached   VARCHAR(10)  NOT NULL DEFAULT 'NORMAL' CHECK (level_reached IN ('NORMAL', 'DUE_SOON', 'OVERDUE')),
  done_at         TIMESTAMPTZ,
  done_reason     VARCHAR(200),
  updated_at      TIMESTAMPTZ  NOT NULL,
  CHECK (warn_at <= due_at),
  CHECK ((done_at IS NULL) = (done_reason IS NULL))
);
-- "my tasks": open rows of one officer
CREATE INDEX workbench_task_assignee_ix ON workbench_task USING GIN (assignee_ids) WHERE done_at IS NULL;
-- "unit tasks" and done-today lists
CREATE INDEX workbench_task_unit_due_ix ON workbench_task (unit_id, due_at) WHERE done_at IS NULL;
CREATE INDEX workbench_task_done_ix ON workbench_task (done_at) WHERE done_at IS NOT NULL;
-- the scan: open rows whose warning or overdue notice has not been announced yet, by the instant it falls due
CREATE INDEX workbench_task_warn_pending_ix ON workbench_task (warn_at) WHERE done_at IS NULL AND level_reached = 'NORMAL';
CREATE INDEX workbench_task_overdue_pending_ix ON workbench_task (due_at) WHERE done_at IS NULL AND level_reached <> 'OVERDUE';
