-- Bulk imports (an upload of many files, or a batch from the watched import folder). A job is
-- RUNNING while any of its items is PENDING; its status is derived, never stored, so it cannot
-- disagree with its items.
CREATE TABLE import_job (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(20)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    team        VARCHAR(100) NULL,
    caseworker  VARCHAR(200) NULL,
    created_at  TIMESTAMP(3) NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One file of a job. Its bytes wait in <data dir>/import/staging/<staged_name> until the outcome
-- is committed here; status moves from PENDING to exactly one of PROCESSED, DUPLICATE, REJECTED
-- (the update only matches PENDING rows, so an outcome is never recorded twice).
CREATE TABLE import_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id         BIGINT        NOT NULL,
    position       INT           NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    staged_name    VARCHAR(120)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    plan_id        BIGINT        NULL,
    problem_type   VARCHAR(40)   NULL,
    problem_detail VARCHAR(1000) NULL,
    staged_at      TIMESTAMP(3)  NOT NULL,
    finished_at    TIMESTAMP(3)  NULL,
    CONSTRAINT uk_import_item_position UNIQUE (job_id, position),
    CONSTRAINT uk_import_item_staged_name UNIQUE (staged_name),
    CONSTRAINT fk_import_item_job FOREIGN KEY (job_id) REFERENCES import_job (id),
    INDEX ix_import_item_status (status, job_id),
    INDEX ix_import_item_sha256 (sha256)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
