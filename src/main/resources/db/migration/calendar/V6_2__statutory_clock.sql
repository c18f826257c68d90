-- calendar: the statutory clocks of all modules. A row starts RUNNING when the triggering act is recorded and is
-- STOPPED by the act that meets it; the due time, the rule version used and the sentence explaining it are kept, so a
-- later rule revision never rewrites what an officer was told. The partial index serves the warning scan.
CREATE TABLE statutory_clock (
  id              UUID PRIMARY KEY,
  label           VARCHAR(200) NOT NULL,
  subject_type    VARCHAR(40)  NOT NULL,
  subject_id      UUID         NOT NULL,
  case_id         UUID,
  case_label      VARCHAR(200) NOT NULL,
  unit_id         UUID         NOT NULL,
  officer_ids     UUID[]       NOT NULL DEFAULT '{}',
  started_at      TIMESTAMPTZ  NOT NULL,
  in_custody      BOOLEAN      NOT NULL,
  extensions      TEXT[]       NOT NULL DEFAULT '{}',
  excluded        TEXT         NOT NULL DEFAULT '',
  restart_at      TIMESTAMPTZ,
  restart_reason  VARCHAR(100),
  rule_code       VARCHAR(80)  NOT NULL,
  rule_version    INT          NOT NULL,
  due_at          TIMESTAMPTZ  NOT NULL,
  due_at_text     VARCHAR(40)  NOT NULL,
  basis           TEXT         NOT NULL,
  steps           TEXT         NOT NULL,
  state           VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'STOPPED')),
  stopped_at      TIMESTAMPTZ,
  stop_reason     VARCHAR(200),
  version         BIGINT       NOT NULL DEFAULT 0,
  CHECK ((state = 'STOPPED') = (stopped_at IS NOT NULL))
);
CREATE INDEX statutory_clock_running_due_ix ON statutory_clock (due_at) WHERE state = 'RUNNING';
CREATE INDEX statutory_clock_case_ix ON statutory_clock (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX statutory_clock_subject_ix ON statutory_clock (subject_type, subject_id);
