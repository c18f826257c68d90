-- intake (受案): the acceptance of an incident as a criminal or administrative matter, with the evidence handed in on
-- the spot (接受证据材料清单), the receipt (受案回执) with its query code, and the filing decision with its 复议 and 复核.
-- running_clock_id is the statutory clock the acceptance currently waits on (calendar.statutory_clock, by id only).
CREATE TABLE acceptance (
  id                          UUID PRIMARY KEY,
  number                      VARCHAR(30)  NOT NULL UNIQUE,
  receipt_number              VARCHAR(30)  NOT NULL UNIQUE,
  query_code                  CHAR(8)      NOT NULL UNIQUE,
  request_id                  UUID         NOT NULL UNIQUE,
  incident_id                 UUID         NOT NULL UNIQUE REFERENCES incident (id),
  unit_id                     UUID         NOT NULL,
  kind                        VARCHAR(20)  NOT NULL,
  accepted_at                 TIMESTAMPTZ  NOT NULL,
  officer_ids                 UUID[]       NOT NULL,
  status                      VARCHAR(20)  NOT NULL,
  running_clock_id            UUID,
  decision_reason             VARCHAR(500),
  offence_code                VARCHAR(40),
  decided_at                  TIMESTAMPTZ,
  case_id                     UUID,
  refusal_notice_served_at    TIMESTAMPTZ,
  reconsideration_applied_at  TIMESTAMPTZ,
  reconsideration_decided_at  TIMESTAMPTZ,
  reconsideration_outcome     VARCHAR(20),
  review_applied_at           TIMESTAMPTZ,
  review_decided_at           TIMESTAMPTZ,
  review_outcome              VARCHAR(20),
  created_by                  VARCHAR(64)  NOT NULL,
  version                     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX acceptance_unit_accepted_ix ON acceptance (unit_id, accepted_at DESC);

CREATE TABLE acceptance_evidence (
  acceptance_id  UUID         NOT NULL REFERENCES acceptance (id),
  position       INT          NOT NULL,
  name           VARCHAR(100) NOT NULL,
  quantity       INT          NOT NULL CHECK (quantity > 0),
  description    VARCHAR(500),
  PRIMARY KEY (acceptance_id, position)
);
