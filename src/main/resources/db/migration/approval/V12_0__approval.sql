-- approval (审核审批): request types, the policy table that maps each request type and its conditions to an ordered
-- chain of review steps (data, versioned: an edit inserts a new version, a submission keeps the version it was routed
-- by), submissions with their steps, and the history of every action and opinion.

CREATE TABLE approval_request_type (
  code           VARCHAR(40) PRIMARY KEY,
  name           VARCHAR(40) NOT NULL UNIQUE,
  case_kind      VARCHAR(20) CHECK (case_kind IN ('CRIMINAL', 'ADMINISTRATIVE')),
  party_required BOOLEAN NOT NULL,
  document_type  VARCHAR(60) REFERENCES document_type (code),
  effect         VARCHAR(100) NOT NULL,
  basis          VARCHAR(200) NOT NULL,
  sort_order     INT NOT NULL
);

-- one row per policy version; the current version of a policy is the highest; retired policies keep their rows
CREATE TABLE approval_policy (
  id              UUID NOT NULL,
  version         INT NOT NULL CHECK (version > 0),
  request_type    VARCHAR(40) NOT NULL REFERENCES approval_request_type (code),
  name            VARCHAR(80) NOT NULL,
  priority        INT NOT NULL,
  case_kind       VARCHAR(20) CHECK (case_kind IN ('CRIMINAL', 'ADMINISTRATIVE')),
  unit_kind       VARCHAR(30),
  min_amount      NUMERIC(14, 2),
  max_amount      NUMERIC(14, 2),
  penalty_kinds   TEXT[],
  minor_involved  BOOLEAN,
  major_case      BOOLEAN,
  steps           TEXT[] NOT NULL CHECK (cardinality(steps) BETWEEN 1 AND 8),
  basis           VARCHAR(300) NOT NULL,
  certainty       CHAR(1) NOT NULL CHECK (certainty IN ('V', 'P', 'U')),
  active          BOOLEAN NOT NULL,
  change_reason   VARCHAR(200) NOT NULL,
  changed_at      TIMESTAMPTZ NOT NULL,
  changed_by      VARCHAR(32),
  PRIMARY KEY (id, version)
);
CREATE INDEX approval_policy_type ON approval_policy (request_type, priority);

