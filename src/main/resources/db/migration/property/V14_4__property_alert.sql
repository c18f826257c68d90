-- property (涉案财物): the alarms that are not statutory clocks — a loan not back by its date, an item still kept after its
-- case closed — as announced to the 工作台 (shared AlertsRaised / AlertsCleared): one row per alarm while its condition holds,
-- cleared when it no longer does. The hand-over and measure periods are calendar clocks and reach the workbench as tasks.
CREATE TABLE property_alert (
  id          UUID PRIMARY KEY,
  kind        VARCHAR(30) NOT NULL CHECK (kind IN ('LOAN_OVERDUE', 'CASE_CLOSED_UNDISPOSED')),
  subject_id  UUID NOT NULL,
  item_id     UUID NOT NULL REFERENCES property_item (id),
  raised_at   TIMESTAMPTZ NOT NULL,
  cleared_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX property_alert_open ON property_alert (kind, subject_id) WHERE cleared_at IS NULL;
