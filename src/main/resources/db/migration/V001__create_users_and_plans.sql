-- Users and their roles. Passwords are bcrypt hashes, never plain text.
CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per child: later plans for the same child become versions of it.
-- child_key is a hash of the normalised name and date of birth, so matching needs no scan.
CREATE TABLE plan (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    child_key          CHAR(64)     NULL,
    team               VARCHAR(100) NULL,
    caseworker         VARCHAR(200) NULL,
    current_version_id BIGINT       NULL,
    created_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_plan_child_key UNIQUE (child_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Originals are kept byte for byte in the content-addressed store on disk; this row is the
-- record that they were accepted, and their expected digest.
CREATE TABLE original_file (
    sha256     CHAR(64)     NOT NULL PRIMARY KEY,
    size_bytes BIGINT       NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    stored_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id        BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    page_count     INT          NOT NULL,
    child_name     VARCHAR(200) NULL,
    date_of_birth  DATE         NULL,
    issue_date     DATE         NULL,
    issue_status   VARCHAR(20)  NULL,
    primary_need   VARCHAR(10)  NULL,
    setting        VARCHAR(300) NULL,
    age_at_issue   INT          NULL,
    school_year    VARCHAR(40)  NULL,
    warnings       TEXT         NOT NULL,
    ingested_by    VARCHAR(100) NOT NULL,
    ingested_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_plan_version_sha256 UNIQUE (sha256),
    CONSTRAINT uk_plan_version_number UNIQUE (plan_id, version_number),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_version_original FOREIGN KEY (sha256) REFERENCES original_file (sha256)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_section (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    code       VARCHAR(3)   NOT NULL,
    title      VARCHAR(500) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    start_page INT          NOT NULL,
    CONSTRAINT uk_plan_section_position UNIQUE (version_id, position),
    CONSTRAINT fk_plan_section_version FOREIGN KEY (version_id) REFERENCES plan_version (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who opened which plan's text or original, and when (UK GDPR accountability).
CREATE TABLE access_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    plan_id    BIGINT       NOT NULL,
    version_id BIGINT       NULL,
    action     VARCHAR(30)  NOT NULL,
    at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_access_log_plan (plan_id, at),
    INDEX ix_access_log_user (username, at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
