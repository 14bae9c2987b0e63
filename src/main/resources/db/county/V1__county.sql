-- The county server's database (COUNTY.md "Data"), PostgreSQL only.

-- The townships (and the villages they forward) whose keys the county accepts.
create table enrolment (
    division        varchar(12) primary key,
    division_name   text not null,
    workstation_id  uuid not null,
    signing_kid     text not null,
    encryption_kid  text not null,
    file            bytea not null,
    enrolled_at     timestamptz not null,
    enrolled_by     varchar(12) not null
);

-- Every upload's raw bytes, kept before anything is applied (append-only: the body never changes).
create table inbox (
    item_id       uuid primary key,
    sha256        varchar(43) not null unique,
    township      varchar(12) not null,
    village       varchar(12),
    kind          text not null,
    file_name     text not null,
    body          bytea not null,
    manifest      bytea not null,
    received_at   timestamptz not null,
    outcome       text,
    message       text,
    applied       integer not null default 0,
    quarantined   integer not null default 0,
    receipt       bytea,
    processed_at  timestamptz
);
create index inbox_township on inbox (township, received_at);

-- How far each village's changes were applied.
create table village_progress (
    village         varchar(12) primary key,
    township        varchar(12) not null,
    last_change_id  bigint not null,
    last_hash       text,
    last_sequence   bigint not null
);

create table bundle (
    bundle_id    uuid primary key,
    village      varchar(12) not null,
    township     varchar(12) not null,
    sequence     bigint not null,
    from_change  bigint not null,
    to_change    bigint not null,
    kind         text not null,
    applied      integer not null,
    quarantined  integer not null,
    signing_kid  text not null,
    received_at  timestamptz not null
);
create index bundle_village on bundle (village, received_at);

-- One row per record: its typed columns, its full state and its lineage.
create table record (
    entity_type   text not null,
    entity_id     uuid not null,
    village       varchar(12) not null,
    township      varchar(12) not null,
    version       bigint not null,
    voided        boolean not null,
    state         jsonb not null,
    person_name   text,
    sex           text,
    birth_date    date,
    id_number     text,
    residence     text,
    household_id  uuid,
    mother_id     uuid,
    entered_on    date,
    left_on       date,
    event_date    date,
    bundle_id     uuid not null,
    signing_kid   text not null,
    received_at   timestamptz not null,
    primary key (entity_type, entity_id)
);
create index record_division_dates on record (township, village, entity_type, event_date);
create index record_person_id_number on record (id_number) where id_number is not null;

-- Every applied change, as the village signed it (append-only): "who reported what when".
create table record_change (
    village       varchar(12) not null,
    change_id     bigint not null,
    entity_type   text not null,
    entity_id     uuid not null,
    base_version  bigint not null,
    version       bigint not null,
    op            text not null,
    state         jsonb not null,
    author        text,
    changed_at    timestamptz not null,
    hash          text not null,
    bundle_id     uuid not null,
    received_at   timestamptz not null,
    primary key (village, change_id)
);
create index record_change_entity on record_change (entity_id);

create table quarantine (
    village      varchar(12) not null,
    change_id    bigint not null,
    bundle_id    uuid not null,
    entity_type  text not null,
    entity_id    uuid not null,
    reason_code  text not null,
    message      text not null,
    received_at  timestamptz not null,
    primary key (village, change_id)
);
create index quarantine_entity on quarantine (village, entity_id);

-- Analysts and administrators of the county's web page (Argon2id hashes, lockout as on workstations).
create table county_user (
    name           text primary key,
    role           text not null,
    password_hash  text not null,
    failures       integer not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz not null
);

-- Append-only tables refuse updates and deletes; the inbox refuses deletes and changes of its bytes.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'append-only table %: % refused', tg_table_name, tg_op;
end $$;
create trigger record_change_append_only before update or delete on record_change
    for each row execute function refuse_change();
create function inbox_keeps_bytes() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.body is distinct from old.body or new.sha256 is distinct from old.sha256
       or new.item_id is distinct from old.item_id or new.manifest is distinct from old.manifest then
        raise exception 'inbox keeps its raw bytes: % refused', tg_op;
    end if;
    return new;
end $$;
create trigger inbox_append_only before update or delete on inbox
    for each row execute function inbox_keeps_bytes();
