-- Monthly sign-off (审核): a village's figures for a month as it submitted them (canonical JSON of the month's
-- statistics), one row per village and month. The village keeps its own; the township keeps what arrived in
-- bundles, with its decision (approved, or returned with the reason).
CREATE TABLE monthly_signoff (
    village        VARCHAR(12) NOT NULL,
    period         VARCHAR(7) NOT NULL,
    submission_id  UUID NOT NULL,
    figures        CLOB NOT NULL,
    state          VARCHAR(12) NOT NULL,
    submitted_at   VARCHAR(40) NOT NULL,
    submitted_by   VARCHAR(64) NOT NULL,
    bundle_id      UUID,
    decided_at     VARCHAR(40),
    decided_by     VARCHAR(64),
    reason         VARCHAR(500),
    PRIMARY KEY (village, period)
);
