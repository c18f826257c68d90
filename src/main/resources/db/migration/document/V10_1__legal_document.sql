-- document (法律文书): issued documents, their numbering counters, the issuing units' SM2 keys and the record of service.

-- gap-free numbering: the counter row is taken (INSERT … ON CONFLICT DO UPDATE … RETURNING) in the issuing transaction,
-- so a rolled-back issue rolls its number back with it, and concurrent issuers queue on the row
CREATE TABLE document_number_counter (
  unit_id     UUID NOT NULL,
  type_code   VARCHAR(60) NOT NULL REFERENCES document_type (code),
  year        INT NOT NULL,
  last_value  INT NOT NULL,
  PRIMARY KEY (unit_id, type_code, year)
);

-- one SM2 key pair per issuing unit; the private key encrypted with AES-GCM under zhifa.document.key-secret
CREATE TABLE document_signing_key (
  id                 UUID PRIMARY KEY,
  unit_id            UUID NOT NULL UNIQUE,
  public_key         BYTEA NOT NULL,
  private_key_sealed BYTEA NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE legal_document (
  id               UUID PRIMARY KEY,
  type_code        VARCHAR(60) NOT NULL REFERENCES document_type (code),
  number           VARCHAR(80) NOT NULL,
  unit_id          UUID NOT NULL,
  year             INT NOT NULL,
  sequence         INT NOT NULL,
  issuer_name      VARCHAR(60) NOT NULL,
  case_id          UUID,
  case_label       VARCHAR(200),
  fields           JSONB NOT NULL,
  issued_by        UUID NOT NULL,
  issued_by_name   VARCHAR(60) NOT NULL,
  issued_at        TIMESTAMPTZ NOT NULL,
  corrects         UUID REFERENCES legal_document (id),
  correction_reason VARCHAR(300),
  request_id       VARCHAR(80) UNIQUE,
  pdf              BYTEA NOT NULL,
  sm3              CHAR(64) NOT NULL UNIQUE,
  signature        BYTEA NOT NULL,
  signing_key_id   UUID NOT NULL REFERENCES document_signing_key (id),
  UNIQUE (unit_id, type_code, year, sequence)
);
-- a document is corrected at most once; a later correction corrects the correction
CREATE UNIQUE INDEX legal_document_corrects ON legal_document (corrects) WHERE corrects IS NOT NULL;
CREATE INDEX legal_document_unit_issued ON legal_document (unit_id, issued_at DESC);
-- the 文号 is unique per unit series; two units an administrator gave the same abbreviation could print the same text
CREATE INDEX legal_document_number ON legal_document (number);
CREATE INDEX legal_document_case ON legal_document (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE document_service (
  id            UUID PRIMARY KEY,
  document_id   UUID NOT NULL REFERENCES legal_document (id),
  method        VARCHAR(20) NOT NULL CHECK (method IN ('IN_PERSON', 'MAIL', 'LEFT_AT_RESIDENCE', 'ENTRUSTED', 'ELECTRONIC', 'PUBLIC_NOTICE')),
  served_at     TIMESTAMPTZ NOT NULL,
  recipient     VARCHAR(100) NOT NULL,
  note          VARCHAR(300),
  recorded_by   UUID,
  recorded_by_name VARCHAR(60) NOT NULL,
  recorded_at   TIMESTAMPTZ NOT NULL,
  request_id    VARCHAR(80) UNIQUE
);
CREATE INDEX document_service_document ON document_service (document_id, served_at);

-- issued documents and their service records are immutable: no UPDATE or DELETE path exists, and the database refuses one
CREATE FUNCTION legal_document_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '已签发的法律文书及其送达记录不可修改或删除（%）', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER legal_document_no_change BEFORE UPDATE OR DELETE ON legal_document
  FOR EACH ROW EXECUTE FUNCTION legal_document_immutable();
CREATE TRIGGER document_service_no_change BEFORE UPDATE OR DELETE ON document_service
  FOR EACH ROW EXECUTE FUNCTION legal_document_immutable();
