-- intake (接处警): incidents (警情) as they come in, and the per-unit, per-day counters their numbers are drawn from.
-- A number is J/S/H + the unit's 12-digit code + yyyyMMdd + a 4-digit sequence; the counter row is created or bumped
-- in one INSERT … ON CONFLICT … DO UPDATE … RETURNING, so two desks registering at once never get the same number.
CREATE TABLE intake_counter (
  prefix   CHAR(1) NOT NULL,
  unit_id  UUID    NOT NULL,
  day      DATE    NOT NULL,
  last     INT     NOT NULL,
  PRIMARY KEY (prefix, unit_id, day)
);

CREATE TABLE incident (
  id                   UUID PRIMARY KEY,
  number               VARCHAR(30)  NOT NULL UNIQUE,
  request_id           UUID         NOT NULL UNIQUE,
  unit_id              UUID         NOT NULL,
  source               VARCHAR(20)  NOT NULL,
  received_at          TIMESTAMPTZ  NOT NULL,
  occurred_at          TIMESTAMPTZ,
  place                VARCHAR(200) NOT NULL,
  reporter_name        VARCHAR(50)  NOT NULL,
  reporter_phone       VARCHAR(20),
  reporter_citizen_id  VARCHAR(18),
  summary              VARCHAR(2000) NOT NULL,
  officer_ids          UUID[]       NOT NULL,
  status               VARCHAR(20)  NOT NULL,
  disposition_note     VARCHAR(500),
  disposed_at          TIMESTAMPTZ,
  transfer_to          VARCHAR(100),
  handed_over_at       TIMESTAMPTZ,
  transfer_clock_id    UUID,
  merged_into_id       UUID REFERENCES incident (id),
  acceptance_id        UUID,
  created_at           TIMESTAMPTZ  NOT NULL,
  created_by           VARCHAR(64)  NOT NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  CHECK ((status = 'OPEN') = (disposed_at IS NULL))
);
CREATE INDEX incident_unit_received_ix ON incident (unit_id, received_at DESC);
CREATE INDEX incident_status_ix ON incident (status);
