-- One example in a training pack: a section of one plan version, in the trainer's order.
-- commentary is the auditors' commentary as the trainer entered it, already passed through the
-- plan's anonymiser rewrite when it was saved (and again whenever it is shown).
-- position is unique per pack so two saves can never leave two items in one place.
CREATE TABLE training_pack_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_id    BIGINT        NOT NULL,
    position   INT           NOT NULL,
    plan_id    BIGINT        NOT NULL,
    version_id BIGINT        NOT NULL,
    section    VARCHAR(3)    NOT NULL,
    rating     VARCHAR(100)  NULL,
    commentary TEXT          NULL,
    added_by   VARCHAR(100)  NOT NULL,
    added_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uk_training_pack_item_position UNIQUE (pack_id, position),
    CONSTRAINT fk_training_pack_item_pack FOREIGN KEY (pack_id) REFERENCES training_pack (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_pack_item_version FOREIGN KEY (version_id) REFERENCES plan_version (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
