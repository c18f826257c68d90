-- workbench (工作台): alarms other modules raise for the officers answerable (AlertsRaised / AlertsCleared), e.g. the
-- 办案中心's 无人看管 or 法定时限即将届满. A row is the alarm as its module described it; the module clears it.
CREATE TABLE workbench_alert (
  source        VARCHAR(40)   NOT NULL,
  alert_id      UUID          NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  detail        VARCHAR(1000) NOT NULL,
  unit_id       UUID          NOT NULL,
  case_id       UUID,
  assignee_ids  UUID[]        NOT NULL DEFAULT '{}',
  link          VARCHAR(300)  NOT NULL,
  raised_at     TIMESTAMPTZ   NOT NULL,
  cleared_at    TIMESTAMPTZ,
  cleared_by    VARCHAR(100),
  PRIMARY KEY (source, alert_id)
);
-- "my alerts": open rows of one officer
CREATE INDEX workbench_alert_assignee_ix ON workbench_alert USING GIN (assignee_ids) WHERE cleared_at IS NULL;
