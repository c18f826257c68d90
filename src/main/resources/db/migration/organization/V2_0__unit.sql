-- 组织机构: the unit tree and its append-only history. Owned by the organization module.

CREATE TABLE unit
(
    id         UUID PRIMARY KEY,
    code       VARCHAR(12) NOT NULL CONSTRAINT unit_code_format CHECK (code ~ '^[0-9]{12}$'),
    name       VARCHAR(64) NOT NULL CONSTRAINT unit_name_not_blank CHECK (btrim(name) <> ''),
    kind       VARCHAR(32) NOT NULL,
    parent_id  UUID REFERENCES unit (id),
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT unit_code_unique UNIQUE (code),
    CONSTRAINT unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    -- only the 市局 is (and must be) the root
    CONSTRAINT unit_root_is_municipal_bureau CHECK ((parent_id IS NULL) = (kind = 'MUNICIPAL_BUREAU'))
);

-- exactly one root
CREATE UNIQUE INDEX unit_single_root ON unit ((parent_id IS NULL)) WHERE parent_id IS NULL;
-- children lookups and the recursive subtree query
CREATE INDEX unit_parent_idx ON unit (parent_id);

CREATE TABLE unit_history
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id        UUID        NOT NULL REFERENCES unit (id),
    occurred_at    TIMESTAMPTZ NOT NULL,
    action         VARCHAR(16) NOT NULL,
    actor_username TEXT        NOT NULL,
    actor_name     TEXT        NOT NULL,
    from_parent_id UUID,
    to_parent_id   UUID,
    old_name       VARCHAR(64),
    new_name       VARCHAR(64),
    reason         TEXT,
    detail         TEXT        NOT NULL
);

CREATE INDEX unit_history_unit_idx ON unit_history (unit_id, id);

-- The history is append-only: no update, delete or truncate, whoever asks.
CREATE FUNCTION unit_history_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'unit_history is append-only (% refused)', TG_OP;
END
$$;

CREATE TRIGGER unit_history_no_update_or_delete
    BEFORE UPDATE OR DELETE ON unit_history
    FOR EACH ROW EXECUTE FUNCTION unit_history_is_append_only();

CREATE TRIGGER unit_history_no_truncate
    BEFORE TRUNCATE ON unit_history
    FOR EACH STATEMENT EXECUTE FUNCTION unit_history_is_append_only();
