-- cases: the case (案件) with its parties, coercive measures and timeline. Statutory clocks live in calendar's
-- statutory_clock (subject coercive-measure / legal-case); this module keeps no copy of due times.

-- One counter per unit, case kind and year: INSERT … ON CONFLICT … RETURNING hands out the next number atomically.
CREATE TABLE case_number_counter (
  unit_id     UUID        NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  year        INT         NOT NULL,
  last_value  INT         NOT NULL,
  PRIMARY KEY (unit_id, kind, year)
);

CREATE TABLE legal_case (
  id                 UUID PRIMARY KEY,
  kind               VARCHAR(20)  NOT NULL CHECK (kind IN ('CRIMINAL', 'ADMINISTRATIVE')),
  number             VARCHAR(24)  NOT NULL UNIQUE,
  unit_id            UUID         NOT NULL,
  offence_code       VARCHAR(20)  NOT NULL REFERENCES offence (code),
  summary            VARCHAR(2000) NOT NULL,
  place              VARCHAR(200) NOT NULL,
  acceptance_id      UUID,
  acceptance_number  VARCHAR(40),
  officer_ids        UUID[]       NOT NULL,
  occurred_at        TIMESTAMPTZ  NOT NULL,
  filed_at           TIMESTAMPTZ  NOT NULL,
  status             VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  closing            VARCHAR(30),
  closing_reason     VARCHAR(500),
  closed_at          TIMESTAMPTZ,
  version            BIGINT       NOT NULL DEFAULT 0,
  CHECK (occurred_at <= filed_at),
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
-- The list query: unit (or units) + status + filing period, newest first, paged. The id breaks ties so pages are stable.
CREATE INDEX legal_case_list_ix ON legal_case (unit_id, status, filed_at DESC, id DESC);
-- Scope "all" without a unit filter, newest first.
CREATE INDEX legal_case_filed_ix ON legal_case (filed_at DESC, id DESC);
-- "my cases" (data scope OWN and the officer filter).
CREATE INDEX legal_case_officer_ix ON legal_case USING gin (officer_ids);

CREATE TABLE party (
  id            UUID PRIMARY KEY,
  case_id       UUID         NOT NULL REFERENCES legal_case (id),
  role          VARCHAR(10)  NOT NULL CHECK (role IN ('SUSPECT', 'VICTIM', 'WITNESS')),
  name          VARCHAR(50)  NOT NULL,
  citizen_id    CHAR(18),
  unidentified  BOOLEAN      NOT NULL,
  birth_date    DATE,
  minor         BOOLEAN      NOT NULL,
  terminated_at TIMESTAMPTZ,
  request_id    UUID UNIQUE,
  version       BIGINT       NOT NULL DEFAULT 0,
  position      SERIAL,
  CHECK (unidentified = (citizen_id IS NULL)),
  CHECK (NOT unidentified OR role = 'SUSPECT')
);
CREATE INDEX party_case_ix ON party (case_id, position);
CREATE UNIQUE INDEX party_citizen_uq ON party (case_id, role, citizen_id) WHERE citizen_id IS NOT NULL;

CREATE TABLE coercive_measure (
  id            UUID PRIMARY KEY,
  case_id       UUID         NOT NULL REFERENCES legal_case (id),
  party_id      UUID         REFERENCES party (id),
  kind          VARCHAR(30)  NOT NULL,
  status        VARCHAR(10)  NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
  outcome       VARCHAR(20),
  officer_ids   UUID[]       NOT NULL,
  started_at    TIMESTAMPTZ  NOT NULL,
  ended_at      TIMESTAMPTZ,
  end_reason    VARCHAR(300),
  note          VARCHAR(500),
  request_id    UUID UNIQUE,
  version       BIGINT       NOT NULL DEFAULT 0,
  CHECK ((status = 'ENDED') = (ended_at IS NOT NULL)),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX coercive_measure_case_ix ON coercive_measure (case_id, started_at);

-- The case timeline: every act, who recorded it and when it happened, and the clocks it started or stopped.
CREATE TABLE case_event (
  id              UUID PRIMARY KEY,
  case_id         UUID         NOT NULL REFERENCES legal_case (id),
  at              TIMESTAMPTZ  NOT NULL,
  recorded_at     TIMESTAMPTZ  NOT NULL,
  actor_username  VARCHAR(32)  NOT NULL,
  actor_name      VARCHAR(50)  NOT NULL,
  kind            VARCHAR(40)  NOT NULL,
  summary         VARCHAR(1000) NOT NULL,
  clocks_started  TEXT[]       NOT NULL DEFAULT '{}',
  clocks_stopped  TEXT[]       NOT NULL DEFAULT '{}',
  seq             BIGSERIAL
);
CREATE INDEX case_event_case_ix ON case_event (case_id, at, seq);
