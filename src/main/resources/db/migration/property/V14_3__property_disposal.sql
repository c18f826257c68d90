-- property (涉案财物): 处置 — returned to the owner, confiscated, destroyed, auctioned or sold early — once the approval
-- module has approved the request (PROPERTY_DISPOSAL, EARLY_RETURN); one row per disposed item, naming the approval.
CREATE TABLE property_disposal (
  item_id            UUID PRIMARY KEY REFERENCES property_item (id),
  method             VARCHAR(30) NOT NULL,
  submission_id      UUID NOT NULL,
  submission_number  VARCHAR(40) NOT NULL,
  approved_by        UUID NOT NULL,
  disposed_at        TIMESTAMPTZ NOT NULL
);
