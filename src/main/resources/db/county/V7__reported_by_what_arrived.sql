-- A period counts as reported by the data that covers it, not by when it arrived (docs/decisions/0038): when the
-- village made each bundle, and the townships' signed monthly reports (vreg signoff seal) as the county read them.
alter table bundle add column created_at timestamptz;

create table township_report (
    item_id      uuid primary key,
    township     varchar(12) not null,
    period       varchar(7) not null,
    created_at   timestamptz not null,
    received_at  timestamptz not null,
    -- each village's month as the township signed it: {"410103100001": "APPROVED", …}
    villages     jsonb not null
);
create index township_report_period on township_report (period, township);
