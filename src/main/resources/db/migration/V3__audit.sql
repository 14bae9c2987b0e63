-- Who looked at protected data (full ID and phone numbers, health records) and who signed in. Append only,
-- chained by hash like the change log; detail holds ids only.
CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    at           VARCHAR(40) NOT NULL,
    at_ms        BIGINT NOT NULL,
    user_name    VARCHAR(100) NOT NULL,
    workstation  VARCHAR(40) NOT NULL,
    action       VARCHAR(32) NOT NULL,
    entity_type  VARCHAR(32),
    entity_id    UUID,
    detail       VARCHAR(400),
    prev         VARCHAR(64),
    hash         VARCHAR(64) NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity_id);
CREATE INDEX audit_log_action ON audit_log(action);
