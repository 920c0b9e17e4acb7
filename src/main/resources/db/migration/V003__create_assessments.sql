-- One automatic assessment per plan version and framework version. The framework's hash is its
-- identity (qa-framework/README.md), so re-scoring against a changed framework adds a row beside
-- the old one instead of overwriting what the old version said; the label is kept for people.
-- result_json is the whole API answer, so an old assessment reads back exactly as it was made.
CREATE TABLE assessment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id           BIGINT       NOT NULL,
    version_id        BIGINT       NOT NULL,
    framework_id      VARCHAR(100) NOT NULL,
    framework_hash    CHAR(64)     NOT NULL,
    framework_version VARCHAR(100) NOT NULL,
    overall_rating    VARCHAR(100) NULL,
    overall_score     DOUBLE       NULL,
    result_json       MEDIUMTEXT   NOT NULL,
    assessed_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_assessment_version_framework UNIQUE (version_id, framework_id, framework_hash),
    CONSTRAINT fk_assessment_version FOREIGN KEY (version_id) REFERENCES plan_version (id) ON DELETE CASCADE,
    INDEX ix_assessment_framework (framework_id, framework_hash)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per criterion of an assessment, for trends to aggregate without parsing JSON.
-- score is NULL when the criterion was not applicable or no automatic check covers it.
CREATE TABLE assessment_criterion (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT       NOT NULL,
    version_id     BIGINT       NOT NULL,
    framework_id   VARCHAR(100) NOT NULL,
    framework_hash CHAR(64)     NOT NULL,
    criterion_id   VARCHAR(100) NOT NULL,
    section        VARCHAR(3)   NOT NULL,
    result         VARCHAR(20)  NOT NULL,
    score          DOUBLE       NULL,
    CONSTRAINT uk_assessment_criterion UNIQUE (assessment_id, criterion_id),
    CONSTRAINT fk_assessment_criterion_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
        ON DELETE CASCADE,
    INDEX ix_assessment_criterion_framework (framework_id, criterion_id, result)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
