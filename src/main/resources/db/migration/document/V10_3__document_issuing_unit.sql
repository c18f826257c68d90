-- document: a document belongs to its case's unit (data scope) but may be issued in the name of another — a 拘留证 approved
-- by the 县级公安机关负责人 is the bureau's document (发文机关, 文号 series, SM2 key), even though the 派出所 handles the case
-- and keeps seeing it. issuer_unit_id is that issuing unit; null means the document's own unit (every document before this).
ALTER TABLE legal_document ADD COLUMN issuer_unit_id UUID;
ALTER TABLE legal_document DROP CONSTRAINT IF EXISTS legal_document_unit_id_type_code_year_sequence_key;
-- the 文号 is unique in the issuing unit's series
CREATE UNIQUE INDEX legal_document_series ON legal_document (coalesce(issuer_unit_id, unit_id), type_code, year, sequence);
