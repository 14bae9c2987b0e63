-- A person who transferred from one village to another of the same township: the record table holds the new
-- village's record, this one the old village's last record of the person (as the township keeps it), so the
-- periods before the move still count the person in the village they lived in then.
create table transferred_person (like record including defaults);
alter table transferred_person add primary key (entity_id, village);
create index transferred_person_village on transferred_person (village);

create trigger transferred_insert_generation after insert on transferred_person referencing new table as new_rows
    for each statement execute function record_inserted_moves_generation();
create trigger transferred_update_generation after update on transferred_person
    referencing old table as old_rows new table as new_rows
    for each statement execute function record_updated_moves_generation();
create trigger transferred_delete_generation after delete on transferred_person referencing old table as old_rows
    for each statement execute function record_deleted_moves_generation();


-- The quarantined changes count among a village's figures (data quality): they move its generation on too.
create trigger quarantine_insert_generation after insert on quarantine referencing new table as new_rows
    for each statement execute function record_inserted_moves_generation();
create trigger quarantine_update_generation after update on quarantine
    referencing old table as old_rows new table as new_rows
    for each statement execute function record_updated_moves_generation();
create trigger quarantine_delete_generation after delete on quarantine referencing old table as old_rows
    for each statement execute function record_deleted_moves_generation();
