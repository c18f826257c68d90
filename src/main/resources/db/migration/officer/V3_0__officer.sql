-- 民警: the roster. Owned by the officer module. unit_id refers to the organization module's units by id only
-- (no cross-module foreign key); the module checks the unit through organization's API.

CREATE TABLE officer
(
    id                         UUID PRIMARY KEY,
    name                       VARCHAR(32) NOT NULL CONSTRAINT officer_name_not_blank CHECK (btrim(name) <> ''),
    badge_number               VARCHAR(7)  NOT NULL,
    kind                       VARCHAR(16) NOT NULL,
    unit_id                    UUID        NOT NULL,
    roles                      TEXT[]      NOT NULL DEFAULT '{}',
    qualification_level        VARCHAR(16),
    qualification_passed_on    DATE,
    qualification_expires_on   DATE,
    legal_profession_qualified BOOLEAN     NOT NULL DEFAULT FALSE,
    legal_officer_designation  VARCHAR(16),
    phone                      VARCHAR(11) CONSTRAINT officer_phone_format CHECK (phone ~ '^1[0-9]{10}$'),
    active                     BOOLEAN     NOT NULL DEFAULT TRUE,
    deactivation_reason        TEXT,
    version                    BIGINT      NOT NULL DEFAULT 0,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL,
    -- 警号 and 辅警编号 share one namespace; the formats (6 digits / F + 6 digits) keep the series apart
    CONSTRAINT officer_badge_number_unique UNIQUE (badge_number),
    CONSTRAINT officer_badge_number_format CHECK (
        (kind = 'SWORN' AND badge_number ~ '^[0-9]{6}$') OR (kind = 'AUXILIARY' AND badge_number ~ '^F[0-9]{6}$')),
    CONSTRAINT officer_qualification_complete CHECK (
        (qualification_level IS NULL) = (qualification_passed_on IS NULL)
        AND (qualification_level IS NULL) = (qualification_expires_on IS NULL)),
    CONSTRAINT officer_qualification_expires_after_pass CHECK (qualification_expires_on > qualification_passed_on),
    CONSTRAINT officer_designation_iff_legal_officer CHECK (
        (legal_officer_designation IS NOT NULL) = ('LEGAL_OFFICER' = ANY (roles)))
);

-- lists by unit (data scopes) and the unit-deactivation guard
CREATE INDEX officer_unit_idx ON officer (unit_id) INCLUDE (active);
-- the expiring-qualification list
CREATE INDEX officer_qualification_expiry_idx ON officer (qualification_expires_on)
    WHERE active AND qualification_expires_on IS NOT NULL;
