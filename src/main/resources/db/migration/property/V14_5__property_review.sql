-- property (涉案财物): an item kept for long is reviewed — by its review date the officer extends the keeping with a reason
-- or proposes its disposal. The date is the registration plus zhifa.property.review-interval until an extension records
-- the next one here; the 到期复核 alarm joins the alarms announced to the 工作台.
CREATE TABLE property_review (
  item_id     UUID PRIMARY KEY REFERENCES property_item (id),
  due_at      TIMESTAMPTZ NOT NULL,
  extensions  INT NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL
);
ALTER TABLE property_alert DROP CONSTRAINT property_alert_kind_check;
ALTER TABLE property_alert ADD CONSTRAINT property_alert_kind_check CHECK (kind IN ('LOAN_OVERDUE', 'CASE_CLOSED_UNDISPOSED', 'REVIEW_DUE'));
