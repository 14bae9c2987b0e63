-- Sync (BUNDLE.md): this workstation's keys, enrolled origins, import progress, quarantine, conflicts,
-- feedback, receipts, tasks and the outbox to the county.

-- The workstation's private keys, AES-GCM encrypted under a key derived from the database key.
CREATE TABLE sync_keys (
    id         INT PRIMARY KEY,
    iv         VARBINARY(16) NOT NULL,
    sealed     VARBINARY(8192) NOT NULL,
    created_at VARCHAR(40) NOT NULL
);

-- Workstations whose enrolment files were accepted (township: its villages; village: its township, the county).
CREATE TABLE sync_enrolment (
    division        VARCHAR(12) PRIMARY KEY,
    division_name   VARCHAR(200) NOT NULL,
    workstation_id  UUID NOT NULL,
    signing_kid     VARCHAR(64) NOT NULL,
    encryption_kid  VARCHAR(64) NOT NULL,
    enrolment_file  VARBINARY(1048576) NOT NULL,
    enrolled_at     VARCHAR(40) NOT NULL
);

-- Township: what was applied from each village.
CREATE TABLE sync_origin (
    division        VARCHAR(12) PRIMARY KEY,
    last_change_id  BIGINT NOT NULL,
    last_hash       VARCHAR(64),
    last_sequence   BIGINT NOT NULL
);

CREATE TABLE sync_imported_bundle (
    bundle_id    UUID PRIMARY KEY,
    origin       VARCHAR(12) NOT NULL,
    sequence     BIGINT NOT NULL,
    from_change  BIGINT NOT NULL,
    to_change    BIGINT NOT NULL,
    chain_head   VARCHAR(64) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    applied      INT NOT NULL,
    quarantined  INT NOT NULL,
    imported_at  VARCHAR(40) NOT NULL,
    receipt_id   UUID
);
CREATE INDEX sync_imported_bundle_origin ON sync_imported_bundle(origin, to_change);

-- Township: every change applied from a village, so a record's history can follow it on a transfer.
CREATE TABLE sync_received_change (
    origin       VARCHAR(12) NOT NULL,
    change_id    BIGINT NOT NULL,
    entity_type  VARCHAR(32) NOT NULL,
    entity_id    UUID NOT NULL,
    change_json  CLOB NOT NULL,
    PRIMARY KEY (origin, change_id)
);
CREATE INDEX sync_received_change_entity ON sync_received_change(entity_id);

-- Township: changes that failed a check; later changes of the same record are quarantined with them.
CREATE TABLE sync_quarantine (
    origin        VARCHAR(12) NOT NULL,
    change_id     BIGINT NOT NULL,
    bundle_id     UUID NOT NULL,
    entity_type   VARCHAR(32) NOT NULL,
    entity_id     UUID NOT NULL,
    reason_code   VARCHAR(40) NOT NULL,
    message       VARCHAR(2000) NOT NULL,
    change_json   CLOB NOT NULL,
    at            VARCHAR(40) NOT NULL,
    released      BOOLEAN NOT NULL DEFAULT FALSE,
    receipt_id    UUID,
    PRIMARY KEY (origin, change_id)
);
CREATE INDEX sync_quarantine_entity ON sync_quarantine(origin, entity_id);

-- Township: two versions of one record (or one person) from two villages, and the decision taken.
CREATE TABLE sync_conflict (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    origin        VARCHAR(12) NOT NULL,
    change_id     BIGINT NOT NULL,
    entity_type   VARCHAR(32) NOT NULL,
    entity_id     UUID NOT NULL,
    other_owner   VARCHAR(12) NOT NULL,
    other_id      UUID NOT NULL,
    reason_code   VARCHAR(40) NOT NULL,
    village_state CLOB NOT NULL,
    other_state   CLOB NOT NULL,
    raised_at     VARCHAR(40) NOT NULL,
    decision      VARCHAR(24),
    decided_by    VARCHAR(100),
    decided_at    VARCHAR(40),
    receipt_id    UUID
);
CREATE INDEX sync_conflict_origin ON sync_conflict(origin);

-- Township: what a village is told in its next receipt (transfers in, births known here, duplicate suspects).
CREATE TABLE sync_feedback (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    village     VARCHAR(12) NOT NULL,
    kind        VARCHAR(24) NOT NULL,
    entity_id   UUID,
    payload     CLOB NOT NULL,
    created_at  VARCHAR(40) NOT NULL,
    receipt_id  UUID
);
CREATE INDEX sync_feedback_village ON sync_feedback(village);

-- Township: births known from hospital or police lists, for reconciliation with the villages.
CREATE TABLE sync_known_birth (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    village      VARCHAR(12) NOT NULL,
    source       VARCHAR(40) NOT NULL,
    child_name   VARCHAR(100),
    sex          VARCHAR(16),
    born_on      DATE NOT NULL,
    mother_name  VARCHAR(100) NOT NULL,
    mother_id_number VARCHAR(18),
    matched      BOOLEAN NOT NULL DEFAULT FALSE,
    imported_at  VARCHAR(40) NOT NULL
);
CREATE INDEX sync_known_birth_village ON sync_known_birth(village);

-- Village: how far the township acknowledged, and the next bundle number.
CREATE TABLE sync_village (
    id                 INT PRIMARY KEY,
    last_acknowledged  BIGINT NOT NULL,
    next_sequence      BIGINT NOT NULL
);

-- Village: receipts imported (each once).
CREATE TABLE sync_receipt (
    receipt_id     UUID PRIMARY KEY,
    township       VARCHAR(12) NOT NULL,
    acknowledged   BIGINT NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    imported_at    VARCHAR(40) NOT NULL
);

-- Village: what a receipt asks of the registrar (fix a quarantined change, a feedback item to look at).
CREATE TABLE sync_task (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_id   UUID NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    entity_id    UUID,
    change_id    BIGINT,
    reason_code  VARCHAR(40),
    message      VARCHAR(2000) NOT NULL,
    payload      CLOB NOT NULL,
    created_at   VARCHAR(40) NOT NULL,
    done         BOOLEAN NOT NULL DEFAULT FALSE
);

-- Township: bundles (and the manifest) still to send to the county.
CREATE TABLE sync_outbox (
    item_id       UUID PRIMARY KEY,
    kind          VARCHAR(16) NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content       BLOB NOT NULL,
    state         VARCHAR(16) NOT NULL,
    attempts      INT NOT NULL,
    next_attempt  VARCHAR(40) NOT NULL,
    last_error    VARCHAR(2000),
    queued_at     VARCHAR(40) NOT NULL,
    sent_at       VARCHAR(40)
);
CREATE INDEX sync_outbox_state ON sync_outbox(state, next_attempt);
