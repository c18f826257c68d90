-- evidence (证据与视音频): the recording devices (执法记录仪 issued to an officer, 同步录音录像 of a custody room), the
-- recordings ingested from them — content-addressed by SM3, with SHA-256 beside it — and how each was linked to an incident,
-- a case or a questioning session; and the evidence records (证据) of a case. Units, officers, rooms, sessions, incidents,
-- cases, documents and property items are referenced by id only.

CREATE TABLE evidence_device (
  id          UUID PRIMARY KEY,
  code        VARCHAR(40) NOT NULL UNIQUE,
  kind        VARCHAR(20) NOT NULL CHECK (kind IN ('BODY_CAMERA', 'ROOM_RECORDER')),
  unit_id     UUID NOT NULL,
  officer_id  UUID,
  room_id     UUID,
  label       VARCHAR(100) NOT NULL,
  active      BOOLEAN NOT NULL,
  version     BIGINT NOT NULL,
  CHECK ((kind = 'BODY_CAMERA') = (officer_id IS NOT NULL)),
  CHECK ((kind = 'ROOM_RECORDER') = (room_id IS NOT NULL))
);
CREATE INDEX evidence_device_unit ON evidence_device (unit_id);

CREATE SEQUENCE evidence_recording_seq;

CREATE TABLE evidence_recording (
  id             UUID PRIMARY KEY,
  number         VARCHAR(30) NOT NULL UNIQUE,
  device_id      UUID NOT NULL REFERENCES evidence_device (id),
  kind           VARCHAR(20) NOT NULL CHECK (kind IN ('BODY_CAMERA', 'ROOM_RECORDER')),
  unit_id        UUID NOT NULL,
  officer_id     UUID,
  badge          VARCHAR(20),
  room_id        UUID,
  started_at     TIMESTAMPTZ NOT NULL,
  ended_at       TIMESTAMPTZ NOT NULL CHECK (ended_at > started_at),
  location       VARCHAR(200),
  file_name      VARCHAR(200) NOT NULL,
  media_type     VARCHAR(100) NOT NULL,
  size_bytes     BIGINT NOT NULL CHECK (size_bytes > 0),
  sm3            CHAR(64) NOT NULL UNIQUE,
  sha256         CHAR(64) NOT NULL,
  source         VARCHAR(10) NOT NULL CHECK (source IN ('UPLOAD', 'FOLDER')),
  ingested_at    TIMESTAMPTZ NOT NULL,
  ingested_by    VARCHAR(50) NOT NULL,
  link_status    VARCHAR(20) NOT NULL CHECK (link_status IN ('LINKED', 'UNMATCHED', 'NOT_CASE_RELATED')),
  target_kind    VARCHAR(20) CHECK (target_kind IN ('QUESTIONING', 'INCIDENT', 'CASE')),
  target_id      UUID,
  target_label   VARCHAR(200),
  target_unit_id UUID,
  case_id        UUID,
  link_method    VARCHAR(10) CHECK (link_method IN ('AUTO', 'MANUAL')),
  link_rule      VARCHAR(40),
  borderline     BOOLEAN NOT NULL DEFAULT false,
  link_reason    VARCHAR(1000),
  link_details   JSONB NOT NULL DEFAULT '{}',
  linked_at      TIMESTAMPTZ,
  linked_by      VARCHAR(50),
  version        BIGINT NOT NULL,
  CHECK ((link_status = 'LINKED') = (target_id IS NOT NULL))
);
CREATE INDEX evidence_recording_unit ON evidence_recording (unit_id, started_at DESC);
CREATE INDEX evidence_recording_target_unit ON evidence_recording (target_unit_id, started_at DESC);
CREATE INDEX evidence_recording_unmatched ON evidence_recording (unit_id) WHERE link_status = 'UNMATCHED';
CREATE INDEX evidence_recording_target ON evidence_recording (target_id);
CREATE INDEX evidence_recording_case ON evidence_recording (case_id);
CREATE INDEX evidence_recording_room ON evidence_recording (room_id, started_at);

CREATE TABLE evidence_record (
  id                UUID PRIMARY KEY,
  case_id           UUID NOT NULL,
  unit_id           UUID NOT NULL,
  kind              VARCHAR(30) NOT NULL,
  title             VARCHAR(200) NOT NULL,
  description       VARCHAR(2000),
  source            VARCHAR(200) NOT NULL,
  collected_at      TIMESTAMPTZ NOT NULL,
  document_id       UUID,
  recording_id      UUID REFERENCES evidence_recording (id),
  property_item_id  UUID,
  transcript        VARCHAR(200),
  created_at        TIMESTAMPTZ NOT NULL,
  created_by        VARCHAR(50) NOT NULL,
  version           BIGINT NOT NULL
);
CREATE INDEX evidence_record_case ON evidence_record (case_id, collected_at);
