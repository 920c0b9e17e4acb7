-- Training packs: a trainer's collection of example plan sections for teaching. A pack stores no
-- plan text: items point at a plan version and section, and the text is anonymised each time it
-- is shown (privacy/PlanAnonymiser), so a fix to the anonymiser reaches every existing pack.
CREATE TABLE training_pack (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_training_pack_created_by (created_by)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
