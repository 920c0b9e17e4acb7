-- Practice events: audit cycles, moderation sessions, practice learning events and training. An event gathers
-- audits and findings, the teams and people who took part, themes, actions and notes.
CREATE TABLE practice_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(30)  NOT NULL,
    event_date   DATE         NOT NULL,
    title        VARCHAR(300) NOT NULL,
    notes        TEXT         NULL,
    framework_id VARCHAR(100) NULL,
    lock_version INT          NOT NULL DEFAULT 0,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_practice_event_date (event_date, type)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_event_team (
    event_id BIGINT       NOT NULL,
    team     VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, team),
    CONSTRAINT fk_practice_event_team FOREIGN KEY (event_id) REFERENCES practice_event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_event_attendee (
    event_id BIGINT       NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (event_id, name),
    CONSTRAINT fk_practice_event_attendee FOREIGN KEY (event_id) REFERENCES practice_event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_event_audit (
    event_id BIGINT NOT NULL,
    audit_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, audit_id),
    CONSTRAINT fk_practice_event_audit_event FOREIGN KEY (event_id) REFERENCES practice_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_event_audit_audit FOREIGN KEY (audit_id) REFERENCES audit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_event_finding (
    event_id   BIGINT NOT NULL,
    finding_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, finding_id),
    CONSTRAINT fk_practice_event_finding_event FOREIGN KEY (event_id) REFERENCES practice_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_event_finding_finding FOREIGN KEY (finding_id) REFERENCES audit_finding (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_event_theme (
    event_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    criterion_id VARCHAR(100) NULL,
    text         TEXT         NOT NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_practice_event_theme FOREIGN KEY (event_id) REFERENCES practice_event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_event_action (
    event_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     TEXT         NOT NULL,
    owner    VARCHAR(200) NULL,
    due      DATE         NULL,
    status   VARCHAR(10)  NOT NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_practice_event_action FOREIGN KEY (event_id) REFERENCES practice_event (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
