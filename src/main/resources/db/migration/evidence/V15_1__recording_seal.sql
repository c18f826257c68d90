-- A recording is stored under the SHA-256 computed while it streams in (at the disk's speed) and sealed with its SM3
-- right after, from the stored bytes (RecordingSeals): sm3 stays empty until then. Content stored before this change was
-- named by its SM3, so the storage key is kept per recording.
ALTER TABLE evidence_recording ADD COLUMN storage_key CHAR(64);
UPDATE evidence_recording SET storage_key = sm3;
ALTER TABLE evidence_recording ALTER COLUMN storage_key SET NOT NULL;
ALTER TABLE evidence_recording ALTER COLUMN sm3 DROP NOT NULL;
ALTER TABLE evidence_recording ADD CONSTRAINT evidence_recording_sha256_key UNIQUE (sha256);
ALTER TABLE evidence_recording ADD COLUMN sealed_at TIMESTAMPTZ;
UPDATE evidence_recording SET sealed_at = ingested_at;
-- why a seal could not be made (the stored bytes no longer match the SHA-256 taken at ingest, or the file is gone)
ALTER TABLE evidence_recording ADD COLUMN seal_problem VARCHAR(500);
ALTER TABLE evidence_recording ADD CONSTRAINT evidence_recording_sealed CHECK ((sm3 IS NULL) = (sealed_at IS NULL));
CREATE INDEX evidence_recording_unsealed ON evidence_recording (ingested_at) WHERE sm3 IS NULL AND seal_problem IS NULL;
