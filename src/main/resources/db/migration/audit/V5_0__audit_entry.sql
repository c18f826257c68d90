-- 审计日志: the append-only, SM3 hash-chained audit trail (module org.zhifa.audit).
--
-- A row is inserted unsealed (sequence, previous_hash and hash NULL) in the transaction of the write it
-- audits; the sealer later assigns the chain sequence and the hashes exactly once. The chain order is
-- `sequence`, not `id`: transactions commit in a different order than they drew their ids.
--
-- Scale path: at tens of millions of rows, partition by range of occurred_at (monthly) and keep these
-- indexes per partition; verification walks `sequence`, which stays globally unique across partitions.
CREATE TABLE audit_entry
(
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sequence           BIGINT,
  occurred_at        TIMESTAMPTZ  NOT NULL,
  actor_account_id   UUID,
  actor_username     VARCHAR(64)  NOT NULL,
  actor_display_name VARCHAR(100) NOT NULL,
  actor_officer_id   UUID,
  actor_unit_id      UUID,
  action             VARCHAR(100) NOT NULL,
  subject_type       VARCHAR(64)  NOT NULL,
  subject_id         VARCHAR(200) NOT NULL,
  summary            VARCHAR(4000) NOT NULL,
  previous_hash      CHAR(64),
  hash               CHAR(64),
  CONSTRAINT audit_entry_sequence_unique UNIQUE (sequence),
  CONSTRAINT audit_entry_sequence_positive CHECK (sequence > 0),
  CONSTRAINT audit_entry_sealed_together CHECK (
    (sequence IS NULL AND previous_hash IS NULL AND hash IS NULL)
    OR (sequence IS NOT NULL AND previous_hash IS NOT NULL AND hash IS NOT NULL))
);

COMMENT ON TABLE audit_entry IS '审计日志：只追加，SM3 哈希链（hash = SM3(previous_hash || 规范化内容)）';

-- The sealer's work queue: committed rows still waiting for a sequence, in id order. Stays tiny.
CREATE INDEX audit_entry_pending ON audit_entry (id) WHERE sequence IS NULL;

-- List filters; the list is ordered newest first by id, so each equality filter carries id for an
-- index-ordered backward scan that stops after one page.
CREATE INDEX audit_entry_by_actor ON audit_entry (actor_username, id);
CREATE INDEX audit_entry_by_action ON audit_entry (action, id);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject_type, subject_id, id);
CREATE INDEX audit_entry_by_unit ON audit_entry (actor_unit_id, id);   -- data scope UNIT / UNIT_AND_BELOW
CREATE INDEX audit_entry_by_account ON audit_entry (actor_account_id, id); -- data scope OWN
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at);

-- Append-only in the database as well. This is defence in depth only: the hash chain detects changes
-- made by anyone who can bypass the trigger (a superuser, a restored dump).
CREATE FUNCTION audit_entry_append_only() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION '审计日志只可追加，不可删除 (audit_entry is append-only: % refused)', TG_OP;
  END IF;
  -- the sealer's single update: sequence and hashes go from NULL to their values, nothing else changes
  IF OLD.sequence IS NOT NULL OR OLD.previous_hash IS NOT NULL OR OLD.hash IS NOT NULL THEN
    RAISE EXCEPTION '已封存的审计记录不可修改 (sealed audit entry % is immutable)', OLD.sequence;
  END IF;
  IF (NEW.id, NEW.occurred_at, NEW.actor_account_id, NEW.actor_username, NEW.actor_display_name,
      NEW.actor_officer_id, NEW.actor_unit_id, NEW.action, NEW.subject_type, NEW.subject_id, NEW.summary)
     IS DISTINCT FROM
     (OLD.id, OLD.occurred_at, OLD.actor_account_id, OLD.actor_username, OLD.actor_display_name,
      OLD.actor_officer_id, OLD.actor_unit_id, OLD.action, OLD.subject_type, OLD.subject_id, OLD.summary) THEN
    RAISE EXCEPTION '审计记录内容不可修改 (content of audit entry % is immutable)', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
