-- Statistics kept per village and refreshed as bundles arrive (COUNTY.md "Data"): every write to a village's
-- records moves that village's generation on (statement triggers below, whatever code path writes), and a
-- report's counts are kept per query and village for the generation they were counted at. A report reads the
-- counts of the villages that did not change since and recounts only the others; a count kept for an older
-- generation is never used.
create table village_generation (
    village     varchar(12) primary key,
    generation  bigint not null
);
insert into village_generation (village, generation) select distinct village, 1 from record;

create table statistics_cache (
    query_key   varchar(64) not null,
    village     varchar(12) not null,
    generation  bigint not null,
    counts      text not null,
    primary key (query_key, village)
);

create function record_inserted_moves_generation() returns trigger language plpgsql as $$
begin
    insert into village_generation (village, generation)
        select village, 1 from (select distinct village from new_rows) v order by village
        on conflict (village) do update set generation = village_generation.generation + 1;
    return null;
end $$;
create function record_updated_moves_generation() returns trigger language plpgsql as $$
begin
    insert into village_generation (village, generation)
        select village, 1 from (select village from new_rows union select village from old_rows) v order by village
        on conflict (village) do update set generation = village_generation.generation + 1;
    return null;
end $$;
create function record_deleted_moves_generation() returns trigger language plpgsql as $$
begin
    insert into village_generation (village, generation)
        select village, 1 from (select distinct village from old_rows) v order by village
        on conflict (village) do update set generation = village_generation.generation + 1;
    return null;
end $$;
create trigger record_insert_generation after insert on record referencing new table as new_rows
    for each statement execute function record_inserted_moves_generation();
create trigger record_update_generation after update on record referencing old table as old_rows new table as new_rows
    for each statement execute function record_updated_moves_generation();
create trigger record_delete_generation after delete on record referencing old table as old_rows
    for each statement execute function record_deleted_moves_generation();
