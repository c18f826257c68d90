-- property (涉案财物): photos of an item, uploaded rather than referenced. The bytes live here, beside the item and its
-- custody chain: a photo (≤ zhifa.property.photo-max-bytes, 10 MiB by default) is written in the same transaction as its
-- "photo-added" chain event and audit entry, is backed up and restored with them, and is read through the item's data
-- scope. Each photo's SM3 is the one its chain event cites; the same image twice on one item is refused.
CREATE TABLE property_photo (
  id           UUID PRIMARY KEY,
  item_id      UUID NOT NULL REFERENCES property_item (id),
  file_name    VARCHAR(200) NOT NULL,
  media_type   VARCHAR(20) NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes   INT NOT NULL CHECK (size_bytes > 0),
  sm3          CHAR(64) NOT NULL,
  content      BYTEA NOT NULL,
  uploaded_at  TIMESTAMPTZ NOT NULL,
  uploaded_by  UUID,
  uploaded_by_name VARCHAR(100) NOT NULL,
  UNIQUE (item_id, sm3)
);
CREATE INDEX property_photo_item ON property_photo (item_id, uploaded_at);
