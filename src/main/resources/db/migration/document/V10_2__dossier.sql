-- document (法律文书): the electronic dossier (电子卷宗). Which volume each document type is filed in is data, and every
-- export of a volume is kept — its PDF, its signed manifest of item hashes — so exports can be listed, verified and diffed.

-- 诉讼卷 (LITIGATION) goes to the procuratorate with the case: the documents that prove the filing, every coercive measure
-- and investigative act it has to review (公安机关办理刑事案件程序规定 第二百八十九条: 起诉意见书 with the case file, 卷宗材料).
-- 侦查卷 (INVESTIGATION) stays with the bureau: receipts handed to reporters, refusals, transfers, withdrawals and the
-- administrative-case documents, which never go to a procuratorate. Internal 呈请 reports will join it when approval issues them.
ALTER TABLE document_type ADD COLUMN dossier_volume VARCHAR(20) NOT NULL DEFAULT 'INVESTIGATION'
  CHECK (dossier_volume IN ('LITIGATION', 'INVESTIGATION'));

UPDATE document_type SET dossier_volume = 'LITIGATION' WHERE code IN (
  'FILING_DECISION', 'SUMMONS', 'COMPELLED_APPEARANCE_WARRANT', 'DETENTION_WARRANT', 'DETENTION_NOTICE', 'ARREST_REQUEST',
  'ARREST_WARRANT', 'ARREST_NOTICE', 'BAIL_DECISION', 'RESIDENTIAL_SURVEILLANCE_DECISION', 'RESIDENTIAL_SURVEILLANCE_NOTICE',
  'RELEASE_NOTICE', 'SEARCH_WARRANT', 'SEIZURE_DECISION', 'SEIZURE_LIST', 'SEALING_DECISION', 'PROSECUTION_OPINION');

-- one row per export of one volume of one case; sequence counts the exports of that volume (第 N 次导出)
CREATE TABLE dossier_export (
  id                UUID PRIMARY KEY,
  case_id           UUID NOT NULL,
  case_label        VARCHAR(200) NOT NULL,
  volume            VARCHAR(20) NOT NULL CHECK (volume IN ('LITIGATION', 'INVESTIGATION')),
  sequence          INT NOT NULL,
  unit_id           UUID NOT NULL,
  unit_name         VARCHAR(200) NOT NULL,
  exported_by       UUID,
  exported_by_name  VARCHAR(60) NOT NULL,
  exported_at       TIMESTAMPTZ NOT NULL,
  item_count        INT NOT NULL,
  page_count        INT NOT NULL,
  pdf               BYTEA NOT NULL,
  pdf_sm3           CHAR(64) NOT NULL,
  -- the manifest exactly as signed (compact JSON text, not jsonb: jsonb would reorder members and break the signature)
  manifest          TEXT NOT NULL,
  manifest_sm3      CHAR(64) NOT NULL,
  signature         BYTEA NOT NULL,
  signing_key_id    UUID NOT NULL REFERENCES document_signing_key (id),
  UNIQUE (case_id, volume, sequence)
);
CREATE INDEX dossier_export_case ON dossier_export (case_id, exported_at DESC);

-- an export is a record of what was handed over: it never changes
CREATE TRIGGER dossier_export_no_change BEFORE UPDATE OR DELETE ON dossier_export
  FOR EACH ROW EXECUTE FUNCTION legal_document_immutable();
