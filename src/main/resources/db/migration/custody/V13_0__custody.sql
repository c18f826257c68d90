-- custody (执法办案管理中心): one file per person brought in (一人一档) from 入区 to 出区 — the steps in their order
-- (人身安全检查, 随身物品, 信息采集, 讯问/询问, 看管), the rooms of each centre with their occupancy, and the alarms
-- raised on the centre's board. Cases, units and officers are referenced by id only.

CREATE TABLE custody_room (
  id         UUID PRIMARY KEY,
  center_id  UUID NOT NULL,
  name       VARCHAR(40) NOT NULL,
  kind       VARCHAR(20) NOT NULL CHECK (kind IN ('INTERROGATION', 'INQUIRY', 'WAITING', 'SOBERING')),
  capacity   INT NOT NULL CHECK (capacity BETWEEN 1 AND 50),
  active     BOOLEAN NOT NULL,
  version    BIGINT NOT NULL,
  UNIQUE (center_id, name)
);

CREATE SEQUENCE custody_visit_seq;

CREATE TABLE custody_visit (
  id                   UUID PRIMARY KEY,
  number               VARCHAR(20) NOT NULL UNIQUE,
  center_id            UUID NOT NULL,
  unit_id              UUID NOT NULL,
  case_id              UUID,
  case_label           VARCHAR(200),
  case_kind            VARCHAR(20) CHECK (case_kind IN ('CRIMINAL', 'ADMINISTRATIVE')),
  party_id             UUID,
  suspect              BOOLEAN NOT NULL,
  person_name          VARCHAR(50) NOT NULL,
  citizen_id           VARCHAR(18),
  reason               VARCHAR(30) NOT NULL,
  arrived_at           TIMESTAMPTZ NOT NULL,
  escort_ids           UUID[] NOT NULL,
  admitted_by          UUID NOT NULL,
  clock_id             UUID,
  due_at               TIMESTAMPTZ,
  room_id              UUID REFERENCES custody_room (id),
  checked_at           TIMESTAMPTZ,
  belongings_at        TIMESTAMPTZ,
  locker               VARCHAR(20),
  collected_at         TIMESTAMPTZ,
  collected_items      TEXT[] NOT NULL DEFAULT '{}',
  exited_at            TIMESTAMPTZ,
  outcome              VARCHAR(30),
  destination          VARCHAR(100),
  authority            VARCHAR(100),
  version              BIGINT NOT NULL
);
CREATE INDEX custody_visit_inside ON custody_visit (center_id) WHERE exited_at IS NULL;
CREATE INDEX custody_visit_arrived ON custody_visit (arrived_at DESC);
CREATE INDEX custody_visit_unit ON custody_visit (unit_id, arrived_at DESC);
CREATE INDEX custody_visit_room ON custody_visit (room_id) WHERE exited_at IS NULL;
-- one person is inside at most once at a time
CREATE UNIQUE INDEX custody_visit_party_inside ON custody_visit (party_id) WHERE exited_at IS NULL AND party_id IS NOT NULL;
CREATE UNIQUE INDEX custody_visit_citizen_inside ON custody_visit (citizen_id) WHERE exited_at IS NULL AND citizen_id IS NOT NULL;

-- the visit's record (使用管理登记): every step as it was recorded, by whom and when; append-only
CREATE TABLE custody_visit_entry (
  visit_id     UUID NOT NULL REFERENCES custody_visit (id),
  seq          INT NOT NULL,
  kind         VARCHAR(30) NOT NULL,
  at           TIMESTAMPTZ NOT NULL,
  officer_ids  UUID[] NOT NULL,
  recorded_by  UUID,
  recorded_by_name VARCHAR(50) NOT NULL,
  summary      VARCHAR(2000) NOT NULL,
  details      JSONB NOT NULL,
  PRIMARY KEY (visit_id, seq)
);

CREATE TABLE custody_belonging (
  visit_id      UUID NOT NULL REFERENCES custody_visit (id),
  seq           INT NOT NULL,
  description   VARCHAR(200) NOT NULL,
  quantity      INT NOT NULL CHECK (quantity > 0),
  case_related  BOOLEAN NOT NULL,
  disposition   VARCHAR(30) CHECK (disposition IN ('RETURNED', 'SEIZED', 'HANDED_TO_FAMILY', 'TRANSFERRED_WITH_PERSON', 'KEPT')),
  disposed_at   TIMESTAMPTZ,
  note          VARCHAR(200),
  PRIMARY KEY (visit_id, seq)
);

CREATE TABLE custody_questioning (
  id              UUID PRIMARY KEY,
  visit_id        UUID NOT NULL REFERENCES custody_visit (id),
  kind            VARCHAR(20) NOT NULL CHECK (kind IN ('INTERROGATION', 'INQUIRY')),
  room_id         UUID NOT NULL REFERENCES custody_room (id),
  officer_ids     UUID[] NOT NULL,
  full_recording  BOOLEAN NOT NULL,
  started_at      TIMESTAMPTZ NOT NULL,
  ended_at        TIMESTAMPTZ,
  recording_file  VARCHAR(100),
  recording_from  TIMESTAMPTZ,
  recording_to    TIMESTAMPTZ
);
CREATE INDEX custody_questioning_visit ON custody_questioning (visit_id);
CREATE UNIQUE INDEX custody_questioning_open ON custody_questioning (visit_id) WHERE ended_at IS NULL;

CREATE TABLE custody_watch (
  visit_id    UUID NOT NULL REFERENCES custody_visit (id),
  seq         INT NOT NULL,
  watcher_id  UUID NOT NULL,
  watcher_name VARCHAR(50) NOT NULL,
  from_at     TIMESTAMPTZ NOT NULL,
  to_at       TIMESTAMPTZ,
  PRIMARY KEY (visit_id, seq)
);
CREATE UNIQUE INDEX custody_watch_open ON custody_watch (visit_id) WHERE to_at IS NULL;

-- alarms: raised by the evaluation, seen and cleared by a person (or cleared by the system when the condition is gone)
CREATE TABLE custody_alarm (
  id              UUID PRIMARY KEY,
  kind            VARCHAR(40) NOT NULL,
  subject_id      UUID NOT NULL,
  visit_id        UUID,
  room_id         UUID,
  center_id       UUID NOT NULL,
  unit_id         UUID NOT NULL,
  detail          VARCHAR(300) NOT NULL,
  raised_at       TIMESTAMPTZ NOT NULL,
  seen_at         TIMESTAMPTZ,
  seen_by         UUID,
  seen_by_name    VARCHAR(50),
  cleared_at      TIMESTAMPTZ,
  cleared_by      UUID,
  cleared_by_name VARCHAR(50),
  version         BIGINT NOT NULL
);
CREATE UNIQUE INDEX custody_alarm_open ON custody_alarm (kind, subject_id) WHERE cleared_at IS NULL;
CREATE INDEX custody_alarm_center ON custody_alarm (center_id, raised_at DESC);
CREATE INDEX custody_alarm_unit ON custody_alarm (unit_id, raised_at DESC);
CREATE INDEX custody_alarm_visit ON custody_alarm (visit_id);