CREATE TABLE approval_submission (
  id               UUID PRIMARY KEY,
  number           VARCHAR(30) NOT NULL UNIQUE,
  request_type     VARCHAR(40) NOT NULL REFERENCES approval_request_type (code),
  case_id          UUID NOT NULL,
  case_label       VARCHAR(200) NOT NULL,
  case_kind        VARCHAR(20) NOT NULL,
  unit_id          UUID NOT NULL,
  party_id         UUID,
  party_name       VARCHAR(60),
  title            VARCHAR(200) NOT NULL,
  facts            VARCHAR(4000) NOT NULL,
  reasons          VARCHAR(2000) NOT NULL,
  legal_basis      VARCHAR(500) NOT NULL,
  amount           NUMERIC(14, 2),
  penalty_kind     VARCHAR(20),
  major_case       BOOLEAN NOT NULL,
  minor_involved   BOOLEAN NOT NULL,
  params           JSONB NOT NULL,
  document_fields  JSONB NOT NULL,
  officer_ids      UUID[] NOT NULL,
  submitted_by     UUID NOT NULL,
  submitted_by_name VARCHAR(60) NOT NULL,
  submitted_at     TIMESTAMPTZ NOT NULL,
  policy_id        UUID NOT NULL,
  policy_version   INT NOT NULL,
  state            VARCHAR(20) NOT NULL CHECK (state IN ('IN_REVIEW', 'WITH_SUBMITTER', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  current_step     INT NOT NULL,
  round            INT NOT NULL,
  waiting_since    TIMESTAMPTZ NOT NULL,
  step_clock_id    UUID,
  step_due_at      TIMESTAMPTZ,
  escalated_at     TIMESTAMPTZ,
  candidate_ids    UUID[] NOT NULL,
  decided_at       TIMESTAMPTZ,
  document_id      UUID,
  document_number  VARCHAR(60),
  request_key      UUID UNIQUE,
  version          BIGINT NOT NULL DEFAULT 0,
  FOREIGN KEY (policy_id, policy_version) REFERENCES approval_policy (id, version)
);
-- the inbox: submissions waiting for me
CREATE INDEX approval_submission_candidates ON approval_submission USING gin (candidate_ids) WHERE state = 'IN_REVIEW';
CREATE INDEX approval_submission_unit ON approval_submission (unit_id, submitted_at DESC);
CREATE INDEX approval_submission_case ON approval_submission (case_id, submitted_at);
CREATE INDEX approval_submission_submitter ON approval_submission (submitted_by, submitted_at DESC);
-- the escalation sweep: waiting steps past their due time, not escalated yet
CREATE INDEX approval_submission_overdue ON approval_submission (step_due_at) WHERE state = 'IN_REVIEW' AND escalated_at IS NULL;

-- the chain of a submission, copied from the policy when submitted (later edits of the policy do not change it);
-- an added reviewer inserts a step with a named officer; a delegation names a deputy for one step
CREATE TABLE approval_step (
  submission_id   UUID NOT NULL REFERENCES approval_submission (id),
  position        INT NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  assignee_id     UUID,
  deputy_id       UUID,
  delegated_by    UUID,
  delegation_reason VARCHAR(300),
  state           VARCHAR(20) NOT NULL CHECK (state IN ('PENDING', 'APPROVED')),
  acted_by        UUID,
  acted_by_name   VARCHAR(60),
  on_behalf_of    UUID,
  acted_at        TIMESTAMPTZ,
  opinion         VARCHAR(2000),
  PRIMARY KEY (submission_id, position)
);

-- every action in order: the history of opinions
CREATE TABLE approval_action (
  id              UUID PRIMARY KEY,
  submission_id   UUID NOT NULL REFERENCES approval_submission (id),
  seq             INT NOT NULL,
  action          VARCHAR(30) NOT NULL,
  step_position   INT,
  step_kind       VARCHAR(30),
  round           INT NOT NULL,
  actor_id        UUID,
  actor_name      VARCHAR(60) NOT NULL,
  on_behalf_of    UUID,
  on_behalf_of_name VARCHAR(60),
  opinion         VARCHAR(2000),
  at              TIMESTAMPTZ NOT NULL,
  deliberation    JSONB,
  UNIQUE (submission_id, seq)
);
CREATE INDEX approval_action_actor ON approval_action (actor_id, step_kind);

INSERT INTO approval_request_type (code, name, case_kind, party_required, document_type, effect, basis, sort_order) VALUES
  ('FILING',                  '立案',            'CRIMINAL',       FALSE, 'FILING_DECISION',                   '签发立案决定书', '刑规178', 10),
  ('FILING_REFUSAL',          '不予立案',        'CRIMINAL',       FALSE, 'FILING_REFUSAL_NOTICE',             '签发不予立案通知书', '刑规178、180', 20),
  ('SUMMONS_24H',             '传唤（延长至24小时）', 'CRIMINAL',   TRUE,  NULL,                                '记入审批；传唤时限按24小时计算须在传唤时选择', '刑规198', 30),
  ('COMPELLED_APPEARANCE',    '拘传',            'CRIMINAL',       TRUE,  'COMPELLED_APPEARANCE_WARRANT',      '开始拘传及其时限', '刑规78—79', 40),
  ('CRIMINAL_DETENTION',      '刑事拘留',        'CRIMINAL',       TRUE,  'DETENTION_WARRANT',                 '开始刑事拘留及其期限', '刑规125', 50),
  ('DETENTION_EXTENSION',     '延长提请逮捕期限', 'CRIMINAL',      TRUE,  NULL,                                '延长提请批准逮捕期限', '刑规129', 60),
  ('ARREST_REQUEST',          '提请批准逮捕',    'CRIMINAL',       TRUE,  'ARREST_REQUEST',                    '开始提请批准逮捕及检察院审查期限', '刑规137；刑事诉讼法第八十七条', 70),
  ('BAIL',                    '取保候审',        'CRIMINAL',       TRUE,  'BAIL_DECISION',                     '开始取保候审及其期限', '刑规83、86', 80),
  ('RESIDENTIAL_SURVEILLANCE','监视居住',        'CRIMINAL',       TRUE,  'RESIDENTIAL_SURVEILLANCE_DECISION', '开始监视居住及其期限', '刑规110—113', 90),
  ('SEIZURE',                 '扣押',            NULL,             FALSE, 'SEIZURE_DECISION',                  '刑事：签发扣押决定书；行政：开始扣押及其期限', '刑规228；行规107—112', 100),
  ('SEALING',                 '查封',            NULL,             FALSE, 'SEALING_DECISION',                  '签发查封决定书', '刑规228', 110),
  ('FREEZING',                '冻结',            NULL,             FALSE, NULL,                                '记入审批（冻结财产通知书由涉案财物模块出具）', '刑规237', 120),
  ('CASE_WITHDRAWAL',         '撤销案件',        'CRIMINAL',       FALSE, 'CASE_WITHDRAWAL_DECISION',          '撤销案件，停止案件全部期限', '刑规186—188', 130),
  ('PROSECUTION_TRANSFER',    '移送审查起诉',    'CRIMINAL',       FALSE, 'PROSECUTION_OPINION',               '移送审查起诉，结案', '刑规289', 140),
  ('ADMINISTRATIVE_PENALTY',  '行政处罚',        'ADMINISTRATIVE', TRUE,  'ADMINISTRATIVE_PENALTY_DECISION',   '作出行政处罚决定，结案', '行规173、175；治安管理处罚法（2025）第一百零九条', 150),
  ('NO_PENALTY',              '不予处罚',        'ADMINISTRATIVE', TRUE,  'NO_PENALTY_DECISION',               '作出不予行政处罚决定，结案', '行规157、172', 160),
  ('EARLY_RETURN',            '先行返还',        NULL,             FALSE, NULL,                                '记入审批（发还清单由涉案财物模块出具）', '刑规234', 170),
  ('PROPERTY_DISPOSAL',       '处置涉案财物',    NULL,             FALSE, NULL,                                '记入审批（处置由涉案财物模块执行）', '刑规236；涉案财物管理规定', 180);

-- The seeded policy table, from the document catalogue (legal-facts.md). Step codes: LEGAL_OFFICER 法制员审核,
-- DEPARTMENT_HEAD 办案部门负责人审核, LEGAL_REVIEW 法制部门审核 (两统一: criminal measures, 立案/撤案, 移送起诉),
-- BUREAU_LEADER 公安机关负责人审批, COLLECTIVE_DELIBERATION 集体讨论. Lower priority numbers are tried first; the first
-- active policy whose conditions all hold routes the request. Bureau choices (not set by statute) are certainty U.
INSERT INTO approval_policy (id, version, request_type, name, priority, case_kind, unit_kind, min_amount, max_amount,
                             penalty_kinds, minor_involved, major_case, steps, basis, certainty, active, change_reason, changed_at) VALUES
  ('a0000000-0000-4000-8000-000000000001', 1, 'FILING', '刑事立案（重大案件集体讨论）', 10, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, TRUE,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,COLLECTIVE_DELIBERATION}', '刑规178；重大案件集体讨论为本局制度', 'U', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000002', 1, 'FILING', '刑事立案', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规178①：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000003', 1, 'FILING_REFUSAL', '不予立案', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规178①：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000004', 1, 'SUMMONS_24H', '传唤延长至24小时', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD}', '刑规198：案情特别重大、复杂需要拘留、逮捕的，经办案部门负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000005', 1, 'COMPELLED_APPEARANCE', '拘传', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规78：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000006', 1, 'CRIMINAL_DETENTION', '刑事拘留', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规125：呈请拘留报告书经县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000007', 1, 'DETENTION_EXTENSION', '延长提请逮捕期限', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规129：经县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000008', 1, 'ARREST_REQUEST', '提请批准逮捕', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规137：提请批准逮捕书经县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000009', 1, 'BAIL', '取保候审', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规83：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-00000000000a', 1, 'RESIDENTIAL_SURVEILLANCE', '监视居住', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规110—113：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-00000000000b', 1, 'SEIZURE', '扣押（价值较大）', 10, NULL, NULL, 50000, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,BUREAU_LEADER}', '刑规228：价值较大的经县级以上公安机关负责人批准；“价值较大”以5万元计为本局制度', 'U', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-00000000000c', 1, 'SEIZURE', '扣押', 100, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD}', '刑规228：办案部门负责人批准；行规107—112', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-00000000000d', 1, 'SEALING', '查封', 100, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,BUREAU_LEADER}', '刑规228：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-00000000000e', 1, 'FREEZING', '冻结', 100, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,BUREAU_LEADER}', '刑规237以下：县级以上公安机关负责人批准（待核实）', 'U', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-00000000000f', 1, 'CASE_WITHDRAWAL', '撤销案件（重大案件集体讨论）', 10, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, TRUE,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,COLLECTIVE_DELIBERATION}', '刑规186—187、286：重大案件集体讨论', 'P', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000010', 1, 'CASE_WITHDRAWAL', '撤销案件', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规187：撤销案件报告书经县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000011', 1, 'PROSECUTION_TRANSFER', '移送审查起诉（重大案件集体讨论）', 10, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, TRUE,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,COLLECTIVE_DELIBERATION}', '刑规286：重大、疑难、复杂案件集体讨论', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000012', 1, 'PROSECUTION_TRANSFER', '移送审查起诉', 100, 'CRIMINAL', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '刑规289：起诉意见书经县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000013', 1, 'ADMINISTRATIVE_PENALTY', '行政处罚（重大违法行为集体讨论）', 10, 'ADMINISTRATIVE', NULL, NULL, NULL, NULL, NULL, TRUE,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,COLLECTIVE_DELIBERATION}', '治安管理处罚法（2025）第一百一十三条：情节复杂或者重大违法行为集体讨论', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000014', 1, 'ADMINISTRATIVE_PENALTY', '派出所决定警告或一千元以下罚款', 20, 'ADMINISTRATIVE', 'POLICE_STATION', NULL, 1000,
   '{WARNING,FINE}', FALSE, NULL, '{LEGAL_OFFICER,DEPARTMENT_HEAD}', '治安管理处罚法（2025）第一百零九条：警告、一千元以下罚款可以由公安派出所决定', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000015', 1, 'ADMINISTRATIVE_PENALTY', '行政处罚', 100, 'ADMINISTRATIVE', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,LEGAL_REVIEW,BUREAU_LEADER}', '行规173、175：公安机关负责人审批；行政拘留由县级以上公安机关决定', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000016', 1, 'NO_PENALTY', '不予处罚', 100, 'ADMINISTRATIVE', NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,BUREAU_LEADER}', '行规157、172：公安机关负责人审批', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000017', 1, 'EARLY_RETURN', '先行返还', 100, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,BUREAU_LEADER}', '刑规234：县级以上公安机关负责人批准', 'V', TRUE, '初始规则', now()),
  ('a0000000-0000-4000-8000-000000000018', 1, 'PROPERTY_DISPOSAL', '处置涉案财物', 100, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '{LEGAL_OFFICER,DEPARTMENT_HEAD,BUREAU_LEADER}', '刑规236：县级以上（主要）负责人批准', 'P', TRUE, '初始规则', now());

CREATE SEQUENCE approval_submission_seq;
