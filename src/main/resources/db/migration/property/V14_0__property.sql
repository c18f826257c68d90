-- property (涉案财物): the stores of the bureau with their locations down to the shelf or cabinet, every seized, sealed,
-- frozen or otherwise fixed item under a case with its one code (一物一码), the loans out of the store, and the custody
-- chain of each item — an append-only SM3 hash chain of every event from registration to disposal. Cases, units,
-- officers and legal documents are referenced by id only.

CREATE TABLE property_store (
  id         UUID PRIMARY KEY,
  unit_id    UUID NOT NULL,
  parent_id  UUID REFERENCES property_store (id),
  name       VARCHAR(60) NOT NULL,
  kind       VARCHAR(20) NOT NULL CHECK (kind IN ('CENTRAL', 'CASH', 'VEHICLE', 'ELECTRONIC', 'DANGEROUS', 'GENERAL')),
  active     BOOLEAN NOT NULL,
  version    BIGINT NOT NULL,
  UNIQUE (unit_id, name)
);

CREATE TABLE property_location (
  id          UUID PRIMARY KEY,
  store_id    UUID NOT NULL REFERENCES property_store (id),
  code        VARCHAR(30) NOT NULL,
  kind        VARCHAR(20) NOT NULL CHECK (kind IN ('AREA', 'SHELF', 'CABINET', 'SAFE', 'BAY')),
  description VARCHAR(100),
  active      BOOLEAN NOT NULL,
  UNIQUE (store_id, code)
);

CREATE SEQUENCE property_item_seq;

CREATE TABLE property_item (
  id                 UUID PRIMARY KEY,
  code               VARCHAR(30) NOT NULL UNIQUE,
  case_id            UUID NOT NULL,
  case_label         VARCHAR(200) NOT NULL,
  case_kind          VARCHAR(20) NOT NULL CHECK (case_kind IN ('CRIMINAL', 'ADMINISTRATIVE')),
  unit_id            UUID NOT NULL,
  measure            VARCHAR(20) NOT NULL,
  category           VARCHAR(20) NOT NULL,
  description        VARCHAR(200) NOT NULL,
  quantity           NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
  quantity_unit      VARCHAR(10) NOT NULL,
  estimated_value    NUMERIC(14, 2) CHECK (estimated_value >= 0),
  photos             TEXT[] NOT NULL DEFAULT '{}',
  holder_name        VARCHAR(100) NOT NULL,
  holder_id_number   VARCHAR(30),
  document_number    VARCHAR(100) NOT NULL,
  legal_document_id  UUID,
  held               BOOLEAN NOT NULL,
  seized_at          TIMESTAMPTZ NOT NULL,
  seized_by          UUID[] NOT NULL,
  registered_at      TIMESTAMPTZ NOT NULL,
  registered_by      UUID NOT NULL,
  status             VARCHAR(20) NOT NULL,
  store_id           UUID REFERENCES property_store (id),
  location_id        UUID REFERENCES property_location (id),
  handover_clock_id  UUID,
  handover_due_at    TIMESTAMPTZ,
  measure_clock_id   UUID,
  measure_due_at     TIMESTAMPTZ,
  checked_in_at      TIMESTAMPTZ,
  checked_in_by      UUID,
  chain_length       INT NOT NULL,
  chain_head         CHAR(64) NOT NULL,
  version            BIGINT NOT NULL
);
CREATE INDEX property_item_case ON property_item (case_id, registered_at);
CREATE INDEX property_item_unit ON property_item (unit_id, registered_at DESC);
CREATE INDEX property_item_location ON property_item (location_id) WHERE location_id IS NOT NULL;
CREATE INDEX property_item_pending ON property_item (handover_due_at) WHERE status = 'PENDING_HANDOVER';

-- 调用: an item taken out of the store for 讯问/鉴定/辨认/检验, approved by the 办案部门负责人, back by a date
CREATE TABLE property_loan (
  id              UUID PRIMARY KEY,
  item_id         UUID NOT NULL REFERENCES property_item (id),
  purpose         VARCHAR(20) NOT NULL,
  reason          VARCHAR(200) NOT NULL,
  borrower_id     UUID NOT NULL,
  due_back_at     TIMESTAMPTZ NOT NULL,
  requested_at    TIMESTAMPTZ NOT NULL,
  requested_by    UUID NOT NULL,
  status          VARCHAR(20) NOT NULL,
  approved_by     UUID,
  approved_at     TIMESTAMPTZ,
  out_at          TIMESTAMPTZ,
  out_by          UUID,
  returned_at     TIMESTAMPTZ,
  returned_to     UUID,
  condition_ok    BOOLEAN,
  condition_note  VARCHAR(500),
  version         BIGINT NOT NULL
);
CREATE INDEX property_loan_item ON property_loan (item_id, requested_at DESC);
CREATE UNIQUE INDEX property_loan_open ON property_loan (item_id) WHERE status IN ('REQUESTED', 'APPROVED', 'OUT');
CREATE INDEX property_loan_due ON property_loan (due_back_at) WHERE status = 'OUT';

-- the custody chain (实物静止、手续流转): every event of an item, each linked to the one before by SM3; append-only
CREATE TABLE property_chain_event (
  item_id     UUID NOT NULL REFERENCES property_item (id),
  seq         INT NOT NULL,
  item_code   VARCHAR(30) NOT NULL,
  kind        VARCHAR(30) NOT NULL,
  actor_id    UUID,
  actor_name  VARCHAR(100) NOT NULL,
  unit_id     UUID,
  at          TIMESTAMPTZ NOT NULL,
  location    VARCHAR(200),
  document    VARCHAR(200),
  details     TEXT NOT NULL,
  prev_hash   CHAR(64) NOT NULL,
  hash        CHAR(64) NOT NULL,
  PRIMARY KEY (item_id, seq)
);

CREATE FUNCTION property_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '涉案财物流转记录不可修改或删除 (property chain events are append-only)';
END;
$$;

CREATE TRIGGER property_chain_event_append_only BEFORE UPDATE OR DELETE ON property_chain_event
  FOR EACH ROW EXECUTE FUNCTION property_chain_append_only();
CREATE TRIGGER property_chain_event_no_truncate BEFORE TRUNCATE ON property_chain_event
  FOR EACH STATEMENT EXECUTE FUNCTION property_chain_append_only();
