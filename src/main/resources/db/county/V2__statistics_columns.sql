-- The typed columns the county statistics aggregate (the same figures as the workstations' SqlStatistics).
alter table record add column marital text;
alter table record add column birth_order integer;
alter table record add column kind text;
alter table record add column person_count integer;
alter table record add column recorded_on date;
create index record_village_type_date on record (village text_pattern_ops, entity_type, event_date) where not voided;
