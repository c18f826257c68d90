-- property (涉案财物): when the case closes, its items still kept must be disposed of promptly (涉案财物管理若干规定 art 14,
-- 18); the closing time is kept on each item for the "结案未处置" alarm.
ALTER TABLE property_item ADD COLUMN case_closed_at TIMESTAMPTZ;
CREATE INDEX property_item_case_closed ON property_item (case_closed_at) WHERE case_closed_at IS NOT NULL;
