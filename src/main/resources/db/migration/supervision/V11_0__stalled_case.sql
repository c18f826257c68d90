-- supervision (执法监督), stalled cases (挂案): what the module knows of each open case — fed by case events, never read
-- from the cases module's tables — and the reviews it opens when a case has been idle too long.
CREATE TABLE supervised_case (
  case_id           UUID PRIMARY KEY,
  case_label        VARCHAR(200) NOT NULL,
  unit_id           UUID NOT NULL,
  officer_ids       UUID[] NOT NULL,
  last_activity_at  TIMESTAMPTZ NOT NULL,
  last_activity     VARCHAR(200) NOT NULL,
  quiet_until       TIMESTAMPTZ,            -- an accepted explanation: not flagged again before this time
  closed_at         TIMESTAMPTZ
);
-- the sweep: open cases idle since before a cut-off
CREATE INDEX supervised_case_idle ON supervised_case (last_activity_at) WHERE closed_at IS NULL;

CREATE TABLE stalled_case_review (
  id                    UUID PRIMARY KEY,
  case_id               UUID NOT NULL REFERENCES supervised_case (case_id),
  case_label            VARCHAR(200) NOT NULL,
  unit_id               UUID NOT NULL,
  officer_ids           UUID[] NOT NULL,
  idle_since            TIMESTAMPTZ NOT NULL,
  opened_at             TIMESTAMPTZ NOT NULL,
  state                 VARCHAR(20) NOT NULL CHECK (state IN ('AWAITING_ANSWER', 'CLOSING_PROPOSED', 'EXTENDED', 'RESOLVED')),
  review_clock_id       UUID NOT NULL,
  review_due_at         TIMESTAMPTZ NOT NULL,
  escalation_clock_id   UUID,
  proposal_clock_id     UUID,
  escalated_at          TIMESTAMPTZ,
  answer_reason         VARCHAR(500),
  answered_by           UUID,
  answered_at           TIMESTAMPTZ,
  extended_until        TIMESTAMPTZ,
  decision_reason       VARCHAR(500),
  decided_by            UUID,
  resolution            VARCHAR(200),
  resolved_at           TIMESTAMPTZ,
  version               BIGINT NOT NULL DEFAULT 0
);
-- at most one review in progress per case
CREATE UNIQUE INDEX stalled_case_review_one_open ON stalled_case_review (case_id) WHERE state IN ('AWAITING_ANSWER', 'CLOSING_PROPOSED');
CREATE INDEX stalled_case_review_unit ON stalled_case_review (unit_id, opened_at DESC);
CREATE INDEX stalled_case_review_officers ON stalled_case_review USING gin (officer_ids);
-- the sweep: unanswered reviews past their due time and not yet escalated
CREATE INDEX stalled_case_review_unanswered ON stalled_case_review (review_due_at) WHERE state = 'AWAITING_ANSWER' AND escalated_at IS NULL;
