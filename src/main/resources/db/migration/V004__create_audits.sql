-- Audits by QA officers. An audit judges one plan version against one framework version (the hash is
-- the version's identity). Imported historical audits may name no plan held here, so the plan columns
-- are nullable; team, caseworker, need and phase are copied onto the audit when it is opened (and
-- refreshed when it is finalised) so trends cut by them as they stood when the plan was audited.
-- lock_version is the optimistic lock: every write names the version it read and bumps it.
CREATE TABLE audit (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id           BIGINT       NULL,
    version_id        BIGINT       NULL,
    framework_id      VARCHAR(100) NOT NULL,
    framework_hash    CHAR(64)     NOT NULL,
    framework_version VARCHAR(100) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    origin            VARCHAR(20)  NOT NULL,
    auditor           VARCHAR(100) NOT NULL,
    moderator         VARCHAR(100) NULL,
    moderation_status VARCHAR(20)  NULL,
    team              VARCHAR(100) NULL,
    caseworker        VARCHAR(200) NULL,
    primary_need      VARCHAR(10)  NULL,
    phase             VARCHAR(20)  NULL,
    issue_date        DATE         NULL,
    audited_on        DATE         NULL,
    lock_version      INT          NOT NULL DEFAULT 0,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    submitted_at      TIMESTAMP(3) NULL,
    moderated_at      TIMESTAMP(3) NULL,
    finalised_at      TIMESTAMP(3) NULL,
    CONSTRAINT fk_audit_version FOREIGN KEY (version_id) REFERENCES plan_version (id),
    INDEX ix_audit_plan (plan_id),
    INDEX ix_audit_status (status, audited_on),
    INDEX ix_audit_auditor (auditor, status),
    INDEX ix_audit_moderated (moderated_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One judgement of one criterion by one rater: the first auditor (AUDITOR) or the blind second rater
-- (MODERATOR). The automatic suggestion and its evidence are kept beside the human result, so the
-- agreement between the two can be measured per criterion. result is NULL until judged.
CREATE TABLE audit_criterion (
    audit_id          BIGINT       NOT NULL,
    rater             VARCHAR(10)  NOT NULL,
    criterion_id      VARCHAR(100) NOT NULL,
    section           VARCHAR(3)   NOT NULL,
    position          INT          NOT NULL,
    suggested_result  VARCHAR(20)  NULL,
    suggested_score   DOUBLE       NULL,
    explanation       TEXT         NULL,
    evidence_json     MEDIUMTEXT   NULL,
    result            VARCHAR(20)  NULL,
    comment           TEXT         NULL,
    PRIMARY KEY (audit_id, rater, criterion_id),
    CONSTRAINT fk_audit_criterion_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Section and overall (section = 'OVERALL') ratings per rater: derived by the framework's rule from
-- the criterion results, and an optional override with its required rationale.
CREATE TABLE audit_section (
    audit_id           BIGINT       NOT NULL,
    rater              VARCHAR(10)  NOT NULL,
    section            VARCHAR(7)   NOT NULL,
    derived_rating     VARCHAR(100) NULL,
    derived_score      DOUBLE       NULL,
    override_rating    VARCHAR(100) NULL,
    override_rationale TEXT         NULL,
    PRIMARY KEY (audit_id, rater, section),
    CONSTRAINT fk_audit_section_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rating the auditor and the moderator agreed for a section (or OVERALL), with why.
CREATE TABLE audit_agreement (
    audit_id  BIGINT       NOT NULL,
    section   VARCHAR(7)   NOT NULL,
    rating    VARCHAR(100) NOT NULL,
    rationale TEXT         NOT NULL,
    agreed_by VARCHAR(100) NOT NULL,
    agreed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (audit_id, section),
    CONSTRAINT fk_audit_agreement_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Strengths, areas for development and actions, each tied to a section, criterion and quoted evidence.
CREATE TABLE audit_finding (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    audit_id       BIGINT       NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    section        VARCHAR(3)   NULL,
    criterion_id   VARCHAR(100) NULL,
    text           TEXT         NOT NULL,
    evidence_text  TEXT         NULL,
    evidence_start INT          NULL,
    evidence_end   INT          NULL,
    action_owner   VARCHAR(200) NULL,
    action_due     DATE         NULL,
    action_status  VARCHAR(10)  NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_audit_finding_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE,
    INDEX ix_audit_finding_audit (audit_id, id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to an audit before it is final: who, when, which field, the old and the new value.
CREATE TABLE audit_trail (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    audit_id  BIGINT       NOT NULL,
    at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    username  VARCHAR(100) NOT NULL,
    field     VARCHAR(200) NOT NULL,
    old_value TEXT         NULL,
    new_value TEXT         NULL,
    CONSTRAINT fk_audit_trail_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE,
    INDEX ix_audit_trail_audit (audit_id, id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
