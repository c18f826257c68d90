-- property (涉案财物): 移交 to another agency (检察院, 法院 …) with the case — either the paperwork only, the item staying in
-- the store (实物静止、手续流转), or the item itself leaving with it.
ALTER TABLE property_item
  ADD COLUMN transferred_to       VARCHAR(100),
  ADD COLUMN transfer_document    VARCHAR(100),
  ADD COLUMN transferred_at       TIMESTAMPTZ;
